package id.payung.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * What a clerk enters to enrol a person: who (identity, place, work) and the covered period with its
 * funder. Values are raw (may be null or blank) until {@link EnrollmentRules#check} accepts them.
 */
public record EnrollmentForm(String nik, String fullName, Sex sex, String birthPlace, LocalDate birthDate,
                             String address, String regionCode, String occupationCode, String phone, String kpj,
                             String funderCode, Segment segment, Set<Programme> programmes, Long declaredIncomeRp,
                             YearMonth firstMonth, YearMonth lastMonth, String notes) {
    public EnrollmentForm {
        programmes = programmes == null ? Set.of() : Set.copyOf(programmes);
    }

    /** The NIK without spaces or separators. */
    public String cleanNik() {
        return nik == null ? "" : nik.replaceAll("[\\s.\\-]", "");
    }
}
