package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Path;
import java.util.List;
import java.time.YearMonth;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The report commands added for the printed reports: trend, transition, readiness and the decree annex. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** The test's database, made and seeded as {@code payung init} makes one: its {@code --db} (file or address). */
    private String seeded() {
        engine.services().close();
        return engine.address();
    }

    private int run(String... args) {
        return console.run(args);
    }

    private String stdout() {
        return console.out();
    }

    /** Maria: regency-paid in 2025, self-paying from March 2026 (an ojek driver: Rp 8.400 a month in 2026). */
    private String register() {
        String db = seeded();
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 3),
                    YearMonth.of(2026, 8)));
        }
        return db;
    }

    @Test
    void fundingSharesOfTwoRegenciesAddTheRegencies() {
        // Manggarai's province cohort of 50 and Manggarai Barat's two province-paid names: 52; Manggarai's CSR name and
        // Manggarai Barat's CSR cohort of 20: 21. The per-regency tab's 178 in all.
        id.payung.service.TwoRegencies.open(engine).close();
        String db = engine.address();
        assertThat(run("report", "funding-shares", "--year", "2026", "--format", "csv", "--db", db)).isZero();
        assertThat(stdout().lines()).containsExactly(
                "funder_code,funder_name,participants,percent",
                "APBD-KAB-MGR,APBD Kabupaten Manggarai,100,56.2",
                "APBD-PROV-NTT,APBD Provinsi NTT,52,29.2",
                "CSR,CSR / perusahaan donor,21,11.8",
                "MANDIRI,Mandiri (bayar sendiri),4,2.2",
                "APBDES-MGR,APBDes / ADD desa se-Kabupaten Manggarai,1,0.6");
    }

    @Test
    void trendAsCsv() {
        assertThat(run("report", "trend", "--year", "2025", "--format", "csv", "--db", seeded())).isZero();
        assertThat(stdout().lines()).containsExactly(
                "year,funder_code,funder_name,participants",
                "2023,APBD-KAB-MGR,APBD Kabupaten Manggarai,1000",
                "2024,APBD-KAB-MGR,APBD Kabupaten Manggarai,1000",
                "2025,APBD-PROV-NTT,APBD Provinsi NTT,4280",
                "2025,APBD-KAB-MGR,APBD Kabupaten Manggarai,1000");
    }

    /**
     * The seeds up to 2025 and Maria in 2027: 2026 has none. The window and the year report show 2026 as 0
     * (DashboardService.trend); {@code report trend} printed no row for it, and stopped at this year for a year to come.
     */
    @Test
    void trendHasARowOf0ForAYearWithNoneBetweenYearsWithSome() {
        String db = seeded();
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2027, 1),
                    YearMonth.of(2027, 12)));
        }
        assertThat(run("report", "trend", "--year", "2027", "--format", "csv", "--db", db)).isZero();
        assertThat(stdout().lines()).containsExactly(
                "year,funder_code,funder_name,participants",
                "2023,APBD-KAB-MGR,APBD Kabupaten Manggarai,1000",
                "2024,APBD-KAB-MGR,APBD Kabupaten Manggarai,1000",
                "2025,APBD-PROV-NTT,APBD Provinsi NTT,4280",
                "2025,APBD-KAB-MGR,APBD Kabupaten Manggarai,1000",
                "2026,,,0",
                "2027,APBD-KAB-MGR,APBD Kabupaten Manggarai,1");
        console.clearOut();
        assertThat(run("report", "trend", "--year", "2026", "--db", db)).isZero();
        assertThat(stdout().lines()).containsExactly(
                "Participants per year up to 2026",
                "2023   APBD Kabupaten Manggarai                      1.000",
                "2024   APBD Kabupaten Manggarai                      1.000",
                "2025   APBD Provinsi NTT                             4.280",
                "2025   APBD Kabupaten Manggarai                      1.000",
                "2026                                                     0");
    }

    @Test
    void exportFundingSharesWritesTheFileOfReportFundingSharesAsXlsx() throws Exception {
        String db = seeded();
        Path exported = dir.resolve("export.csv");
        Path reported = dir.resolve("report.csv");
        assertThat(run("export", "funding-shares", "--year", "2025", "--out", exported.toString(), "--db", db))
                .isZero();
        assertThat(run("report", "funding-shares", "--year", "2025", "--format", "xlsx", "--out", reported.toString(),
                "--db", db)).isZero();
        assertThat(java.nio.file.Files.readString(exported)).contains("APBD Provinsi NTT")
                .isEqualTo(java.nio.file.Files.readString(reported));
        assertThat(stdout()).contains(exported.toAbsolutePath().toString());

        assertThat(run("export", "funding-shares", "--year", "2025", "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("needs --out FILE");
    }

    /**
     * Trial 16 L12: {@code export funding-shares --out} said "xlsx or pdf", and a .pdf name got a CSV named .pdf. The
     * help names the two formats it writes, each is what it says, and any other name is refused with no file (a .pdf
     * pointed at the report that writes one).
     */
    @Test
    void exportFundingSharesWritesTheFormatsItsHelpNamesAndRefusesOthers() throws Exception {
        String db = seeded();
        assertThat(run("export", "funding-shares", "--help")).isZero();
        assertThat(stdout()).contains("FILE.xlsx or FILE.csv").doesNotContain("pdf");
        console.clearOut();
        assertThat(run("export", "regencies", "--help")).isZero();
        assertThat(stdout()).contains("FILE.xlsx or FILE.csv").doesNotContain("pdf");

        Path xlsx = dir.resolve("porsi.xlsx");
        assertThat(run("export", "funding-shares", "--year", "2025", "--out", xlsx.toString(), "--db", db)).isZero();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(xlsx.toFile());
             var rows = wb.getFirstSheet().openStream()) {
            assertThat(rows.map(r -> r.getCellText(1)).toList()).contains("Sumber dana", "APBD Provinsi NTT");
        }
        Path csv = dir.resolve("porsi.csv");
        assertThat(run("export", "funding-shares", "--year", "2025", "--out", csv.toString(), "--db", db)).isZero();
        assertThat(java.nio.file.Files.readString(csv)).contains("Sumber dana").contains("APBD Provinsi NTT");

        Path pdf = dir.resolve("porsi.pdf");
        assertThat(run("export", "funding-shares", "--year", "2025", "--out", pdf.toString(), "--db", db)).isEqualTo(2);
        assertThat(pdf).doesNotExist();
        assertThat(console.err()).contains("payung export funding-shares: --out must be a .xlsx or .csv file, not porsi.pdf")
                .contains("payung report funding-shares --year 2025 --format pdf --out porsi.pdf");
        Path txt = dir.resolve("porsi.txt");
        assertThat(run("export", "funding-shares", "--year", "2025", "--out", txt.toString(), "--db", db))
                .as("another name is a CSV, as it always was: scripts keep working").isEqualTo(0);
        assertThat(java.nio.file.Files.readString(txt)).contains("Sumber dana").contains("APBD Provinsi NTT");
        assertThat(run("export", "regencies", "--year", "2025", "--out", dir.resolve("r.pdf").toString(), "--db", db))
                .isEqualTo(2);
        assertThat(console.err()).contains("payung export regencies: --out must be a .xlsx or .csv file, not r.pdf");
        assertThat(run("export", "funding-shares", "--year", "2025", "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("needs --out FILE.xlsx or FILE.csv");

        // The advice works: the year report as PDF.
        assertThat(run("report", "funding-shares", "--year", "2025", "--format", "pdf", "--out", pdf.toString(),
                "--db", db)).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("APBD Provinsi NTT");
        }
    }

    /**
     * {@code export enrollments --out e.pdf} wrote a CSV named .pdf: refused as export funding-shares and regencies
     * refuse one (the same check), pointed at the PDF name list there is (the annex); no file. Another name is a CSV
     * as it always was.
     */
    @Test
    void exportEnrollmentsRefusesAPdfNameAsTheOtherExportsDo() throws Exception {
        String db = register();
        Path pdf = dir.resolve("e.pdf");
        assertThat(run("export", "enrollments", "--out", pdf.toString(), "--db", db)).isEqualTo(2);
        assertThat(pdf).doesNotExist();
        assertThat(console.err()).contains("payung export enrollments: --out must be a .xlsx or .csv file, not e.pdf")
                .contains("payung report annex --year YYYY --funder CODE --out e.pdf");
        assertThat(run("export", "enrollments", "--funder", "MANDIRI", "--year", "2026", "--out", pdf.toString(),
                "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("payung report annex --year 2026 --funder MANDIRI --out e.pdf");
        Path ods = dir.resolve("e.ods");
        assertThat(run("export", "enrollments", "--out", ods.toString(), "--db", db)).isEqualTo(2);
        assertThat(ods).doesNotExist();
        assertThat(console.err()).contains("not e.ods", "name the file FILE.xlsx or FILE.csv");
        Path txt = dir.resolve("e.txt");
        assertThat(run("export", "enrollments", "--out", txt.toString(), "--db", db)).isZero();
        assertThat(java.nio.file.Files.readString(txt)).contains("Maria");
    }

    /**
     * {@code report budget} and {@code report trend} listed an {@code --out} they ignored. Now it writes their csv's
     * columns and rows as .xlsx (or, by a .csv name, the CSV for Indonesian Excel), as --out writes every report's
     * file; --out alone chooses the report's file format, and --out with a format printed on the screen is refused,
     * never ignored.
     */
    @Test
    void budgetAndTrendWriteTheirOutFileAndNoReportIgnoresOut() throws Exception {
        String db = seeded();
        Path budget = dir.resolve("biaya-2025.xlsx");
        assertThat(run("report", "budget", "--year", "2025", "--out", budget.toString(), "--db", db)).isZero();
        assertThat(stdout()).contains(budget.toAbsolutePath().toString());
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(budget.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("funder_code");
            assertThat(rows.get(0).getCellText(3)).isEqualTo("cost_rp");
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCellText(0) + " "
                    + r.getCellAsNumber(3).orElseThrow().toBigInteger())
                    .contains("APBD-PROV-NTT 862848000", "APBD-KAB-MGR 201600000");
        }
        Path trend = dir.resolve("tren.csv");
        assertThat(run("report", "trend", "--year", "2025", "--format", "xlsx", "--out", trend.toString(), "--db", db))
                .isZero();
        assertThat(java.nio.file.Files.readString(trend)).startsWith("\uFEFFyear;funder_code;funder_name;participants")
                .contains("2025;APBD-PROV-NTT;APBD Provinsi NTT;4280");

        Path ignored = dir.resolve("tren-2.csv");
        assertThat(run("report", "trend", "--year", "2025", "--format", "csv", "--out", ignored.toString(), "--db", db))
                .isEqualTo(2);
        assertThat(console.err()).contains("payung report trend: --format csv prints to the screen, it writes no --out "
                + "file; for a file: --format xlsx --out tren-2.csv");
        assertThat(ignored).doesNotExist();
        Path readiness = dir.resolve("kesiapan.pdf");
        assertThat(run("report", "readiness", "--year", "2025", "--out", readiness.toString(), "--db", db)).isZero();
        try (var doc = Loader.loadPDF(readiness.toFile())) {
            assertThat(doc.getNumberOfPages()).isPositive();
        }
        console.clearOut();
        assertThat(run("report", "budget", "--year", "2025", "--db", db)).as("no --out: the table, as before").isZero();
        assertThat(stdout()).contains("Rp 862.848.000");
    }

    /** Review 16: `report budget --out x.pdf` wrote a spreadsheet named .pdf, `report readiness --out r.xlsx` a PDF. */
    @Test
    void aFileNamedForAnotherFormatIsRefusedBeforeAnythingIsWritten() {
        String db = seeded();
        Path budgetPdf = dir.resolve("biaya.pdf");
        assertThat(run("report", "budget", "--year", "2025", "--out", budgetPdf.toString(), "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("--out biaya.pdf names a .pdf file, but this writes xlsx")
                .contains("name the file FILE.xlsx (or FILE.csv)");
        assertThat(budgetPdf).doesNotExist();
        Path readinessXlsx = dir.resolve("kesiapan.xlsx");
        assertThat(run("report", "readiness", "--year", "2025", "--out", readinessXlsx.toString(), "--db", db))
                .isEqualTo(2);
        assertThat(readinessXlsx).doesNotExist();
        Path sharesPdf = dir.resolve("bagian.pdf");
        assertThat(run("report", "funding-shares", "--year", "2025", "--format", "xlsx", "--out", sharesPdf.toString(),
                "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("for a .pdf file: --format pdf --out bagian.pdf");
        assertThat(sharesPdf).doesNotExist();
        Path ods = dir.resolve("tren.ods");
        assertThat(run("report", "trend", "--year", "2025", "--format", "xlsx", "--out", ods.toString(), "--db", db))
                .isEqualTo(2);
        assertThat(ods).doesNotExist();
    }

    @Test
    void transitionAsCsvAndTable() {
        String db = register();
        assertThat(run("report", "transition", "--year", "2026", "--format", "csv", "--db", db)).isZero();
        assertThat(stdout().lines()).containsExactly(
                "end_year,ended,continued,percent,active_now,cost_rp,person_months,per_person_month_rp",
                "2025,1,1,100.0,0,50400,6,8400"); // Mar–Aug 2026: 6 × 8.400
        console.clearOut();
        assertThat(run("report", "transition", "--year", "2026", "--db", db)).isZero();
        assertThat(stdout()).contains("2025").contains("100,0%").contains("Rp 50.400")
                .contains("Self-paying other worker 2026: Rp 16.800 a month, Rp 8.400 from 04/2026 to 12/2026 (PP 50/2025); "
                        + "Rp 126.000 a year");
    }

    @Test
    void annexPdfMaskedOrFullWithAuditNote() throws Exception {
        String db = register();
        Path pdf = dir.resolve("lampiran.pdf");
        assertThat(run("report", "annex", "--year", "2025", "--funder", "APBD-KAB-MGR", "--out", pdf.toString(),
                "--db", db)).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("LAMPIRAN KEPUTUSAN BUPATI MANGGARAI")
                    .contains("Maria").contains("531001********01");
        }
        Path full = dir.resolve("lengkap.pdf");
        assertThat(run("report", "annex", "--year", "2025", "--funder", "APBD-KAB-MGR", "--full-nik", "--out",
                full.toString(), "--db", db)).isZero();
        assertThat(console.err()).contains("audit log");
        try (var doc = Loader.loadPDF(full.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("5310015204850001");
        }
    }

    @Test
    void annexNeedsAKnownFunderAndAFile() {
        String db = register();
        assertThat(run("report", "annex", "--year", "2025", "--funder", "NOPE", "--out", dir.resolve("x.pdf").toString(),
                "--db", db)).isEqualTo(2);
        assertThat(run("report", "annex", "--year", "2025", "--funder", "APBD-KAB-MGR", "--db", db)).isEqualTo(2);
        assertThat(run("report", "annex", "--year", "2025", "--funder", "APBD-KAB-MGR", "--format", "csv",
                "--db", db)).isEqualTo(2);
        assertThat(console.err()).contains("no funding source NOPE").contains("needs --out FILE")
                .contains("this report prints pdf, not csv");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void readinessTableAndPdf() throws Exception {
        String db = seeded();
        assertThat(run("report", "readiness", "--year", "2025", "--db", db)).isZero();
        assertThat(stdout()).contains("Award readiness 2025").contains("year 2025").contains("5.280 participants")
                .contains("growth 4.280 (428,0%)").contains("Rp 1.064.448.000").contains("award").contains("25/09/2025");
        Path pdf = dir.resolve("kesiapan.pdf");
        assertThat(run("report", "readiness", "--year", "2025", "--format", "pdf", "--out", pdf.toString(),
                "--db", db)).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("RINGKASAN KESIAPAN PENGHARGAAN")
                    .contains("APBD Provinsi NTT 4.280 Rp 862.848.000 – –");
        }
    }

    /**
     * The caution the window and the PDF give when funders of the year before have nobody recorded in the year (the
     * seeded cohorts end in 2025): the table says it too, under the years, in the CLI's English.
     */
    @Test
    void readinessSaysWhichFundersOfTheYearBeforeHaveNobodyRecordedYet() throws Exception {
        String db = seeded();
        assertThat(run("report", "readiness", "--year", "2026", "--db", db)).isZero();
        List<String> lines = stdout().lines().toList();
        String note = "Note: no 2026 participants recorded yet (cohort or named participants) for funding sources that"
                + " had participants the year before: APBD Provinsi NTT (4.280 participants in 2025); APBD Kabupaten Manggarai (1.000 participants in 2025).";
        assertThat(lines).contains(note);
        int years = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("year ")) {
                years = i;
            }
        }
        assertThat(lines.indexOf(note)).as("right under the years' growth").isEqualTo(years + 1);
        Path pdf = dir.resolve("kesiapan-2026.pdf");
        assertThat(run("report", "readiness", "--year", "2026", "--out", pdf.toString(), "--db", db)).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("belum ada peserta 2026 tercatat").contains("APBD Provinsi NTT (4.280 peserta pada 2025); APBD Kabupaten Manggarai (1.000");
        }

        console.clearOut();
        assertThat(run("report", "readiness", "--year", "2025", "--db", db)).isZero();
        assertThat(stdout()).contains("year 2025").doesNotContain("recorded yet");
    }

    /** Trial 18: the regency's 1.000 of 2025 down to 1 named person in 2026: `report readiness` says it as the window does. */
    @Test
    void readinessSaysWhichFundersFellUnderATenthOfTheYearBefore() {
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
        }
        String db = seeded();
        assertThat(run("report", "readiness", "--year", "2026", "--db", db)).isZero();
        assertThat(stdout().lines().toList()).contains("Note: no 2026 participants recorded yet (cohort or named "
                + "participants) for funding sources that had participants the year before: APBD Provinsi NTT (4.280 "
                + "participants in 2025). Note: the 2026 participants recorded (cohort or named participants) are fewer "
                + "than a tenth of the year before for: APBD Kabupaten Manggarai (1 recorded; 1.000 in 2025).");
    }
}
