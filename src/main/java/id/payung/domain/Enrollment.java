package id.payung.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * One covered period of a person with one funder. {@code lastMonth} is inclusive and may be null
 * (open-ended). Declared income is the basis of percentage rates (whole rupiah), null when unknown.
 * {@code regionCode} is where the person lived by the list or form this enrollment came from (desa or
 * kelurahan, or the kecamatan when the village is unknown): a fact of this enrollment, which a later one
 * with another place does not change. Null when writing means "the person's current place".
 */
public record Enrollment(long id, long personId, String funderCode, Segment segment, Set<Programme> programmes,
                         Long declaredIncomeRp, YearMonth firstMonth, YearMonth lastMonth, String endReason,
                         String notes, String regionCode) {
    public Enrollment {
        Objects.requireNonNull(funderCode, "funderCode");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(firstMonth, "firstMonth");
        programmes = Set.copyOf(programmes);
        if (lastMonth != null && lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("last covered month " + lastMonth + " is before the first " + firstMonth);
        }
    }

    /** An enrollment at the person's current place (written with the place its person has then). */
    public Enrollment(long id, long personId, String funderCode, Segment segment, Set<Programme> programmes,
                      Long declaredIncomeRp, YearMonth firstMonth, YearMonth lastMonth, String endReason, String notes) {
        this(id, personId, funderCode, segment, programmes, declaredIncomeRp, firstMonth, lastMonth, endReason, notes,
                null);
    }

    /** The same enrollment at another place. */
    public Enrollment withRegion(String code) {
        return new Enrollment(id, personId, funderCode, segment, programmes, declaredIncomeRp, firstMonth, lastMonth,
                endReason, notes, code);
    }
}
