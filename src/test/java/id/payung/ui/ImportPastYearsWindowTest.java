package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 21c H1: a 2025 list imported in (November) 2026 took 2025's numbers, already reported, from 5.280 to 5.494
 * without a word. The window says before Impor what the list adds to a year gone by, and Impor asks first (Batal the
 * default: Enter imports nothing).
 */
@ExtendWith(ApplicationExtension.class)
class ImportPastYearsWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-past-years").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    }).size(1366, 700);

    /**
     * Trial 23a: 2 late names of 2025 fall inside that year's cohort of 1.000, whose number stays: said as such, and
     * Impor imports without asking about a change that does not happen.
     */
    @Test
    void namesInsideTheYearsCohortAreSaidToLeaveItAndImportDoesNotAsk(FxRobot robot) throws Exception {
        Path list = Files.writeString(ui.dir().resolve("susulan 2025.csv"), "NIK;Nama;Kecamatan;Desa\n"
                + "5310015204850001;Maria Jelita;Wae Rii;Poco\n5310011205850002;Yohanes Jehadu;Wae Rii;Poco\n");
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst()
                    .orElseThrow());
            model.firstMonthProperty().set("01/2025");
            model.fileProperty().set(list);
            model.check();
        });
        Label past = robot.lookup("#importPastYears").queryAs(Label.class);
        waitUntil(() -> past.isVisible() && !model.runningProperty().get());
        assertThat(past.getText()).isEqualTo("Daftar ini menambah peserta pada tahun yang sudah lewat: 2 peserta ke "
                + "tahun 2025. 2 nama masuk dalam kelompok 1.000 peserta APBD Kabupaten Manggarai 2025; angka tahun itu "
                + "tetap.");

        robot.clickOn("#runImport");
        waitUntil(() -> model.importedProperty().get() != null && model.importedProperty().get().written());
        assertThat(robot.lookup("#pastYearsQuestion").tryQuery()).isEmpty();
        assertThat(ui.services().dashboard().fundingShares(2025).stream()
                .filter(f -> f.funderCode().equals("APBD-KAB-MGR")).findFirst().orElseThrow().participants())
                .isEqualTo(1000);
    }

    @Test
    void aLateListIsSaidAndImportAsksFirst(FxRobot robot) throws Exception {
        Path list = Files.writeString(ui.dir().resolve("susulan 2025.csv"), "NIK;Nama;Kecamatan;Desa\n"
                + "5310015204850001;Maria Jelita;Wae Rii;Poco\n5310011205850002;Yohanes Jehadu;Wae Rii;Poco\n");
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst()
                    .orElseThrow());
            model.firstMonthProperty().set("01/2020");
            model.fileProperty().set(list);
            model.check();
        });
        Label past = robot.lookup("#importPastYears").queryAs(Label.class);
        waitUntil(() -> past.isVisible() && !model.runningProperty().get());
        assertThat(past.getText()).isEqualTo("Daftar ini menambah peserta pada tahun yang sudah lewat: 2 peserta ke "
                + "tahun 2020. Angka yang mungkin sudah dilaporkan (kepada bupati, BPJS) akan berubah: APBD Kabupaten "
                + "Manggarai 2020 dari 0 menjadi 2 peserta. Impor menanyakannya dulu.");

        robot.clickOn("#runImport");
        waitUntil(() -> robot.lookup("#pastYearsQuestion").tryQuery().isPresent());
        javafx.scene.control.DialogPane question = robot.lookup("#pastYearsQuestion").query();
        assertThat(question.getContentText()).startsWith("Impor ini menambah 2 peserta ke tahun 2020. Angka yang sudah "
                + "dilaporkan akan berubah: APBD Kabupaten Manggarai 2020 dari 0 menjadi 2 peserta (");
        robot.type(KeyCode.ENTER); // the default: Batal
        waitUntil(() -> robot.lookup("#pastYearsQuestion").tryQuery().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.importedProperty().get()).as("Batal imports nothing").isNull();
        assertThat(ui.services().imports().batches()).isEmpty();

        robot.clickOn("#runImport");
        waitUntil(() -> robot.lookup("#pastYearsQuestion").tryQuery().isPresent());
        robot.clickOn("Ya, tetap impor");
        waitUntil(() -> model.importedProperty().get() != null && model.importedProperty().get().written());
        assertThat(model.importedProperty().get().imported()).isEqualTo(2);
        waitUntil(() -> !past.isVisible());
    }
}
