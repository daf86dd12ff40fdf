package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 23b H1: names that start like a formula ({@code = + - @}, which the name check warns of and which are kept as
 * typed) leave in an export and come back by an import into a new database as they were, the formula warning said
 * again. The .xlsx holds them as text cells without the apostrophe Excel would show; the .csv keeps the apostrophe
 * Excel needs, and the import reads it off.
 */
class FormulaNamesRoundTripTest {
    private static final Map<String, String> NAMES = new TreeMap<>(Map.of(
            "5310011001900001", "=HYPERLINK(\"http://evil\",\"x\")",
            "5310011001900002", "+Maria Cmd|calc",
            "5310011001900003", "-Maria Minus",
            "5310011001900004", "@Maria Sum"));

    @TempDir
    Path dir;

    @Test
    void anXlsxExportWritesTheNamesAsTextWithoutAnApostrophe() throws Exception {
        Path xlsx = export("hx.xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<String> names = wb.getFirstSheet().read().stream().skip(1).map(r -> r.getCellText(1)).toList();
            assertThat(names).containsExactlyInAnyOrderElementsOf(NAMES.values());
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("<t>+Maria Cmd|calc</t>").doesNotContain("&apos;+Maria").doesNotContain("<f>");
        }
    }

    @Test
    void aCsvExportKeepsTheApostropheExcelNeeds() throws Exception {
        String csv = Files.readString(export("hx.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(";'+Maria Cmd|calc;", ";'-Maria Minus;", ";'@Maria Sum;", ";\"'=HYPERLINK(");
    }

    @Test
    void anXlsxExportImportsIntoANewDatabaseWithTheSameNames() throws Exception {
        assertSameNamesAfterImport(export("hx.xlsx"));
    }

    @Test
    void aCsvExportImportsIntoANewDatabaseWithTheSameNames() throws Exception {
        assertSameNamesAfterImport(export("hx.csv"));
    }

    /** The export of the trial, before trial 23b: text cells with the apostrophe in front. */
    @Test
    void anOlderXlsxExportWithTheApostropheImportsWithoutIt() throws Exception {
        Path old = dir.resolve("lama.xlsx");
        try (var out = Files.newOutputStream(old);
             TableWriter w = TableWriter.create(out, old, "Peserta", List.of("NIK", "Nama"))) {
            w.row("5310011001900002", "'+Maria Cmd|calc");
            w.row("5310011001900003", "'-Maria Minus");
            w.row("5310011001900005", "'O'Neil Dagur");
        }
        try (PayungServices fresh = PayungServices.open(dir.resolve("baru.db"), true, TestData.CLOCK)) {
            ImportService.Report r = fresh.imports().importFile(old, new ImportOptions("MANDIRI", YearMonth.of(2026, 1),
                    null, null, false, false, null, null, "Langke Rembong", null, false), ImportService.Progress.NONE);
            assertThat(r.imported()).as(String.valueOf(r.problems())).isEqualTo(3);
            assertThat(names(fresh)).containsExactlyInAnyOrder("+Maria Cmd|calc", "-Maria Minus", "'O'Neil Dagur");
            assertThat(r.problems()).filteredOn(p -> p.problem().code().equals("NAME_FORMULA")).extracting(RowProblem::row)
                    .containsExactlyInAnyOrder(2, 3);
        }
    }

    private Path export(String name) throws Exception {
        Path file = dir.resolve(name);
        try (PayungServices s = PayungServices.open(dir.resolve("kantor.db"), true, TestData.CLOCK)) {
            if (s.register().counts(RegisterFilter.all()).total() == 0) {
                NAMES.forEach((nik, n) -> s.enrollments().enrol(TestData.form(nik, n, "MANDIRI", YearMonth.of(2026, 1),
                        null)));
            }
            assertThat(s.exports().enrollments(RegisterFilter.all(), file, true)).isEqualTo(NAMES.size());
        }
        return file;
    }

    private void assertSameNamesAfterImport(Path file) throws Exception {
        try (PayungServices fresh = PayungServices.open(dir.resolve("baru-" + file.getFileName() + ".db"), true,
                TestData.CLOCK)) {
            ImportService.Report r = importInto(fresh, file);
            assertThat(r.imported()).as(String.valueOf(r.problems())).isEqualTo(NAMES.size());
            assertThat(names(fresh)).containsExactlyInAnyOrderElementsOf(NAMES.values());
            assertThat(r.problems()).filteredOn(p -> p.problem().code().equals("NAME_FORMULA"))
                    .as("the formula warning, said again for each").hasSize(NAMES.size());
        }
    }

    private static ImportService.Report importInto(PayungServices s, Path file) throws Exception {
        return s.imports().importFile(file, new ImportOptions(null, null, null, null, false, false, null, null, null, null,
                true), ImportService.Progress.NONE);
    }

    private static List<String> names(PayungServices s) {
        return s.register().page(RegisterFilter.all(), RegisterSort.defaultOrder(), null, 100).rows().stream()
                .map(EnrollmentSummary::fullName).toList();
    }
}
