package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.FormProblem;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 14 H2, M1, M2: a regional budget pays only in its own region (FunderRules.paysIn) for cohorts too, an old
 * enrollment under another region's budget (a file moved from 53.10 to 53.15) can still be corrected, and a file's
 * title proposes only the office's own funder.
 */
class PaysInTest {
    @TempDir
    Path dir;

    private PayungServices movedFile() {
        Path file = dir.resolve("moved.db");
        PayungServices.create(file, null, TestData.CLOCK);
        return PayungServices.open(file, false, TestData.CLOCK);
    }

    @Test
    void aCohortUnderAnotherRegencysBudgetIsRefusedAndAnOldOneCanStillBeCorrected() {
        try (PayungServices s = movedFile()) {
            long old = s.cohorts().add(new CohortService.Input("APBD-KAB-MGR", 2027, Segment.BPU, null, null, 10L, null));
            s.useRegency("53.15");
            assertThatThrownBy(() -> s.cohorts().add(new CohortService.Input("APBD-KAB-MGR", 2026, Segment.PU, null,
                    null, 1_000L, "SK Bupati")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code, FormProblem::args).containsExactly(org.assertj.core.groups
                                    .Tuple.tuple("FUNDER_OTHER_REGION", java.util.List.of("APBD Kabupaten Manggarai",
                                            "APBD-KAB-MGR", "53.10", "53.15"))));
            assertThatThrownBy(() -> s.cohorts().update(old, new CohortService.Input("APBDES-MGR", 2027, Segment.BPU,
                    null, null, 10L, null))).isInstanceOf(InvalidInputException.class);
            // Same funder, another count: a correction of the moved file's own row.
            s.cohorts().update(old, new CohortService.Input("APBD-KAB-MGR", 2027, Segment.BPU, null, null, 12L, null));
            s.cohorts().add(new CohortService.Input("APBD-KAB-5315", 2026, Segment.PU, null, null, 1_000L, null));
        }
    }

    @Test
    void anOldEnrollmentUnderAnotherRegencysBudgetCanBeCorrectedButNotMovedToOne() {
        try (PayungServices s = movedFile()) {
            long id = s.enrollments().enrol(TestData.form("5310011203850001", "Yosef Jehadu", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12))).enrollmentId();
            long other = s.enrollments().enrol(TestData.form("5310015204860002", "Maria Goreti", "APBD-PROV-NTT",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12))).enrollmentId();
            s.useRegency("53.15");
            EnrollmentForm f = s.enrollments().form(id);
            // The form's list (MainWindow.openForm): the office's funders, plus this enrollment's own.
            assertThat(s.reference().offeredFunders()).extracting(x -> x.code()).doesNotContain("APBD-KAB-MGR");
            assertThat(s.reference().offeredFunders(f.funderCode())).extracting(x -> x.code())
                    .contains("APBD-KAB-MGR", "APBD-KAB-5315").doesNotContain("APBDES-MGR");
            s.enrollments().update(id, phone(f, "081399887766"));
            assertThat(s.enrollments().form(id).phone()).isEqualTo("081399887766");
            assertThat(s.enrollments().form(id).funderCode()).isEqualTo("APBD-KAB-MGR");

            EnrollmentForm g = s.enrollments().form(other);
            assertThatThrownBy(() -> s.enrollments().update(other, funder(g, "APBD-KAB-MGR")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code).containsExactly("FUNDER_OTHER_REGION"));
            assertThat(s.enrollments().form(other).funderCode()).isEqualTo("APBD-PROV-NTT");
        }
    }

    @Test
    void aFilesTitleProposesTheOfficesOwnVillageBudget() throws Exception {
        Path csv = dir.resolve("peserta.csv");
        Files.writeString(csv, "DAFTAR PESERTA BPU\nSUMBER DANA: APBDes NDEHES\n\n"
                + "NIK,Nama,Jenis Kelamin,Tgl Lahir,Kecamatan,Mulai,Lama\n"
                + "5315011203850001,Yosef Jehadu,Laki-laki,12/03/1985,Komodo,01/2026,12\n");
        try (PayungServices s = movedFile()) {
            s.useRegency("53.15");
            assertThat(s.reference().fundingSources()).extracting(f -> f.code()).contains("APBDES-MGR", "APBDES-5315");
            ImportService.Preview p = s.imports().preview(csv, ImportOptions.defaults());
            assertThat(p.titleFunder()).isNotNull();
            assertThat(p.titleFunder().funder().code()).isEqualTo("APBDES-5315");
        }
    }

    private static EnrollmentForm phone(EnrollmentForm f, String phone) {
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(),
                f.regionCode(), f.occupationCode(), phone, f.kpj(), f.funderCode(), f.segment(), f.programmes(),
                f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), f.notes());
    }

    private static EnrollmentForm funder(EnrollmentForm f, String funder) {
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(),
                f.regionCode(), f.occupationCode(), f.phone(), f.kpj(), funder, f.segment(), f.programmes(),
                f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), f.notes());
    }
}
