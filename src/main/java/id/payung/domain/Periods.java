package id.payung.domain;

import java.time.YearMonth;

/** Month periods with an inclusive last month; a null last month means open-ended. */
public final class Periods {
    private Periods() {
    }

    /** Number of covered months, or -1 when open-ended. */
    public static long months(YearMonth first, YearMonth last) {
        return last == null ? -1 : first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /**
     * Whether two periods share a month (the rule the store's overlap refusal asks in SQL, {@code
     * EnrollmentRepository.overlapping}): said on the form before saving, refused by the service on saving.
     */
    public static boolean overlap(YearMonth first, YearMonth last, YearMonth otherFirst, YearMonth otherLast) {
        return first != null && otherFirst != null && (last == null || !otherFirst.isAfter(last))
                && (otherLast == null || !otherLast.isBefore(first));
    }
}
