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
}
