package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.RegisterFilter;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.store.AuditLog;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Exports read back with the same libraries and checked. */
class ExportServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    @Test
    void fundingSharesAsXlsxAgreeWithTheDashboard() throws Exception {
        Path xlsx = dir.resolve("porsi-2025.xlsx");
        try (PayungServices s = engine.services()) {
            s.exports().fundingShares(2025, xlsx);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Sumber dana");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("APBD Provinsi NTT");
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal("4280"));
            assertThat(rows.get(1).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(new BigDecimal("81.1"));
            assertThat(rows.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(new BigDecimal("862848000"));
            assertThat(rows.get(2).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(new BigDecimal("201600000"));
            assertThat(rows.get(3).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal("5280"));
            assertThat(rows.get(3).getCellText(1)).as("the command line's word, which scripts look for").isEqualTo("Total");
        }
    }

    /**
     * An export for a year names it: the sheet's tab and the title (the document's and the printed page's
     * header); the column headers stay the first row, where the import and BPJS's upload read them.
     */
    @Test
    void anExportForAYearNamesItsYearAboveTheUnmovedHeaderRow() throws Exception {
        Path year = dir.resolve("peserta-2026.xlsx");
        Path all = dir.resolve("peserta.xlsx");
        Path shares = dir.resolve("porsi-2025.xlsx");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "MANDIRI", YearMonth.of(2026, 1), null));
            assertThat(s.exports().enrollments(RegisterFilter.all().withYear(2026), year, false)).isEqualTo(1);
            assertThat(s.exports().enrollments(RegisterFilter.all(), all, false)).isEqualTo(1);
            s.exports().fundingShares(2025, shares);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(year.toFile())) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo("Kepesertaan 2026");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("NIK");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Maria Jelita");
        }
        assertThat(part(year, "docProps/core.xml")).contains(">Kepesertaan 2026<");
        assertThat(part(year, "xl/worksheets/sheet1.xml")).contains("Kepesertaan 2026</oddHeader>");
        try (ReadableWorkbook wb = new ReadableWorkbook(all.toFile())) {
            assertThat(wb.getFirstSheet().getName()).as("no year asked, none named").isEqualTo("Peserta");
        }
        assertThat(part(all, "docProps/core.xml")).doesNotContain("Kepesertaan");
        try (ReadableWorkbook wb = new ReadableWorkbook(shares.toFile())) {
            assertThat(wb.getFirstSheet().getName()).isEqualTo("Porsi 2025");
            assertThat(wb.getFirstSheet().read().get(0).getCellText(1)).isEqualTo("Sumber dana");
        }
        assertThat(part(shares, "docProps/core.xml")).contains(">Porsi sumber dana 2025<");
    }

    /** The text of one part of an .xlsx (a zip). */
    private static String part(Path xlsx, String name) throws java.io.IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            java.util.zip.ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theYearReportPdfCarriesTheNumbersTheAwardAndWhereItWasPrinted() throws Exception {
        Path pdf = dir.resolve("laporan-2025.pdf");
        try (PayungServices s = engine.services()) {
            s.exports().yearReport(2025, pdf);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("DINAS KOPERASI, UKM DAN TENAGA KERJA KABUPATEN MANGGARAI")
                    .contains("Laporan tahun 2025")
                    .contains("APBD Provinsi NTT: 4.280 (81,1%)")
                    .contains("APBD Kabupaten Manggarai: 1.000 (18,9%)")
                    .contains("Rp 201.600.000").contains("Rp 862.848.000").contains("5.280")
                    .contains("25/09/2025").contains("Kemenko PMK")
                    .contains("Dicetak di Ruteng, 23/11/2026");
        }
    }

    @Test
    void theYearReportPdfSaysWhatTheGovernmentBudgetsPayUnderTheTotal() throws Exception {
        Path pdf = dir.resolve("laporan-2025.pdf");
        try (PayungServices s = engine.services()) {
            // A self-paying worker beside the 4.280 of the province and the 1.000 of the regency (trial 20).
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "MANDIRI", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
            s.exports().yearReport(2025, pdf);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
            assertThat(text).contains("Di antaranya dibayar anggaran pemerintah (APBD, APBDes, APBN)")
                    .contains("Jumlah 5.281 100,0% Rp 1.064.649.600")
                    .as("the budgets' part: 4.280 × and 1.000 × Rp 16.800 × 12")
                    .contains("(APBD, APBDes, APBN) 5.280 > 99,9% Rp 1.064.448.000");
        }
    }

    @Test
    void enrollmentsAreMaskedByDefaultAndFullNiksAreAudited() throws Exception {
        Path masked = dir.resolve("peserta.csv");
        Path full = dir.resolve("untuk-bpjs.xlsx");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "=HYPERLINK(x)", "MANDIRI", YearMonth.of(2026, 1), null));
            assertThat(s.exports().enrollments(RegisterFilter.all(), masked, false)).isEqualTo(1);
            assertThat(s.exports().enrollments(RegisterFilter.all(), full, true)).isEqualTo(1);
            try (var db = engine.open()) {
                List<AuditLog.Entry> entries = db.read(tx -> new AuditLog().recent(tx, 5));
                assertThat(entries).extracting(AuditLog.Entry::action)
                        .contains("EXPORT", "EXPORT_FULL_NIK");
            }
        }
        String csv = Files.readString(masked, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNIK;Nama;").contains("531001********01").doesNotContain("5310015204850001")
                .contains("'=HYPERLINK");
        // The register's words and dates, then the codes a program needs as extra columns.
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains(";Mulai;Sampai;Status;Kode sumber dana;Kode status;Mulai (ISO);Sampai (ISO);");
        assertThat(lines.get(1)).contains(";01/2026;;Aktif;MANDIRI;ACTIVE;2026-01;");
        try (ReadableWorkbook wb = new ReadableWorkbook(full.toFile())) {
            assertThat(wb.getFirstSheet().read().get(1).getCellText(0)).isEqualTo("5310015204850001");
        }
    }

    /**
     * The window's register file is for village staff: the words only, no "ACTIVE" or "MANDIRI" beside them (the
     * command line's keeps those for scripts, above); and Payung's import reads it back without the codes: the same
     * enrollments, found as duplicates, none refused.
     */
    @Test
    void theWindowsRegisterFileHasTheWordsOnlyAndImportsBackWithoutCodes() throws Exception {
        Path xlsx = dir.resolve("peserta-jendela.xlsx");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "MANDIRI", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes Dagur", "APBD-KAB-MGR", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
            assertThat(s.exports().replacingExisting().enrollments(RegisterFilter.all(), xlsx, true)).isEqualTo(2);
            List<Row> rows;
            try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
                rows = wb.getFirstSheet().read();
            }
            assertThat(headerRow(rows).stream().map(c -> c == null ? "" : c.getText()).toList()).containsExactly("NIK",
                    "Nama", "Jenis kelamin (L/P)", "Tempat lahir", "Tanggal lahir", "Alamat", "No. HP", "Sumber dana",
                    "Segmen", "Program", "Kecamatan", "Desa/Kelurahan", "Pekerjaan", "Mulai", "Sampai", "Status", "Penghasilan",
                    "Jumlah bulan");
            String all = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c.getText())
                    .collect(java.util.stream.Collectors.joining("|"))).collect(java.util.stream.Collectors.joining("\n"));
            // Mulai and Sampai are date cells (theRegistersMonthsAreDateCells...): their text is Excel's serial number.
            assertThat(all).contains("Mandiri", "APBD Kabupaten Manggarai", "Aktif", "Berakhir")
                    .doesNotContain("MANDIRI", "APBD-KAB-MGR", "ACTIVE", "ENDED", "2026-01");

            id.payung.service.importing.ImportService.Report back = s.imports().importFile(xlsx,
                    new id.payung.service.importing.ImportOptions(null, null, null, null, false, false, null, null, null,
                            null, true), id.payung.service.importing.ImportService.Progress.NONE);
            assertThat(back.rejected()).as(String.valueOf(back.problems())).isZero();
            assertThat(back.duplicates()).isEqualTo(2);
            assertThat(back.imported()).isZero();
        }
    }

    /**
     * Trial 19: the window's register file could not go back to BPJS or the village: no birth date, place, sex, address
     * or phone, and nothing said which filter and day it was made with. The identity beside the name (the birth date a
     * real date cell shown 12/05/1985), and above the headers the office, what it is, its filter and when and by whom.
     */
    @Test
    void theWindowsRegisterWorkbookHoldsEachPersonsIdentityUnderWhatItIs() throws Exception {
        Path xlsx = dir.resolve("peserta.xlsx");
        String exporter;
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015205850001", "Maria Jelita", "MANDIRI", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes Dagur", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                    null));
            RegisterFilter filter = new RegisterFilter("5310015", "MANDIRI", null, "53.10.12", null,
                    id.payung.domain.CoverageStatus.ACTIVE, 2026, false);
            assertThat(s.exports().replacingExisting().enrollments(filter, xlsx, false)).isEqualTo(1);
            exporter = s.audit().search(new id.payung.service.AuditFilter(null, null, null, null, null), 0, 1).rows().get(0)
                    .change().actor();
        }
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true,
                false))) {
            rows = wb.getFirstSheet().read();
        }
        List<String> lead = rows.subList(0, rows.indexOf(headerRow(rows))).stream()
                .map(r -> r.getCellCount() == 0 || r.getCell(0) == null ? "" : r.getCellText(0)).toList();
        assertThat(lead).as("office, title, filter, made (the empty row after them has no cells)").hasSize(4);
        assertThat(lead.get(0)).isNotBlank();
        assertThat(lead.get(1)).isEqualTo("Daftar peserta tahun 2026");
        assertThat(lead.get(2)).isEqualTo("Saringan: pencarian \"5310015\", status Aktif, sumber dana Mandiri (bayar sendiri),"
                + " Kecamatan Langke Rembong");
        // By whom the export's audit entry names: on a server the login, not the PC's user (trial 19b: "oleh root").
        assertThat(lead.get(3)).isEqualTo("Dibuat 23/11/2026 11:00 oleh " + exporter);
        Row maria = rows.get(rows.indexOf(headerRow(rows)) + 1);
        assertThat(maria.getCellText(0)).isEqualTo("531001********01");
        assertThat(maria.getCellText(1)).isEqualTo("Maria Jelita");
        assertThat(maria.getCellText(2)).isEqualTo("P");
        assertThat(maria.getCellText(3)).isEqualTo("Ruteng");
        assertThat(maria.getCell(4).getType()).as("a date cell, not text").isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
        assertThat(maria.getCellAsDate(4).orElseThrow().toLocalDate()).isEqualTo(java.time.LocalDate.of(1985, 5, 12));
        assertThat(maria.getCell(4).getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(maria.getCellText(5)).isEqualTo("Jl. Motang Rua");
        assertThat(maria.getCell(6).getType()).as("a phone stays text: its 0").isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        assertThat(maria.getCellText(6)).isEqualTo("081234567890");
        assertThat(maria.getCellText(7)).isEqualTo("Mandiri (bayar sendiri)");
        assertThat(part(xlsx, "xl/worksheets/sheet1.xml")).doesNotContain("5310015205850001");
    }

    /**
     * The command line's register file is a script's contract (README): its fifteen columns stay as they were, the
     * identity comes after them; its first row stays the headers. As a CSV for Indonesian Excel: BOM, ';', 12/05/1985.
     */
    @Test
    void theCommandLinesRegisterFileKeepsItsColumnsAndAddsTheIdentityAtTheEnd() throws Exception {
        Path csv = dir.resolve("peserta.csv");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015205850001", "Maria Jelita", "MANDIRI", YearMonth.of(2026, 1), null));
            assertThat(s.exports().enrollments(RegisterFilter.all(), csv, false)).isEqualTo(1);
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFNIK;Nama;Sumber dana;Segmen;Program;Kecamatan;Desa/Kelurahan;Pekerjaan;"
                + "Mulai;Sampai;Status;Kode sumber dana;Kode status;Mulai (ISO);Sampai (ISO);Jenis kelamin (L/P);Tempat lahir;"
                + "Tanggal lahir;Alamat;No. HP;Penghasilan;Jumlah bulan");
        assertThat(lines.get(1)).startsWith("531001********01;Maria Jelita;").endsWith(
                ";MANDIRI;ACTIVE;2026-01;;P;Ruteng;12/05/1985;Jl. Motang Rua;081234567890;1000000;");
    }

    /**
     * Trial 22b: the register's Mulai and Sampai were text ("01/2026") in an .xlsx, so Excel could not sort or filter
     * them as dates. Both files (the command line's and the window's) write date cells on the month's first day shown
     * 01/2026; an open enrollment's Sampai stays empty; the CSV keeps writing 01/2026 (README's columns).
     */
    @Test
    void theRegistersMonthsAreDateCellsShownAsTheMonthInBothWorkbooks() throws Exception {
        Path cli = dir.resolve("peserta-cli.xlsx");
        Path window = dir.resolve("peserta-jendela.xlsx");
        Path csv = dir.resolve("peserta-cli.csv");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes Dagur", "APBD-KAB-MGR", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "MANDIRI", YearMonth.of(2026, 1), null));
            assertThat(s.exports().enrollments(RegisterFilter.all(), cli, false)).isEqualTo(2);
            assertThat(s.exports().enrollments(RegisterFilter.all(), csv, false)).isEqualTo(2);
            assertThat(s.exports().replacingExisting().enrollments(RegisterFilter.all(), window, false)).isEqualTo(2);
        }
        for (Path xlsx : List.of(cli, window)) {
            List<Row> rows;
            try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(),
                    new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
                rows = wb.getFirstSheet().read();
            }
            Row header = headerRow(rows);
            List<String> names = header.stream().map(c -> c == null ? "" : c.getText()).toList();
            int from = names.indexOf("Mulai");
            int until = names.indexOf("Sampai");
            Row maria = rows.get(rows.indexOf(header) + 1);
            Row yohanes = rows.get(rows.indexOf(header) + 2);
            assertThat(maria.getCellText(1)).isEqualTo("Maria Jelita");
            assertThat(maria.getCell(from).getType()).as(xlsx + ": a date cell, not text")
                    .isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(maria.getCellAsDate(from).orElseThrow().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
            assertThat(maria.getCell(from).getDataFormatString()).as("shown 01/2026").isEqualTo("mm/yyyy");
            assertThat(maria.getCell(until) == null || maria.getCellText(until).isEmpty()).as("open: no Sampai").isTrue();
            assertThat(yohanes.getCell(from).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(yohanes.getCellAsDate(from).orElseThrow().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
            assertThat(yohanes.getCell(until).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(yohanes.getCellAsDate(until).orElseThrow().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 12, 1));
            assertThat(yohanes.getCell(until).getDataFormatString()).isEqualTo("mm/yyyy");
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(1)).contains(";01/2026;;Aktif;MANDIRI;ACTIVE;2026-01;;");
        assertThat(lines.get(2)).contains(";01/2025;12/2025;Berakhir;APBD-KAB-MGR;ENDED;2025-01;2025-12;");
    }

    /** The first row whose first cell is "NIK": the column headers, under the lines a window's workbook opens with. */
    private static Row headerRow(List<Row> rows) {
        return rows.stream().filter(r -> r.getCellCount() > 0 && r.getCell(0) != null && "NIK".equals(r.getCellText(0)))
                .findFirst().orElseThrow();
    }

    @Test
    void theWindowsExportReplacesAnExistingFileWhileTheCommandLineRefusesIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("keluar"));
        Path xlsx = Files.writeString(out.resolve("porsi-2025.xlsx"), "last year's sheet");
        try (PayungServices s = engine.services()) {
            assertThatThrownBy(() -> s.exports().fundingShares(2025, xlsx)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("exists already");
            assertThat(xlsx).hasContent("last year's sheet");

            assertThat(s.exports().replacingExisting().fundingShares(2025, xlsx)).isEqualTo(2);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            // The window's file opens with the office, the title and the filter: its total is the last row.
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(rows.size() - 1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal("5280"));
            assertThat(rows.get(rows.size() - 1).getCellText(1)).as("the PDF's word").isEqualTo("Jumlah");
        }
        assertThat(names(out)).containsExactly("porsi-2025.xlsx");
    }

    @Test
    void theDashboardsYearReportReplacesAnOlderPdf() throws Exception {
        Path out = Files.createDirectories(dir.resolve("keluar"));
        Path pdf = Files.writeString(out.resolve("laporan-payung-2025.pdf"), "an old report");
        try (PayungServices s = engine.services()) {
            s.exports().replacingExisting().yearReport(2025, pdf);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Laporan tahun 2025")
                    .contains("APBD Provinsi NTT: 4.280 (81,1%)");
        }
        assertThat(names(out)).containsExactly("laporan-payung-2025.pdf");
    }

    @Test
    void aReplacedListIsAuditedUnderItsRealNameAndAFailedReplaceKeepsTheOldFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("keluar"));
        Path csv = Files.writeString(out.resolve("peserta.csv"), "old");
        // A folder cannot be replaced by a file: the move at the very end fails, after all rows were written.
        Path folder = Files.createDirectories(out.resolve("terkunci.csv"));
        Files.writeString(folder.resolve("isi.txt"), "keep me");
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Agus", "MANDIRI", YearMonth.of(2026, 1), null));
            ExportService window = s.exports().replacingExisting();

            assertThat(window.enrollments(RegisterFilter.all(), csv, false)).isEqualTo(1);
            assertThatThrownBy(() -> window.enrollments(RegisterFilter.all(), folder, false))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("terkunci.csv");

            try (var db = engine.open()) {
                List<AuditLog.Entry> entries = db.read(tx -> new AuditLog().recent(tx, 5));
                assertThat(entries).filteredOn(e -> e.action().equals("EXPORT")).hasSize(1)
                        .allSatisfy(e -> assertThat(e.afterJson()).contains("peserta.csv").doesNotContain(".part"));
            }
        }
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFNIK;Nama;").contains("Agus");
        assertThat(folder.resolve("isi.txt")).hasContent("keep me");
        assertThat(names(out)).containsExactly("peserta.csv", "terkunci.csv");
    }

    private static List<String> names(Path folder) throws java.io.IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
