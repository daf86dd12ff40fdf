package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.domain.Segment;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 24a M4: the register's file had no wage, so a village official (segment PU, costed on the wage) entered with a
 * wage other than Rp 1.000.000 came back from its import with that one, and the import warned of every PU row. Both
 * files (the window's and the command line's, .csv and .xlsx) now carry Penghasilan and Jumlah bulan, and an import
 * into a new database gives the same people, periods, funders, segments and wages, without the wage warning.
 */
class WageRoundTripTest {
    private static final String OFFICIAL = "5310011205850002";
    private static final String FARMER = "5310015204850001";

    @TempDir
    Path dir;

    @Test
    void theCommandLinesCsvBringsTheWageBack() throws Exception {
        assertSameAfterImport(export("cli.csv", false));
    }

    @Test
    void theCommandLinesXlsxBringsTheWageBack() throws Exception {
        assertSameAfterImport(export("cli.xlsx", false));
    }

    @Test
    void theWindowsCsvBringsTheWageBack() throws Exception {
        assertSameAfterImport(export("jendela.csv", true));
    }

    @Test
    void theWindowsXlsxBringsTheWageBack() throws Exception {
        assertSameAfterImport(export("jendela.xlsx", true));
    }

    @Test
    void theNewColumnsComeLastInTheCommandLinesFile() throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(export("kolom.csv", false));
        assertThat(lines.get(0)).endsWith(";Alamat;No. HP;Penghasilan;Jumlah bulan");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Perangkat desa").endsWith(";2500000;12"));
    }

    private Path export(String name, boolean window) throws Exception {
        Path file = dir.resolve(name);
        try (PayungServices s = PayungServices.open(dir.resolve("kantor-" + name + ".db"), true, TestData.CLOCK)) {
            EnrollmentForm f = TestData.form(OFFICIAL, "Yohanes Dagur", "APBDES-MGR", YearMonth.of(2026, 1),
                    YearMonth.of(2026, 12));
            s.enrollments().enrol(new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(),
                    f.address(), f.regionCode(), "PERANGKAT-DESA", f.phone(), null, f.funderCode(), Segment.PU,
                    f.programmes(), 2_500_000L, f.firstMonth(), f.lastMonth(), null));
            s.enrollments().enrol(TestData.form(FARMER, "Maria Jelita", "APBD-KAB-MGR", YearMonth.of(2026, 3),
                    YearMonth.of(2026, 8)));
            ExportService exports = window ? s.exports().replacingExisting() : s.exports();
            assertThat(exports.enrollments(RegisterFilter.all(), file, true)).isEqualTo(2);
        }
        return file;
    }

    private void assertSameAfterImport(Path file) throws Exception {
        try (PayungServices fresh = PayungServices.open(dir.resolve("baru-" + file.getFileName() + ".db"), true,
                TestData.CLOCK)) {
            ImportService.Report r = fresh.imports().importFile(file, new ImportOptions(null, null, null, null, false,
                    false, null, null, null, null, true), ImportService.Progress.NONE);
            assertThat(r.imported()).as(String.valueOf(r.problems())).isEqualTo(2);
            assertThat(r.problems()).as("no wage assumed").noneMatch(p -> p.problem().code().contains("ASSUMED_WAGE"));
            List<EnrollmentSummary> rows = fresh.register().page(RegisterFilter.all(), RegisterSort.defaultOrder(), null,
                    10).rows();
            assertThat(rows).extracting(EnrollmentSummary::nik, EnrollmentSummary::funderCode, EnrollmentSummary::segment,
                    EnrollmentSummary::firstMonth, EnrollmentSummary::lastMonth).containsExactlyInAnyOrder(
                    tuple(OFFICIAL, "APBDES-MGR", Segment.PU, YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
                    tuple(FARMER, "APBD-KAB-MGR", Segment.BPU, YearMonth.of(2026, 3), YearMonth.of(2026, 8)));
            assertThat(rows).extracting(e -> e.nik() + " " + fresh.enrollments().openForEditing(e.id()).declaredIncomeRp())
                    .containsExactlyInAnyOrder(OFFICIAL + " 2500000", FARMER + " 1000000");
        }
    }
}
