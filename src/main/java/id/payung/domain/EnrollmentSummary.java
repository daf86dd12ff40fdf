package id.payung.domain;

import java.time.YearMonth;
import java.util.Set;

/** One row of the register: a named person's enrollment with its funder and covered period. */
public record EnrollmentSummary(long id, String nik, String fullName, String funderName, Segment segment,
                                Set<Programme> programmes, String desaName, String kecamatanName,
                                String occupationName, YearMonth firstMonth, YearMonth lastMonth,
                                String endReason) {
    public EnrollmentSummary {
        programmes = Set.copyOf(programmes);
    }

    /** The NIK as it may be shown by default. */
    public String maskedNik() {
        return Nik.mask(nik);
    }

    /** Status of the coverage in the given month. */
    public CoverageStatus statusAt(YearMonth month) {
        return CoverageStatus.of(firstMonth, lastMonth, month);
    }
}
