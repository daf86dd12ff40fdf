package id.payung.domain;

import java.time.YearMonth;

/** Where a covered period stands relative to a given month. */
public enum CoverageStatus {
    PLANNED,
    ACTIVE,
    ENDED;

    /**
     * @param first first covered month
     * @param last  last covered month, inclusive; {@code null} when open-ended
     * @param now   the month to judge at
     */
    public static CoverageStatus of(YearMonth first, YearMonth last, YearMonth now) {
        if (now.isBefore(first)) {
            return PLANNED;
        }
        if (last != null && now.isAfter(last)) {
            return ENDED;
        }
        return ACTIVE;
    }
}
