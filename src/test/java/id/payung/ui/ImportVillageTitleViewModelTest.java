package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.FundingSource;
import id.payung.service.TestRegions;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.RowProblem;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import window's model with a village's list as a new user met it ("DAFTAR PESERTA DESA NDEHES.csv": two title
 * rows, one naming the funder, Excel's 5.31001E+15, a 15-digit NIK, a signature block): what is no NIK shown so the
 * row is found, the funder proposed from the title, Impor not offered twice, the saved list's line gone with the file.
 */
class ImportVillageTitleViewModelTest {
    @TempDir
    Path dir;

    private static ImportViewModel model(PayungServices s) {
        return ImportScreen.loaded(s, YearMonth.of(2026, 3));
    }

    /** The problem sentences as the window words them. */
    private static List<String> reasons(ImportViewModel model) {
        ResourceBundle words = I18n.bundle(I18n.INDONESIAN);
        return model.problems().stream().map(p -> MessageFormat.format(words.getString("problem." + p.problem().code()),
                model.shownArgs(p))).toList();
    }

    @Test
    void theFunderTheTitleNamesIsProposedAndSaidAndTheRowsAreCheckedWithIt() {
        Path list = TestRegions.resource("village/DAFTAR PESERTA DESA NDEHES.csv", dir);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(list);

            model.check();

            assertThat(model.funderProperty().get()).as("proposed from the title").isNotNull()
                    .extracting(FundingSource::code).isEqualTo("APBDES-MGR");
            assertThat(model.funders()).as("the box's own entry").contains(model.funderProperty().get());
            assertThat(model.funderFromTitleProperty().get().text()).isEqualTo("SUMBER DANA: APBDes NDEHES");
            assertThat(model.funderFromTitleProperty().get().fromFileName()).isFalse();
            assertThat(model.fileProblemProperty().get()).as("no 'no funder column'").isNull();
            assertThat(model.checkedProperty().get().read()).isEqualTo(4);
            assertThat(model.kecamatanFromTitleProperty().get().name()).isEqualTo("Wae Rii");
            assertThat(model.firstMonthProperty().get()).isEqualTo("01/2026");

            // The clerk's choice is theirs: no longer "proposed", and not replaced by the next check.
            model.funderProperty().set(ImportScreen.funder(model, "APBD-KAB-MGR"));
            assertThat(model.funderFromTitleProperty().get()).isNull();
            model.check();
            assertThat(model.funderProperty().get().code()).isEqualTo("APBD-KAB-MGR");
        }
    }

    @Test
    void aFunderChosenBeforeTheFileIsNeverOverwritten() {
        Path list = TestRegions.resource("village/DAFTAR PESERTA DESA NDEHES.csv", dir);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.fileProperty().set(list);
            model.check();
            assertThat(model.funderProperty().get().code()).isEqualTo("MANDIRI");
            assertThat(model.funderFromTitleProperty().get()).isNull();
        }
    }

    @Test
    void theFileNameProposesTheFunderWhenNoTitleDoesAndAnotherFileProposesAnew() throws Exception {
        String rows = "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Lalong\n";
        Path named = Files.writeString(dir.resolve("Daftar Peserta APBDes Desa Lalong 2026.csv"), rows);
        Path kabupaten = Files.writeString(dir.resolve("daftar.csv"), "Sumber Dana : APBD Kabupaten;;\n;;\n" + rows);
        Path silent = Files.writeString(dir.resolve("lalong.csv"), rows);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(named);
            model.check();
            assertThat(model.funderProperty().get().code()).isEqualTo("APBDES-MGR");
            assertThat(model.funderFromTitleProperty().get().fromFileName()).isTrue();
            assertThat(model.funderFromTitleProperty().get().text()).isEqualTo("Daftar Peserta APBDes Desa Lalong 2026.csv");

            model.fileProperty().set(kabupaten);
            model.check();
            assertThat(model.funderProperty().get().code()).isEqualTo("APBD-KAB-MGR");
            assertThat(model.funderFromTitleProperty().get().text()).isEqualTo("Sumber Dana : APBD Kabupaten");

            model.fileProperty().set(silent);
            model.check();
            assertThat(model.funderProperty().get()).as("a file that names none: the clerk chooses").isNull();
            assertThat(model.funderFromTitleProperty().get()).isNull();
            assertThat(model.fileProblemProperty().get().code()).isEqualTo("NO_FUNDER");
        }
    }

    /**
     * A trial: "*********** adalah NIK yang dirusak Excel" and a 15-digit NIK all stars; the clerk could not find the
     * rows in the village's sheet. What is no NIK is shown as the file has it or masked as a NIK is, never whole.
     */
    @Test
    void whatIsNoNikIsShownSoTheRowIsFoundAndNoFullNikIsShown() throws Exception {
        Path list = TestRegions.resource("village/DAFTAR PESERTA DESA NDEHES.csv", dir);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(list);
            model.check();

            List<RowProblem> nik = model.problems().stream().filter(p -> p.column().equals("NIK")).toList();
            assertThat(nik).extracting(RowProblem::row, RowProblem::value, p -> p.problem().code()).containsExactly(
                    tuple(6, "5.31001E+15", "NIK_EXCEL_SCIENTIFIC"), tuple(7, "531001*******03", "NIK_EXCEL_CUT_DIGITS"));
            assertThat(reasons(model)).contains("5.31001E+15 adalah NIK yang dirusak Excel (notasi ilmiah). Ketik ulang "
                    + "dari KTP dan simpan kolom NIK di Excel sebagai Teks.");
            assertThat(model.mapping().get(1).example()).as("a valid NIK still masked").isEqualTo("531001********01");

            Path saved = dir.resolve("masalah-impor.csv");
            model.saveProblems(saved, List.of("Baris", "Nama", "Kolom", "Nilai", "Masalah"),
                    p -> MessageFormat.format(I18n.bundle(I18n.INDONESIAN).getString("problem." + p.problem().code()),
                            model.shownArgs(p)), path -> { });
            String file = Files.readString(saved);
            assertThat(file).contains("5.31001E+15 adalah NIK").contains("531001*******03");
            assertThat(file).doesNotContainPattern("\\d{16}").doesNotContain("531001010190003");
        }
    }

    /** A trial: Impor stayed enabled after a finished import, and a second press found only duplicates. */
    @Test
    void afterAFinishedImportImporIsOffUntilTheFileOrASettingChanges() throws Exception {
        Path list = TestRegions.resource("village/DAFTAR PESERTA DESA NDEHES.csv", dir);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.fileProperty().set(list);
            model.check();
            model.skipInvalidProperty().set(true);
            assertThat(model.importDoneProperty().get()).isFalse();

            model.importNow();

            assertThat(model.importedProperty().get().imported()).isEqualTo(2);
            assertThat(model.importDoneProperty().get()).as("done: nothing new to press for").isTrue();
            model.monthsProperty().set("6");
            assertThat(model.importDoneProperty().get()).as("a setting changed").isFalse();

            model.importNow();
            assertThat(model.importDoneProperty().get()).isTrue();
            // A row corrected: worth importing again.
            RowProblem cut = model.problems().stream().filter(p -> p.row() == 7 && p.column().equals("NIK")).findFirst()
                    .orElseThrow();
            model.fix(cut, "5310010101900003");
            assertThat(model.importDoneProperty().get()).isFalse();

            model.importNow();
            assertThat(model.importDoneProperty().get()).isTrue();
            model.mapping().get(6).column().set(null); // "Pekerjaan" ignored: the file read another way
            assertThat(model.importDoneProperty().get()).isFalse();

            model.importNow();
            assertThat(model.importDoneProperty().get()).isTrue();
            model.fileProperty().set(Files.writeString(dir.resolve("lain.csv"), "NIK;Nama\n"));
            assertThat(model.importDoneProperty().get()).as("another file").isFalse();
        }
    }

    /** A trial: "Tersimpan: …/masalah-impor.xlsx" of one village's list stayed when the next list was chosen. */
    @Test
    void theSavedProblemListsLineGoesWithAnotherFileTheTemplatesStays() throws Exception {
        Path list = TestRegions.resource("village/DAFTAR PESERTA DESA NDEHES.csv", dir);
        Path next = TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir);
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = model(s);
            model.fileProperty().set(list);
            model.check();
            Path saved = dir.resolve("masalah-impor.xlsx");
            model.saveProblems(saved, List.of("Baris", "Nama", "Kolom", "Nilai", "Masalah"), p -> p.problem().code(),
                    path -> { });
            assertThat(model.savedProperty().get()).isEqualTo(new ImportViewModel.Saved(saved, true));

            model.fileProperty().set(next);
            assertThat(model.savedProperty().get()).as("the previous file's problem list").isNull();

            Path template = dir.resolve("templat.xlsx");
            model.writeTemplate(template, "Templat", path -> { });
            assertThat(model.savedProperty().get()).isEqualTo(new ImportViewModel.Saved(template, false));
            model.fileProperty().set(list);
            assertThat(model.savedProperty().get()).as("the template is no file's").isNotNull();
        }
    }
}
