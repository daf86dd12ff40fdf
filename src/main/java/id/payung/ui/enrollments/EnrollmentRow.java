package id.payung.ui.enrollments;

import id.payung.domain.CoverageStatus;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Nik;
import id.payung.domain.Segment;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One row of the register. {@code nikShown} is the masked NIK unless the user revealed this one.
 */
public record EnrollmentRow(long id, long personId, String nikShown, boolean revealed, String name, String funder,
                            Segment segment, String kecamatan, String desa, String occupation, YearMonth firstMonth,
                            YearMonth lastMonth, CoverageStatus status, String endReason, String kecamatanCode) {

    /** A row whose kecamatan's code is not known (tests). */
    public EnrollmentRow(long id, long personId, String nikShown, boolean revealed, String name, String funder,
                         Segment segment, String kecamatan, String desa, String occupation, YearMonth firstMonth,
                         YearMonth lastMonth, CoverageStatus status, String endReason) {
        this(id, personId, nikShown, revealed, name, funder, segment, kecamatan, desa, occupation, firstMonth, lastMonth,
                status, endReason, null);
    }

    static EnrollmentRow of(EnrollmentSummary e, LocalDate today) {
        return new EnrollmentRow(e.id(), e.personId(), e.maskedNik(), false, e.fullName(), e.funderName(), e.segment(),
                e.kecamatanName(), e.desaName(), e.occupationName(), e.firstMonth(), e.lastMonth(), e.statusAt(today),
                e.endReason(), e.kecamatanCode());
    }

    /** The NIK masked, even on a row whose full NIK the clerk asked to see (a notice or dialog names it masked). */
    public String maskedNik() {
        return revealed ? Nik.mask(nikShown) : nikShown;
    }

    EnrollmentRow withNik(String fullNik) {
        return new EnrollmentRow(id, personId, fullNik, true, name, funder, segment, kecamatan, desa, occupation,
                firstMonth, lastMonth, status, endReason, kecamatanCode);
    }
}
