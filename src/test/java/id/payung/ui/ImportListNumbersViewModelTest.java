package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 21c: "Baris" is the file's line; the village numbers its rows in a NO column. The problem list gives each
 * row's own number, and the saved list carries it after Baris, so on the phone the numbers match. A list without a
 * No column is saved as before.
 */
class ImportListNumbersViewModelTest {
    @TempDir
    Path dir;

    private static final List<String> HEADERS = List.of("Baris", "Nama", "Kolom", "Nilai", "Masalah");

    @Test
    void theListsOwnNumberIsGivenAndSavedBesideTheFilesLine() throws Exception {
        try (PayungServices s = ImportScreen.seededWithManggarai(dir)) {
            ImportViewModel model = ImportScreen.loaded(s, YearMonth.of(2026, 1));
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            Path list = Files.writeString(dir.resolve("daftar 2026 NO 26-27.csv"), "DAFTAR PEKERJA RENTAN;;;\n;;;\n"
                    + "NO;NIK;Nama;Kecamatan\n26;5310011205850001;Yohanes Jehadu;Ruteng\n27;531001120585002;Maria Jelita;Ruteng\n");
            model.fileProperty().set(list);
            model.check();
            assertThat(model.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.row()).isEqualTo(5));
            assertThat(model.listNumber(model.problems().get(0))).isEqualTo("27");
            assertThat(model.hasListNumbers()).isTrue();

            Path saved = dir.resolve("masalah.csv");
            model.saveProblems(saved, HEADERS, "No.", p -> p.column(), p -> p.problem().code(), path -> { });
            assertThat(Files.readString(saved)).contains("Baris;No.;Nama;Kolom;Nilai;Masalah").contains("5;27;Maria Jelita;NIK;");

            Path plain = Files.writeString(dir.resolve("daftar 2026.csv"), "NIK;Nama;Kecamatan\n531001120585002;Maria Jelita;Ruteng\n");
            model.fileProperty().set(plain);
            model.funderProperty().set(ImportScreen.funder(model, "MANDIRI"));
            model.check();
            assertThat(model.problems()).isNotEmpty();
            assertThat(model.hasListNumbers()).isFalse();
            model.saveProblems(saved, HEADERS, "No.", p -> p.column(), p -> p.problem().code(), path -> { });
            assertThat(Files.readString(saved)).contains("Baris;Nama;Kolom;Nilai;Masalah").doesNotContain("No.");
        }
    }
}
