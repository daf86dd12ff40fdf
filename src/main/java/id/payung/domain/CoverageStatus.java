package id.payung.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a covered period stands on a given day. Coverage runs by whole months, so the rule is month
 * comparisons with two months of the day: its own and {@link #endingSoonUntil}; the register's status filter
 * (store's RegisterQuery) asks SQL the same comparisons with the same two months.
 */
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
        YearMonth now = YearMonth.from(today);
        if (first.isAfter(now)) {
            return PLANNED;
        }
        if (last == null) {
            return ACTIVE;
        }
        if (last.isBefore(now)) {
            return ENDED;
        }
        return last.isAfter(endingSoonUntil(today)) ? ACTIVE : ENDING_SOON;
    }

    /**
     * The last month whose last day is at most {@link #ENDING_SOON_DAYS} days after {@code today}: a covered
     * period whose last month is this one or earlier (and not past) is ending soon.
     */
    public static YearMonth endingSoonUntil(LocalDate today) {
        LocalDate horizon = today.plusDays(ENDING_SOON_DAYS);
        YearMonth month = YearMonth.from(horizon);
        return horizon.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }
}
