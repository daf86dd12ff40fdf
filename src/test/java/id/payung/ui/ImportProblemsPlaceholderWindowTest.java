package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The empty problem list says "no problems" only after a check found none: before any check (window just opened, or a
 * file not checked because its funder is missing) a clerk read "Tidak ada masalah." as a clean file (trial 18, LOW 4).
 */
@ExtendWith(ApplicationExtension.class)
class ImportProblemsPlaceholderWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-problems-placeholder").showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    });

    @Test
    void theEmptyListSaysNotCheckedUntilACheckFoundNoProblems(FxRobot robot) throws Exception {
        Label placeholder = robot.lookup("#problemsPlaceholder").queryAs(Label.class);
        assertThat(placeholder.getText()).as("window just opened").isEqualTo("Belum diperiksa.");

        @SuppressWarnings("unchecked")
        ComboBox<id.payung.domain.FundingSource> funder = robot.lookup("#importFunder").queryAs(ComboBox.class);
        waitUntil(() -> !funder.getItems().isEmpty());
        Path csv = ui.dir().resolve("daftar 2026.csv"); // no funder column, none chosen: not checked
        Files.writeString(csv, "NIK;Nama;Tgl Lahir;Kecamatan\n5310010101900004;Agus Salim;01/01/1990;Ruteng\n");
        robot.interact(() -> {
            model.fileProperty().set(csv);
            model.check();
        });
        waitUntil(() -> model.fileProblemProperty().get() != null && !model.runningProperty().get());
        assertThat(model.problems()).isEmpty();
        assertThat(placeholder.getText()).as("funder missing: nothing checked").isEqualTo("Belum diperiksa.");

        robot.interact(() -> model.funderProperty().set(funder.getItems().stream()
                .filter(f -> f.code().equals("MANDIRI")).findFirst().orElseThrow()));
        waitUntil(() -> model.checkedProperty().get() != null && !model.runningProperty().get());
        assertThat(model.problems()).isEmpty();
        assertThat(placeholder.getText()).as("checked, none found").isEqualTo("Tidak ada masalah.");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
