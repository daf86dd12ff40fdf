package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.facade.PayungServices;
import id.payung.store.DataDigest;
import id.payung.store.Database;
import id.payung.store.RegionRepository;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Name lists as they arrive from the field, each quirk in a file the test makes itself. */
class ImportServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    private boolean regionsAdded;

    /** The seeded database, sure to hold the village and kelurahan the files name (added once if missing). */
    private PayungServices open() {
        if (!regionsAdded) {
            engine.services().close(); // seeded first, as a new database is
            try (Database db = engine.open()) {
                RegionRepository regions = new RegionRepository();
                db.write(tx -> {
                    regions.insertIfAbsent(tx, new Region("53.10.03.2002", "Cumbi", RegionLevel.DESA, "53.10.03"));
                    regions.insertIfAbsent(tx, new Region("53.10.12.1001", "Wali", RegionLevel.KELURAHAN, "53.10.12"));
                    return null;
                });
            }
            regionsAdded = true;
        }
        PayungServices s = engine.services();
        s.imports().keepRefusedCorrectionsIn(dir.resolve("refused-imports")); // not the user's data folder
        return s;
    }

    /** Every row of every table, to prove that something changed nothing. */
    private String digest() {
        try (Database db = engine.open()) {
            return DataDigest.of(db);
        }
    }

    private List<EnrollmentSummary> register(PayungServices s) {
        return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
    }

    private static ImportOptions kabupaten2026() {
        return ImportOptions.defaults().withFunder("APBD-KAB-MGR").withPeriod(YearMonth.of(2026, 1), 12);
    }

    @Test
    void semicolonCsvWithBomTitleRowsQuotesAndCrlfFromIndonesianExcel() throws Exception {
        Path csv = dir.resolve("desa-cumbi.csv");
        Files.write(csv, ("\uFEFFDAFTAR PEKERJA RENTAN DESA CUMBI 2026;;;;;;;\r\n"
                + ";;;;;;;\r\n"
                + "No;No. KTP;Nama Lengkap;L/P;TTL;Desa/Kelurahan;Kecamatan;Pekerjaan;No HP\r\n"
                + "1;5310015204850001;Maria Jelita;P;Ruteng, 12-04-1985;Cumbi;Ruteng;Pedagang;0812 3456 7890\r\n"
                + "2;5310011205850002;\"Yohanes \"\"Jo\"\"; Jehadu\";L;\"Ruteng,\n12-05-1985\";Cumbi;Ruteng;Pengemudi ojek;\r\n"
                + ";;;;;;;;\r\n"
                + "Jumlah;;;;;;;;\r\n").getBytes(StandardCharsets.UTF_8));

        try (PayungServices s = open()) {
            ImportService.Preview preview = s.imports().preview(csv, kabupaten2026());
            assertThat(preview.headerRow()).isEqualTo(3);
            assertThat(preview.mapping().values()).containsExactly(Column.ROW_NUMBER, Column.NIK, Column.NAME, Column.SEX,
                    Column.PLACE_AND_DATE, Column.DESA, Column.KECAMATAN, Column.OCCUPATION, Column.PHONE);

            ImportService.Report r = s.imports().importFile(csv, kabupaten2026(), ImportService.Progress.NONE);

            assertThat(r.problems()).isEmpty();
            assertThat(r.read()).isEqualTo(2);
            assertThat(r.imported()).isEqualTo(2);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::desaName,
                    EnrollmentSummary::occupationName, EnrollmentSummary::funderCode).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Maria Jelita", "Cumbi", "Pedagang", "APBD-KAB-MGR"),
                    org.assertj.core.groups.Tuple.tuple("Yohanes \"Jo\"; Jehadu", "Cumbi", "Pengemudi ojek", "APBD-KAB-MGR"));
            assertThat(register(s).get(0).lastMonth()).isEqualTo(YearMonth.of(2026, 12));
        }
    }

    @Test
    void windows1252FileWithOddHeadersAndIndonesianMonthNames() throws Exception {
        Path csv = dir.resolve("provinsi.csv");
        String text = "Nomor Induk Kependudukan,Nama,Jenis Kelamin,Tgl Lahir,Tempat Lahir,Kec.,Sumber Dana,Mulai,Lama (bulan)\r\n"
                + "5310015204850001,Anastasia Ndéa,Perempuan,12 April 1985,Ruteng,Langke Rembong,APBD Provinsi NTT,Januari 2026,6\r\n"
                + "5310011205850002,José Mbaru,Laki-laki,12/05/1985,Ruteng,Langke Rembong,APBD Provinsi NTT,02/2026,12\r\n";
        Files.write(csv, text.getBytes(Charset.forName("windows-1252")));

        try (PayungServices s = open()) {
            ImportService.Report r = s.imports().importFile(csv, ImportOptions.defaults(), ImportService.Progress.NONE);

            assertThat(r.problems()).isEmpty();
            assertThat(r.imported()).isEqualTo(2);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::funderCode,
                    EnrollmentSummary::firstMonth, EnrollmentSummary::lastMonth).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Anastasia Ndéa", "APBD-PROV-NTT", YearMonth.of(2026, 1),
                            YearMonth.of(2026, 6)),
                    org.assertj.core.groups.Tuple.tuple("José Mbaru", "APBD-PROV-NTT", YearMonth.of(2026, 2),
                            YearMonth.of(2027, 1)));
        }
    }

    /**
     * A list's months are the form's ({@link id.payung.domain.EnrollmentRules#MAX_MONTHS}): 60 are imported; 61 (and
     * 999, which the import used to take) are the row's error naming its column and value, whether counted in a
     * months column, given by a last month, or typed for the whole file in the window.
     */
    @Test
    void aRowOfMoreMonthsThanTheFormAllowsIsRefusedWithItsColumn() throws Exception {
        int max = id.payung.domain.EnrollmentRules.MAX_MONTHS;
        Path counted = dir.resolve("lama.csv");
        Files.writeString(counted, "NIK;Nama;Kecamatan;Mulai;Lama (bulan)\n"
                + "5310015204850001;Maria;Ruteng;01/2026;" + max + "\n"
                + "5310011205850002;Yohanes;Ruteng;01/2026;" + (max + 1) + "\n"
                + "5310011205850003;Agus;Ruteng;01/2026;999\n");
        Path dated = dir.resolve("sampai.csv");
        Files.writeString(dated, "NIK;Nama;Kecamatan;Mulai;Sampai\n"
                + "5310011205850004;Stefanus;Ruteng;01/2026;12/2030\n"
                + "5310011205850005;Kornelis;Ruteng;01/2026;01/2031\n"
                + "5310011205850007;Benediktus;Ruteng;01/2019;12/2025\n");
        Path plain = dir.resolve("tanpa-periode.csv");
        Files.writeString(plain, "NIK;Nama;Kecamatan\n5310011205850006;Lusia;Ruteng\n");
        ImportOptions kabupaten = ImportOptions.defaults().withFunder("APBD-KAB-MGR");

        try (PayungServices s = open()) {
            ImportService.Report r = s.imports().importFile(counted, kabupaten.skippingInvalid(), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value,
                    p -> p.problem().code(), p -> p.problem().error()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, "Lama (bulan)", "61", "MONTHS_RANGE", true),
                    org.assertj.core.groups.Tuple.tuple(4, "Lama (bulan)", "999", "MONTHS_RANGE", true));
            assertThat(r.problems().get(0).problem().args()).containsExactly(String.valueOf(max));
            assertThat(register(s)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::lastMonth)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Maria", YearMonth.of(2030, 12)));

            ImportService.Report d = s.imports().importFile(dated, kabupaten.skippingInvalid(), ImportService.Progress.NONE);
            assertThat(d.imported()).as("01/2026–12/2030: 60 months; 01/2019–12/2025, ended: 84 months said").isEqualTo(2);
            assertThat(d.problems()).extracting(RowProblem::row, RowProblem::column, p -> p.problem().code(),
                    p -> p.problem().args()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, "Sampai", "PERIOD_TOO_LONG", List.of("61", "60")),
                    org.assertj.core.groups.Tuple.tuple(4, "Sampai", "PERIOD_LONG_ENDED", List.of("84", "60")));

            ImportService.Report w = s.imports().importFile(plain, kabupaten.withPeriod(YearMonth.of(2026, 1), max + 1),
                    ImportService.Progress.NONE);
            assertThat(w.written()).isFalse();
            assertThat(w.problems()).singleElement().satisfies(p -> {
                assertThat(p.absent()).as("no column of the file: the window's months").isTrue();
                assertThat(p.value()).isEqualTo("61");
                assertThat(p.problem().field()).isEqualTo(id.payung.domain.FormProblem.Field.MONTHS);
                assertThat(p.problem().code()).isEqualTo("MONTHS_RANGE");
            });
        }
        // Worded from the bundles in both languages: "Jumlah bulan: harus bilangan bulat 1–60."
        for (java.util.Locale l : List.of(java.util.Locale.forLanguageTag("id"), java.util.Locale.ENGLISH)) {
            java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("i18n.messages", l,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
            assertThat(java.text.MessageFormat.format(b.getString("problem.MONTHS_RANGE"), String.valueOf(max))).contains("60");
            assertThat(java.text.MessageFormat.format(b.getString("problem.PERIOD_TOO_LONG"), "61", "60")).contains("61", "60");
        }
    }

    @Test
    void xlsxWithTitleRowMergedHeaderDateCellsAndANikExcelRuined() throws Exception {
        Path xlsx = dir.resolve("daftar.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); Workbook wb = new Workbook(out, "Payung test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Lampiran");
            ws.value(0, 0, "LAMPIRAN KEPUTUSAN BUPATI MANGGARAI");
            ws.range(0, 0, 0, 6).merge();
            ws.value(1, 0, "No");
            ws.value(1, 1, "NIK");
            ws.value(1, 2, "Nama");
            ws.value(1, 3, "Tanggal Lahir");
            ws.value(1, 4, "Alamat");
            ws.range(1, 4, 1, 5).merge();
            ws.value(1, 6, "Pekerjaan");
            ws.value(2, 4, "Desa");
            ws.value(2, 5, "Kecamatan");
            ws.value(3, 0, 1);
            ws.value(3, 1, "5310015204850001");
            ws.value(3, 2, "Maria Jelita");
            ws.value(3, 3, LocalDate.of(1985, 4, 12));
            ws.style(3, 3).format("dd/mm/yyyy").set();
            ws.value(3, 4, "Wali");
            ws.value(3, 5, "Langke Rembong");
            ws.value(3, 6, "Buruh tani");
            ws.value(4, 0, 2);
            ws.value(4, 1, 5310011205850010L); // typed as a number: Excel turned the last digit into 0
            ws.value(4, 2, "Yohanes");
            ws.value(4, 3, LocalDate.of(1985, 5, 12));
            ws.style(4, 3).format("dd/mm/yyyy").set();
            ws.value(4, 5, "Langke Rembong");
            ws.value(4, 6, "Ojek");
        }

        try (PayungServices s = open()) {
            ImportService.Report refused = s.imports().importFile(xlsx, kabupaten2026(), ImportService.Progress.NONE);
            assertThat(refused.written()).isFalse();
            assertThat(refused.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(5);
                assertThat(p.column()).isEqualTo("NIK");
                assertThat(p.value()).isEqualTo("531001********10");
                assertThat(p.problem().code()).isEqualTo("NIK_EXCEL_LAST_DIGIT");
            });
            assertThat(register(s)).isEmpty();

            ImportService.Report r = s.imports().importFile(xlsx, kabupaten2026().skippingInvalid(),
                    ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(1);
            assertThat(register(s)).singleElement().satisfies(e -> {
                assertThat(e.desaName()).isEqualTo("Wali");
                assertThat(e.kecamatanName()).isEqualTo("Langke Rembong");
                assertThat(e.occupationName()).isEqualTo("Buruh tani");
            });
        }
    }

    @Test
    void aFileWithFiveKindsOfBadRowsIsRefusedWholeAndItsGoodRowsImportWhenAsked() throws Exception {
        Path csv = dir.resolve("campur.csv");
        Files.writeString(csv, "NIK;Nama;JK;Tgl Lahir;Kecamatan\n"
                + "5310015204850001;Maria;P;12/04/1985;Ruteng\n"
                + "5.31001E+15;Excel Ilmiah;L;01/01/1990;Ruteng\n"
                + "531001120585000;Lima Belas;L;12/05/1985;Ruteng\n"
                + "5310011205850003;Tanggal Salah;L;31/02/1985;Ruteng\n"
                + "5310011205850004;Kelamin;X;12/05/1985;Ruteng\n"
                + "5310011205850005;Entah;L;12/05/1985;Kecamatan Fiktif\n"
                + "5310011205850006;Yohanes;L;12/05/1985;Ruteng\n");

        try (PayungServices s = open()) {
            ImportService.Report refused = s.imports().importFile(csv, kabupaten2026(), ImportService.Progress.NONE);
            assertThat(refused.rejected()).isEqualTo(5);
            assertThat(refused.written()).isFalse();
            assertThat(refused.problems()).extracting(RowProblem::row).containsExactly(3, 4, 5, 6, 7);
            assertThat(refused.problems()).extracting(p -> p.problem().code()).containsExactly("NIK_EXCEL_SCIENTIFIC",
                    "NIK_EXCEL_CUT_DIGITS", "IMPORT_DATE", "IMPORT_SEX", "IMPORT_UNKNOWN_KECAMATAN_NEAREST");
            assertThat(register(s)).isEmpty();

            ImportService.Report partial = s.imports().importFile(csv, kabupaten2026().skippingInvalid(),
                    ImportService.Progress.NONE);
            assertThat(partial.imported()).isEqualTo(2);
            assertThat(register(s)).extracting(EnrollmentSummary::fullName).containsExactly("Maria", "Yohanes");
        }
    }

    @Test
    void correctionsGoThroughTheSameChecksAndTheFileStaysAsItWas() throws Exception {
        Path csv = dir.resolve("perbaiki.csv");
        String content = "NIK;Nama;JK;Tgl Lahir;Kecamatan\n"
                + "5310015204850001;Maria;P;12/04/1985;Ruteng\n"
                + "5310011205850003;Tanggal Salah;L;31/02/1985;Ruteng\n"
                + "5.31001E+15;Excel Ilmiah;L;01/01/1990;Ruteng\n";
        Files.writeString(csv, content);
        try (PayungServices s = open()) {
            ImportService.Report refused = s.imports().importFile(csv, kabupaten2026(), ImportService.Progress.NONE);
            assertThat(refused.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, "Tgl Lahir"), org.assertj.core.groups.Tuple.tuple(4, "NIK"));

            // A correction that is still wrong is refused like a value from the file.
            ImportOptions stillWrong = kabupaten2026().withFixes(java.util.Map.of(
                    new ImportOptions.CellFix(3, "Tgl Lahir"), "12/05/1985",
                    new ImportOptions.CellFix(4, "NIK"), "531001010190"));
            ImportService.Report again = s.imports().importFile(csv, stillWrong, ImportService.Progress.NONE);
            assertThat(again.written()).isFalse();
            assertThat(again.problems()).extracting(RowProblem::row).containsExactly(4);
            assertThat(again.problems().get(0).problem().code()).startsWith("NIK_");

            ImportOptions fixed = kabupaten2026().withFixes(java.util.Map.of(
                    new ImportOptions.CellFix(3, "Tgl Lahir"), "12/05/1985",
                    new ImportOptions.CellFix(4, "NIK"), "5310010101900004"));
            ImportService.Report done = s.imports().importFile(csv, fixed, ImportService.Progress.NONE);
            assertThat(done.imported()).isEqualTo(3);
            assertThat(done.problems()).isEmpty();
            assertThat(register(s)).extracting(EnrollmentSummary::fullName)
                    .containsExactly("Excel Ilmiah", "Maria", "Tanggal Salah");
            assertThat(Files.readString(csv)).as("the clerk's file is not changed").isEqualTo(content);

            // Trial 16 M5: the import's entry says which cells the clerk changed against the village's file, from what
            // to what (a NIK masked), in the entry's words and its full record; the earlier refused tries wrote none.
            List<id.payung.service.AuditRecord> imports = s.audit().search(new id.payung.service.AuditFilter(null, null,
                    null, id.payung.domain.AuditTopic.IMPORTS, null), 0, 10).rows();
            assertThat(imports).hasSize(1);
            id.payung.service.PersonHistory.Change entry = imports.get(0).change();
            assertThat(entry.after()).contains("\"corrected_cells\":2", "\"fix1_row\":3", "\"fix1_column\":\"Tgl Lahir\"",
                    "\"fix1_file\":\"31/02/1985\"", "\"fix1_value\":\"12/05/1985\"", "\"fix2_row\":4",
                    "\"fix2_column\":\"NIK\"", "\"fix2_file\":\"5.31001E+15\"", "\"fix2_value\":\"531001********04\"")
                    .doesNotContain("5310010101900004");
            id.payung.service.AuditWords words = new id.payung.service.AuditWords(java.util.ResourceBundle.getBundle(
                    "i18n.messages", java.util.Locale.forLanguageTag("id"), java.util.ResourceBundle.Control
                            .getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT)), List.of(),
                    id.payung.service.AuditWords.Names.of(s.reference()));
            String cell3 = "Sel baris 3, kolom \"Tgl Lahir\" diperbaiki petugas: 31/02/1985 → 12/05/1985";
            String cell4 = "Sel baris 4, kolom \"NIK\" diperbaiki petugas: 5.31001E+15 → 531001********04";
            assertThat(words.details(entry)).contains("Sel diperbaiki petugas: 2", cell3 + "; " + cell4)
                    .doesNotContain("fix1", "5310010101900004");
            assertThat(words.fullRecord(entry)).contains(cell3 + "\n  " + cell4).doesNotContain("fix2");
        }
    }

    /**
     * Trial 18-1 M5: a person who came in by a list had "no change recorded" in their history, while Jejak audit found
     * the import; now their history names the list, with the cells corrected in their own row only.
     */
    @Test
    void aPersonsHistoryNamesTheListThatBroughtThemAndTheirRowsCorrections() throws Exception {
        Path csv = dir.resolve("riwayat.csv");
        Files.writeString(csv, "NIK;Nama;JK;Tgl Lahir;Kecamatan\n"
                + "5310015204850001;Maria;P;12/04/1985;Ruteng\n"
                + "5310011205850003;Tanggal Salah;L;31/02/1985;Ruteng\n"
                + "5.31001E+15;Excel Ilmiah;L;01/01/1990;Ruteng\n");
        try (PayungServices s = open()) {
            ImportService.Report done = s.imports().importFile(csv, kabupaten2026().withFixes(java.util.Map.of(
                    new ImportOptions.CellFix(3, "Tgl Lahir"), "12/05/1985",
                    new ImportOptions.CellFix(4, "NIK"), "5310010101900004")), ImportService.Progress.NONE);
            assertThat(done.imported()).isEqualTo(3);
            java.util.Map<String, Long> ids = new java.util.HashMap<>();
            java.util.function.Function<String, List<id.payung.service.PersonHistory.Change>> imports = nik -> s
                    .enrollments().history(ids.computeIfAbsent(nik, n -> s.enrollments().personByNik(n).orElseThrow().id()))
                    .changes().stream().filter(c -> c.entity().equals("import_batch")).toList();

            List<id.payung.service.PersonHistory.Change> excel = imports.apply("5310010101900004");
            assertThat(excel).extracting(id.payung.service.PersonHistory.Change::action).containsExactly("IMPORT");
            assertThat(excel.get(0).after()).contains("\"file\":\"riwayat.csv\"", "\"fix2_row\":4",
                    "\"fix2_value\":\"531001********04\"").doesNotContain("fix1_");
            id.payung.service.AuditWords words = new id.payung.service.AuditWords(java.util.ResourceBundle.getBundle(
                    "i18n.messages", java.util.Locale.forLanguageTag("id"), java.util.ResourceBundle.Control
                            .getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT)), List.of(),
                    id.payung.service.AuditWords.Names.of(s.reference()));
            assertThat(words.details(excel.get(0))).contains("Berkas: riwayat.csv",
                    "Sel baris 4, kolom \"NIK\" diperbaiki petugas: 5.31001E+15 → 531001********04")
                    .doesNotContain("baris 3", "fix2", "person", "Baris dibaca", "Sel diperbaiki petugas: 2");

            assertThat(imports.apply("5310011205850003").get(0).after()).contains("\"fix1_row\":3")
                    .doesNotContain("fix2_");
            List<id.payung.service.PersonHistory.Change> maria = imports.apply("5310015204850001");
            assertThat(maria).hasSize(1);
            assertThat(maria.get(0).after()).contains("\"file\":\"riwayat.csv\"").doesNotContain("fix1_", "fix2_");

            // Undone: the history says so too.
            long batch = Long.parseLong(maria.get(0).entityId());
            s.imports().undo(batch);
            assertThat(imports.apply("5310015204850001")).extracting(id.payung.service.PersonHistory.Change::action)
                    .containsExactly("IMPORT", "UNDO_IMPORT");
        }
    }

    @Test
    void aLargeFileIsCheckedAgainstTheDatabaseChunkByChunk() throws Exception {
        // More rows than one NIK look-up holds, some people already registered: each row still gets its outcome.
        Path first = dir.resolve("awal.csv");
        Path second = dir.resolve("besar.csv");
        try (var w = Files.newBufferedWriter(first); var w2 = Files.newBufferedWriter(second)) {
            id.payung.service.DemoData.writeCsv(w, 700, 7);
            id.payung.service.DemoData.writeCsv(w2, 1500, 7); // the same 700 first, then 800 new
        }
        try (PayungServices s = open()) {
            assertThat(s.imports().importFile(first, ImportOptions.defaults(), ImportService.Progress.NONE).imported())
                    .isEqualTo(700);
            ImportService.Report r = s.imports().importFile(second, ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(r.read()).isEqualTo(1500);
            assertThat(r.duplicates()).isEqualTo(700);
            assertThat(r.imported()).isEqualTo(800);
            assertThat(r.problems()).extracting(RowProblem::row).isSorted();
            assertThat(s.register().counts(RegisterFilter.all()).total()).isEqualTo(1500);
        }
    }

    @Test
    void importingTheSameFileTwiceAddsNothingAndABatchCanBeUndone() throws Exception {
        Path csv = dir.resolve("dua.csv");
        Files.writeString(csv, "NIK;Nama;Kecamatan\n5310015204850001;Maria;Ruteng\n5310011205850002;Yohanes;Ruteng\n"
                + "5310011205850002;YOHANES;Ruteng\n"); // the same person written again: skipped, not an error

        try (PayungServices s = open()) {
            ImportService.Report first = s.imports().importFile(csv, kabupaten2026(), ImportService.Progress.NONE);
            assertThat(first.imported()).isEqualTo(2);
            assertThat(first.duplicates()).isEqualTo(1);
            // The problem says whom it is about and which row it repeats (a new-user trial: neither was said).
            assertThat(first.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(4);
                assertThat(p.name()).isEqualTo("YOHANES");
                assertThat(p.problem().args()).containsExactly("3");
            });
            String digest = digest();

            ImportService.Report again = s.imports().importFile(csv, kabupaten2026(), ImportService.Progress.NONE);
            assertThat(again.imported()).isZero();
            assertThat(again.duplicates()).isEqualTo(3);
            assertThat(again.written()).isFalse();
            assertThat(digest()).as("the second import changed nothing at all").isEqualTo(digest);

            assertThat(s.imports().batches()).hasSize(1);
            assertThat(s.imports().undo(first.batchId())).isEqualTo(2);
            assertThat(register(s)).isEmpty();
            assertThat(s.imports().batches().get(0).undoneAt()).isNotNull();
        }
    }

    /**
     * Found by a new-user trial: a province list for 06/2026–05/2027 over people enrolled by the same funder for
     * 01/2026–12/2026 was skipped as "the same funder and period", so 2027 counted 3 instead of 10, under a green
     * "done". The same funder for another, overlapping period is refused as the form refuses it; only the same
     * period is a duplicate.
     */
    @Test
    void theSameFunderForAnotherOverlappingPeriodIsRefusedNotSkippedAsADuplicate() throws Exception {
        Path csv = dir.resolve("provinsi.csv");
        Files.writeString(csv, "NIK;Nama;Kecamatan\n5310015204850001;Maria;Ruteng\n5310011205850002;Yohanes;Ruteng\n");
        ImportOptions year2026 = ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2026, 1), 12);
        ImportOptions fromJune = ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2026, 6), 12);
        ImportOptions inside = ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2026, 3), 6);
        ImportOptions earlier = ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2025, 7), 12);

        try (PayungServices s = open()) {
            assertThat(s.imports().importFile(csv, year2026, ImportService.Progress.NONE).imported()).isEqualTo(2);
            String digest = digest();

            ImportService.Report june = s.imports().importFile(csv, fromJune, ImportService.Progress.NONE);
            assertThat(june.written()).isFalse();
            assertThat(june.duplicates()).isZero();
            assertThat(june.rejected()).isEqualTo(2);
            assertThat(june.problems()).extracting(p -> p.problem().code(), p -> p.problem().error())
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("OVERLAP", true));
            assertThat(june.problems().get(0).problem().args()).containsExactly("APBD Provinsi NTT", "01/2026", "12/2026");
            assertThat(digest()).as("a refused file writes nothing").isEqualTo(digest);

            ImportService.Report before = s.imports().importFile(csv, earlier, ImportService.Progress.NONE);
            assertThat(before.rejected()).as("07/2025–06/2026 adds months before 01–12/2026").isEqualTo(2);
            // Review 11: a period the enrollment already covers whole adds nothing: a duplicate, not a refusal.
            ImportService.Report within = s.imports().importFile(csv, inside, ImportService.Progress.NONE);
            assertThat(within.duplicates()).as("03–08/2026 lies within 01–12/2026").isEqualTo(2);
            assertThat(within.rejected()).isZero();

            ImportService.Report again = s.imports().importFile(csv, year2026, ImportService.Progress.NONE);
            assertThat(again.duplicates()).isEqualTo(2);
            assertThat(again.problems()).extracting(p -> p.problem().code()).containsOnly("IMPORT_DUPLICATE_IN_DB");
        }
    }

    @Test
    void cancellingLeavesTheDatabaseAsItWas() throws Exception {
        StringBuilder rows = new StringBuilder("NIK;Nama;Kecamatan\n");
        for (int i = 1; i <= 1500; i++) {
            rows.append(String.format("531001120585%04d;%s;Ruteng%n", i, id.payung.service.TestData.name("Peserta", i)));
        }
        Path csv = dir.resolve("besar.csv");
        Files.writeString(csv, rows);

        try (PayungServices s = open()) {
            String before = digest();
            int[] calls = {0};
            ImportService.Report r = s.imports().importFile(csv, kabupaten2026(), new ImportService.Progress() {
                @Override
                public void rows(long done) {
                    calls[0]++;
                }

                @Override
                public boolean cancelled() {
                    return calls[0] >= 2; // part-way through writing
                }
            });
            assertThat(r.cancelled()).isTrue();
            assertThat(r.written()).isFalse();
            assertThat(digest()).isEqualTo(before);
        }
    }

    @Test
    void theTemplateCarriesTheHeadersTheImportReadsAndDropDownLists() throws Exception {
        Path template = dir.resolve("templat.xlsx");
        try (PayungServices s = open()) {
            s.imports().writeTemplate(template, "DAFTAR PEKERJA RENTAN");
            ImportService.Preview p = s.imports().preview(template, kabupaten2026());
            assertThat(p.headerRow()).isEqualTo(3);
            assertThat(p.mapping()).hasSize(TemplateWriter.HEADERS.size());
            assertThat(p.mapping().values()).contains(Column.NIK, Column.NAME, Column.SEX, Column.DESA, Column.KECAMATAN,
                    Column.OCCUPATION, Column.FUNDER, Column.FIRST_MONTH, Column.MONTHS);
            // A perangkat desa's row is asked for a wage: the template must have the column (trial 18).
            assertThat(p.mapping().values()).contains(Column.INCOME);
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(template.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(sheet).contains("<dataValidation").contains("Pilihan");
        }
    }

    @Test
    void whatCannotBeReadAtAllIsSaidOnce() throws Exception {
        Path xls = dir.resolve("lama.xls");
        Files.write(xls, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0});
        Path noHeader = dir.resolve("angka.csv");
        Files.writeString(noHeader, "1;2;3\n4;5;6\n");
        try (PayungServices s = open()) {
            assertThatThrownBy(() -> s.imports().importFile(xls, kabupaten2026(), ImportService.Progress.NONE))
                    .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo("FILE_XLS"));
            assertThatThrownBy(() -> s.imports().importFile(noHeader, kabupaten2026(), ImportService.Progress.NONE))
                    .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo("NO_HEADER"));
            assertThatThrownBy(() -> s.imports().importFile(noHeader, ImportOptions.defaults().withFunder("Bank Dunia"),
                    ImportService.Progress.NONE)).isInstanceOfSatisfying(ImportFileException.class,
                    e -> assertThat(e.code()).isEqualTo("UNKNOWN_FUNDER_OPTION"));
            Path noFunder = dir.resolve("tanpa-dana.csv");
            Files.writeString(noFunder, "NIK;Nama\n5310015204850001;Maria\n");
            assertThatThrownBy(() -> s.imports().importFile(noFunder, ImportOptions.defaults(), ImportService.Progress.NONE))
                    .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo("NO_FUNDER"));
            assertThatThrownBy(() -> s.imports().importFile(noFunder, ImportOptions.defaults().withFunder("CSR"),
                    ImportService.Progress.NONE)).isInstanceOfSatisfying(ImportFileException.class,
                    e -> assertThat(e.code()).isEqualTo("NO_PERIOD"));
        }
    }

    @Test
    void rowsWhoseDesaCellIsBlankAreCountedAsGoingInWithoutADesa() throws Exception {
        // Trial 20: the list has a Desa column, two cells left blank; a NIK on two names turns both its rows down.
        Path file = Files.writeString(dir.resolve("desa-kosong.csv"), "NIK;Nama;Kecamatan;Desa\n"
                + "5310034507900001;Agnes Jelita;Ruteng;Cumbi\n"
                + "5310035503860002;Maria Sanjaya;Ruteng;\n"
                + "5310031203850003;Yosef Ndala;Ruteng;\n"
                + "5310031203850003;Yohanes Ndala;Ruteng;\n");
        try (PayungServices s = open()) {
            ImportService.Report checked = s.imports().importFile(file, kabupaten2026().dry(), ImportService.Progress.NONE);
            assertThat(checked.imported()).isEqualTo(2);
            assertThat(checked.withoutDesa()).as("Maria's row; not the two turned down").isEqualTo(1);

            ImportService.Report done = s.imports().importFile(file, new ImportOptions("APBD-KAB-MGR",
                    YearMonth.of(2026, 1), 12, null, true, false, null), ImportService.Progress.NONE);
            assertThat(done.imported()).isEqualTo(2);
            assertThat(done.withoutDesa()).isEqualTo(1);
            assertThat(register(s)).filteredOn(e -> e.fullName().equals("Maria Sanjaya")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.desaName()).as("no desa: the register shows \"–\"").isNull();
                        assertThat(e.kecamatanName()).isEqualTo("Ruteng");
                    });
        }
    }
}
