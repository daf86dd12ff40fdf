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

    /** The same form with another NIK. */
    public EnrollmentForm withNik(String newNik) {
        return new EnrollmentForm(newNik, fullName, sex, birthPlace, birthDate, address, regionCode, occupationCode, phone,
                kpj, funderCode, segment, programmes, declaredIncomeRp, firstMonth, lastMonth, notes);
    }

    /** The NIK without spaces or separators. */
    public String cleanNik() {
        return Nik.strip(nik);
    }
}
