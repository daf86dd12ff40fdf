package id.payung.ui.enrollments;

import id.payung.domain.CoverageStatus;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Segment;
import java.time.YearMonth;

/** One row of the named-participants table, NIK already masked. */
public record EnrollmentRow(String maskedNik, String name, String funder, Segment segment, String kecamatan,
                            String desa, String occupation, YearMonth firstMonth, YearMonth lastMonth,
                            CoverageStatus status) {

    static EnrollmentRow of(EnrollmentSummary e, YearMonth now) {
        return new EnrollmentRow(e.maskedNik(), e.fullName(), e.funderName(), e.segment(), e.kecamatanName(),
                e.desaName(), e.occupationName(), e.firstMonth(), e.lastMonth(), e.statusAt(now));
    }
}
