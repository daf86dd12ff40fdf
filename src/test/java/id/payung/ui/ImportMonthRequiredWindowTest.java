package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestRegions;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 21c, "never quietly wrong": a list whose name and title name no year and that has no Mulai column was given
 * this month as its Mulai, said only in blue ("a guess; it should be required like the funder"). Mulai is then empty
 * and required, said in red as the missing funder is; Impor waits for it. A list that names its year, or has its own
 * Mulai column, still has Mulai proposed, said where from.
 */
@ExtendWith(ApplicationExtension.class)
class ImportMonthRequiredWindowTest {
    private ImportViewModel model;
    /** The file "Pilih berkas…" is answered with. */
    private Path chosen;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-month-required").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model, (chooser, owner) -> chosen.toFile());
    }).size(1366, 700);

    private Path list(String name, String csv) throws Exception {
        return Files.writeString(ui.dir().resolve(name), csv);
    }

    /** The file chosen by "Pilih berkas…" with the funder chosen first; once its check ends. */
    private void choose(FxRobot robot, Path file) {
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR")));
        chosen = file;
        Platform.runLater(robot.lookup("#chooseImportFile").queryButton()::fire);
        waitUntil(() -> file.equals(model.fileProperty().get()) && !model.runningProperty().get()
                && !model.mapping().isEmpty());
        if (model.funderProperty().get() == null) {
            // Another file: its funder chosen anew (checked again at once).
            robot.interact(() -> model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR")));
            waitUntil(() -> !model.runningProperty().get() && (model.fileProblemProperty().get() == null
                    || "NO_PERIOD".equals(model.fileProblemProperty().get().code())));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aListNamingNoYearWithoutAMulaiColumnWaitsForTheClerksMulai(FxRobot robot) throws Exception {
        Path file = list("daftar desa ndehes.csv", "NIK;Nama;Tgl Lahir;Desa\n5310010101900011;Stefanus Jehaut;01-01-1990;Ndehes\n"
                + "5310010202910012;Maria Jehaut;02-02-1991;Ndehes\n");
        choose(robot, file);
        TextField mulai = robot.lookup("#importFrom").queryAs(TextField.class);
        Label missing = robot.lookup("#importMonthMissing").queryAs(Label.class);
        Button run = robot.lookup("#runImport").queryButton();
        waitUntil(() -> missing.isVisible());
        assertThat(mulai.getText()).as("never this month unasked").isEmpty();
        assertThat(missing.getStyleClass()).contains("form-error");
        assertThat(missing.getText()).startsWith("daftar desa ndehes.csv tidak menyebut tahun atau bulan mulai dan tidak"
                + " punya kolom Mulai: isi Mulai (bulan/tahun, mis. 01/").endsWith(") untuk semua barisnya.");
        assertThat(robot.lookup("#importMonthSource").queryAs(Label.class).isVisible()).as("no blue guess").isFalse();
        assertThat(robot.lookup("#importFileProblem").queryAs(Label.class).getText()).as("said once").isEmpty();
        assertThat(run.isDisabled()).isTrue();
        assertThat(model.checkedProperty().get()).isNull();
        waitUntil(mulai::isFocused); // what is still needed

        // The clerk types it: checked again at once, Impor ready, the red line gone.
        robot.write("07/2026");
        waitUntil(() -> model.checkedProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(missing.isVisible()).isFalse();
        assertThat(run.isDisabled()).isFalse();
        assertThat(model.checkedProperty().get().imported()).isEqualTo(2);
        Shots.save(robot, ui.stage().getScene(), "import-month-required-1366");

        // Not a month, or emptied again: Impor waits once more.
        robot.interact(() -> mulai.setText("juli"));
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getText()).startsWith("Isi Mulai (bulan/tahun, mis. 01/");
        assertThat(run.isDisabled()).isTrue();
        robot.interact(() -> mulai.setText(""));
        assertThat(missing.getText()).startsWith("daftar desa ndehes.csv tidak menyebut tahun");
        assertThat(run.isDisabled()).isTrue();
    }

    @Test
    void aListNamingItsYearOrWithItsOwnMulaiColumnHasMulaiProposedSaidWhereFrom(FxRobot robot) throws Exception {
        Path named = list("daftar desa ndehes 2025.csv", "NIK;Nama;Tgl Lahir;Desa\n5310010101900011;Stefanus Jehaut;01-01-1990;Ndehes\n");
        choose(robot, named);
        waitUntil(() -> model.checkedProperty().get() != null);
        TextField mulai = robot.lookup("#importFrom").queryAs(TextField.class);
        Label missing = robot.lookup("#importMonthMissing").queryAs(Label.class);
        Label source = robot.lookup("#importMonthSource").queryAs(Label.class);
        assertThat(mulai.getText()).isEqualTo("01/2025");
        assertThat(source.getText()).startsWith("Mulai 01/2025: dari tahun 2025");
        assertThat(missing.isVisible()).isFalse();
        assertThat(robot.lookup("#runImport").queryButton().isDisabled()).isFalse();

        // Another list naming no year: the previous list's Mulai does not carry over.
        Path plain = list("daftar desa lain.csv", "NIK;Nama;Tgl Lahir;Desa\n5310010101900013;Yosef Jehaut;01-01-1990;Ndehes\n");
        choose(robot, plain);
        waitUntil(missing::isVisible);
        assertThat(mulai.getText()).isEmpty();

        // Its own Mulai column: the window's Mulai (this month's, the model's 01/2026) fills only blank cells, said so.
        Path own = list("daftar desa mulai.csv", "NIK;Nama;Tgl Lahir;Desa;Mulai\n5310010101900014;Yosef Nggarang;01-01-1990;Ndehes;07/2026\n");
        choose(robot, own);
        waitUntil(() -> model.checkedProperty().get() != null);
        assertThat(mulai.getText()).isEqualTo("01/2026");
        assertThat(source.getText()).startsWith("Berkas punya kolom Mulai");
        assertThat(missing.isVisible()).isFalse();
        assertThat(robot.lookup("#runImport").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aVillageListWithoutAYearIsRequiredToo(FxRobot robot) throws Exception {
        // A real village list (title "DAFTAR PEKERJA RENTAN KELURAHAN MATA AIR KECAMATAN REOK": no year, no Mulai).
        choose(robot, TestRegions.resource("village/Daftar Kel Mata Air.csv", ui.dir()));
        Label missing = robot.lookup("#importMonthMissing").queryAs(Label.class);
        waitUntil(missing::isVisible);
        assertThat(robot.lookup("#importFrom").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#runImport").queryButton().isDisabled()).isTrue();
    }
}
