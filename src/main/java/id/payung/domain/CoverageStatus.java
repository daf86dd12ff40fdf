package id.payung.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** Where a covered period stands on a given day. Coverage runs by whole months. */
public enum CoverageStatus {
    PLANNED,
    ACTIVE,
    /** Active, and the last covered day is at most {@link #ENDING_SOON_DAYS} days away: time to renew. */
    ENDING_SOON,
    ENDED;

    public static final int ENDING_SOON_DAYS = 30;

    /**
     * @param first first covered month
     * @param last  last covered month, inclusive; {@code null} when open-ended
     * @param today the day to judge at
     */
    public static CoverageStatus of(YearMonth first, YearMonth last, LocalDate today) {
        if (today.isBefore(first.atDay(1))) {
            return PLANNED;
        }
        if (last == null) {
            return ACTIVE;
        }
        LocalDate lastDay = last.atEndOfMonth();
        if (today.isAfter(lastDay)) {
            return ENDED;
        }
        return today.plusDays(ENDING_SOON_DAYS).isBefore(lastDay) ? ACTIVE : ENDING_SOON;
    }
}
