package id.payung.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/** One row of the register: a named person's enrollment with its funder and covered period. */
public record EnrollmentSummary(long id, long personId, String nik, String fullName, String funderCode,
                                String funderName, Segment segment, Set<Programme> programmes, String desaName,
                                String kecamatanName, String occupationName, YearMonth firstMonth,
                                YearMonth lastMonth, String endReason, boolean deleted, String kecamatanCode) {
    public EnrollmentSummary {
        programmes = Set.copyOf(programmes);
    }

    /** A row whose kecamatan's code is not known (tests). */
    public EnrollmentSummary(long id, long personId, String nik, String fullName, String funderCode, String funderName,
                             Segment segment, Set<Programme> programmes, String desaName, String kecamatanName,
                             String occupationName, YearMonth firstMonth, YearMonth lastMonth, String endReason,
                             boolean deleted) {
        this(id, personId, nik, fullName, funderCode, funderName, segment, programmes, desaName, kecamatanName,
                occupationName, firstMonth, lastMonth, endReason, deleted, null);
    }

    /** The NIK as it may be shown by default. */
    public String maskedNik() {
        return Nik.mask(nik);
    }

    /** Status of the coverage on the given day. */
    public CoverageStatus statusAt(LocalDate day) {
        return CoverageStatus.of(firstMonth, lastMonth, day);
    }
}
