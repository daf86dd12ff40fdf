package id.payung.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * One covered period of a person with one funder. {@code lastMonth} is inclusive and may be null
 * (open-ended). Declared income is the basis of percentage rates (whole rupiah), null when unknown.
 */
public record Enrollment(long id, long personId, String funderCode, Segment segment, Set<Programme> programmes,
                         Long declaredIncomeRp, YearMonth firstMonth, YearMonth lastMonth, String endReason,
                         String notes) {
    public Enrollment {
        Objects.requireNonNull(funderCode, "funderCode");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(firstMonth, "firstMonth");
        programmes = Set.copyOf(programmes);
        if (lastMonth != null && lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("last covered month " + lastMonth + " is before the first " + firstMonth);
        }
    }
}
