package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.FormProblem;
import id.payung.domain.GroupShare;
import id.payung.domain.Scope;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The occupation is one rule for the form and an import: it may be unknown. A village list without a Pekerjaan
 * column, or with a blank cell, imports its people as of unknown occupation (not "Lainnya"), as the form saves a
 * person whose occupation is "tidak diketahui"; the per-occupation breakdown counts them as not recorded, apart from
 * those whose occupation is known to be another one.
 */
class UnknownOccupationTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    @TempDir
    Path dir;

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private static ImportOptions options() {
        return new ImportOptions("APBD-KAB-MGR", YearMonth.of(2026, 1), 12, null, false, false, null, null);
    }

    @Test
    void theRulesLetTheOccupationBeUnknown() {
        EnrollmentForm f = unknown(TestData.form("5310011205850001", "Andi Jehadu", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                YearMonth.of(2026, 12)));
        assertThat(EnrollmentRules.check(f, "5310", LocalDate.of(2026, 12, 6)))
                .noneSatisfy(p -> assertThat(p.field()).isEqualTo(FormProblem.Field.OCCUPATION));
    }

    @Test
    void aListWithoutTheColumnOrWithABlankCellImportsUnknownNotLainnya() throws Exception {
        Path noColumn = Files.writeString(dir.resolve("desa golo.csv"), """
                NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kecamatan
                5310011205850001;Andi Jehadu;L;12/05/1985;Wae Rii
                5310011305850002;Yosef Ndala;L;13/05/1985;Wae Rii
                """, StandardCharsets.UTF_8);
        Path blankCell = Files.writeString(dir.resolve("desa lalong.csv"), """
                NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan
                5310015404850003;Maria Nabu;P;14/04/1985;Wae Rii;
                5310011505850004;Petrus Jelahu;L;15/05/1985;Wae Rii;IRT
                5310011605850005;Agus Jehamat;L;16/05/1985;Wae Rii;Petani
                """, StandardCharsets.UTF_8);
        try (PayungServices s = engine.services()) {
            ImportService.Report a = s.imports().importFile(noColumn, options(), ImportService.Progress.NONE);
            ImportService.Report b = s.imports().importFile(blankCell, options(), ImportService.Progress.NONE);
            assertThat(a.imported()).isEqualTo(2);
            assertThat(a.problems()).isEmpty();
            assertThat(b.imported()).isEqualTo(3);
            // A word that is no occupation of the list is still "Lainnya", said on its row; a blank one says nothing.
            assertThat(b.problems()).extracting(RowProblem::row, p -> p.problem().code())
                    .containsExactly(tuple(3, "IMPORT_OTHER_OCCUPATION"));
            assertThat(occupation(s, "5310011205850001")).isNull();
            assertThat(occupation(s, "5310011305850002")).isNull();
            assertThat(occupation(s, "5310015404850003")).isNull();
            assertThat(occupation(s, "5310011505850004")).isEqualTo("LAINNYA");

            // The form saves one of unknown occupation too, by the same rule.
            s.enrollments().enrol(unknown(TestData.form("5310016607800006", "Rosa Delima", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12))));
            assertThat(occupation(s, "5310016607800006")).isNull();

            assertThat(s.dashboard().byOccupation(2026, Scope.ALL, null))
                    .extracting(GroupShare::code, GroupShare::participants)
                    .containsExactly(tuple("LAINNYA", 1L), tuple("PETANI", 1L), tuple(null, 4L));
        }
    }

    private static String occupation(PayungServices s, String nik) {
        return s.enrollments().personByNik(nik).orElseThrow().occupationCode();
    }

    private static EnrollmentForm unknown(EnrollmentForm f) {
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(), f.regionCode(),
                null, f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(), f.firstMonth(),
                f.lastMonth(), f.notes());
    }
}
