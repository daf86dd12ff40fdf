package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.ui.imports.ImportViewModel;
import id.payung.ui.reports.ReportsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The save dialog no longer deletes the file the user agreed to replace: the window's exports replace it
 * themselves once written, keep the format of its name, and report the real file as saved.
 */
class ReplacingSavesTest {
    @TempDir
    Path dir;

    @Test
    void theImportScreensSavesReplaceTheChosenFilesAndReportThem() throws Exception {
        Path out = Files.createDirectories(dir.resolve("keluar"));
        Path template = Files.writeString(out.resolve("templat-daftar-pekerja.xlsx"), "old");
        Path problems = Files.writeString(out.resolve("masalah-impor.xlsx"), "old");
        Path broken = Files.writeString(dir.resolve("rusak 2026.csv"), "NIK;Nama;Kecamatan\n5.31001E+15;Agus;Ruteng\n");
        List<Path> saved = new ArrayList<>();
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.fileProperty().set(broken);
            model.check();

            model.writeTemplate(template, "DAFTAR PEKERJA RENTAN", saved::add);
            model.saveProblems(problems, List.of("Baris", "Nama", "Kolom", "Nilai", "Masalah"), p -> p.problem().code(), saved::add);
        }

        assertThat(saved).containsExactly(template, problems);
        try (ReadableWorkbook wb = new ReadableWorkbook(template.toFile())) {
            assertThat(wb.getFirstSheet()).isNotNull();
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(problems.toFile())) {
            // An .xlsx although it was written under a temporary .part name.
            assertThat(wb.getFirstSheet().read().get(1).getCellText(4)).isEqualTo("NIK_EXCEL_SCIENTIFIC");
        }
        assertThat(names(out)).containsExactly("masalah-impor.xlsx", "templat-daftar-pekerja.xlsx");
    }

    @Test
    void theReportsScreenReplacesAnEarlierTable() throws Exception {
        Path out = Files.createDirectories(dir.resolve("keluar"));
        Path table = Files.writeString(out.resolve("lanjut-mandiri-2026.csv"), "old");
        List<Path> saved = new ArrayList<>();
        try (PayungServices s = TestData.seeded(dir)) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
            ReportsViewModel model = new ReportsViewModel(s, new DirectTaskExecutor(), TestData.CLOCK);
            model.load();

            model.exportTransitions(table, saved::add);
        }

        assertThat(saved).containsExactly(table);
        assertThat(Files.readString(table)).startsWith("\uFEFFTahun berakhir dibiayai pemerintah;")
                .contains("\n2025;1;1;100,0;1;100800;12;8400");
        assertThat(names(out)).containsExactly("lanjut-mandiri-2026.csv");
    }

    @Test
    void aFileThatCouldNotBeReplacedIsExplainedInTheUsersLanguage() throws Exception {
        Path open = Files.createDirectories(dir.resolve("peserta.xlsx")); // stands in for a file Excel holds open
        Files.writeString(open.resolve("isi"), "x");
        Throwable failure;
        try (PayungServices s = TestData.seeded(dir)) {
            failure = org.assertj.core.api.Assertions.catchThrowable(() -> s.exports().replacingExisting()
                    .enrollments(id.payung.domain.RegisterFilter.all(), open, false));
        }

        assertThat(UserMessages.describe(I18n.bundle(I18n.INDONESIAN), failure))
                .startsWith("Berkas " + open + " tidak dapat diganti").endsWith("Berkas lama tidak berubah.");
        assertThat(UserMessages.describe(I18n.bundle(I18n.ENGLISH), failure))
                .contains("open in another program (such as Excel)").endsWith("The old file is unchanged.");
    }

    /**
     * The save dialog confirms an overwrite, but the problem list never replaces the list being imported nor a database
     * (the open one, another office's): the clerk who picked either there lost it whole (trial 20b H1).
     */
    @Test
    void theProblemListNeverReplacesTheListItselfOrADatabase() throws Exception {
        Path broken = Files.writeString(dir.resolve("rusak 2026.csv"), "NIK;Nama;Kecamatan\n5.31001E+15;Agus;Ruteng\n");
        Path other = Files.createDirectories(dir.resolve("lain"));
        TestData.seeded(other).close();
        Path otherDb = other.resolve("payung.db");
        Path db = dir.resolve("payung.db");
        try (PayungServices s = TestData.seeded(dir)) {
            ImportViewModel model = new ImportViewModel(s.imports(), s.reference(), new DirectTaskExecutor(),
                    YearMonth.of(2026, 1), () -> { });
            model.load();
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("MANDIRI")).findFirst().orElseThrow());
            model.fileProperty().set(broken);
            model.check();
            for (Path target : new Path[] {broken, db, otherDb}) {
                byte[] before = Files.readAllBytes(target);
                Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> model.saveProblems(target,
                        List.of("Baris", "Nama", "Kolom", "Nilai", "Masalah"), p -> p.problem().code(), p -> { }));
                assertThat(failure).as(target.toString()).isNotNull();
                assertThat(Files.readAllBytes(target)).as(target.toString()).isEqualTo(before);
                assertThat(UserMessages.describe(I18n.bundle(I18n.INDONESIAN), failure.getCause()))
                        .contains("tidak ditimpa").contains("Pilih nama berkas lain");
            }
            assertThat(model.savedProperty().get()).isNull();
        }
    }

    private static List<String> names(Path folder) throws java.io.IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
