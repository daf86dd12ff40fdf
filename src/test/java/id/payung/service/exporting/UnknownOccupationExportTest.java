package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 24a L6: an unknown occupation was an empty cell in the register's file, while the form says "(tidak diketahui)".
 * Both files write the form's word, and an import reads it back as unknown: not an occupation of that name, nor Lainnya.
 */
class UnknownOccupationExportTest {
    private static final String NIK = "5310015204850001";

    @TempDir
    Path dir;

    @Test
    void theCsvSaysTheFormsWordAndImportsBackUnknown() throws Exception {
        Path csv = export("peserta.csv", false);
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
        int column = List.of(header.split(";")).indexOf("Pekerjaan");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(1).split(";")[column]).isEqualTo("(tidak diketahui)");
        assertUnknownAfterImport(csv);
    }

    @Test
    void theWindowsXlsxSaysTheFormsWordAndImportsBackUnknown() throws Exception {
        Path xlsx = export("peserta.xlsx", true);
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            String all = wb.getFirstSheet().read().stream().map(r -> r.stream().map(c -> c == null ? "" : c.getText())
                    .collect(java.util.stream.Collectors.joining("|"))).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(all).contains("|(tidak diketahui)|");
        }
        assertUnknownAfterImport(xlsx);
    }

    private Path export(String name, boolean window) throws Exception {
        Path file = dir.resolve(name);
        try (PayungServices s = PayungServices.open(dir.resolve("kantor-" + name + ".db"), true, TestData.CLOCK)) {
            EnrollmentForm f = TestData.form(NIK, "Maria Jelita", "APBD-KAB-MGR", YearMonth.of(2026, 1), null);
            s.enrollments().enrol(new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(),
                    f.address(), f.regionCode(), null, f.phone(), null, f.funderCode(), f.segment(), f.programmes(),
                    f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), null));
            ExportService exports = window ? s.exports().replacingExisting() : s.exports();
            assertThat(exports.enrollments(RegisterFilter.all(), file, true)).isEqualTo(1);
        }
        return file;
    }

    private void assertUnknownAfterImport(Path file) throws Exception {
        try (PayungServices fresh = PayungServices.open(dir.resolve("baru-" + file.getFileName() + ".db"), true,
                TestData.CLOCK)) {
            ImportService.Report r = fresh.imports().importFile(file, new ImportOptions(null, null, null, null, false,
                    false, null, null, null, null, true), ImportService.Progress.NONE);
            assertThat(r.imported()).as(String.valueOf(r.problems())).isEqualTo(1);
            assertThat(r.problems()).as("not Lainnya").noneMatch(p -> p.problem().code().equals("IMPORT_OTHER_OCCUPATION"));
            List<EnrollmentSummary> rows = fresh.register().page(RegisterFilter.all(), RegisterSort.defaultOrder(), null,
                    10).rows();
            assertThat(rows).extracting(EnrollmentSummary::occupationName).containsExactly((String) null);
        }
    }
}
