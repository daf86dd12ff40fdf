package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestRegions;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 20b L8 at 1366 × 768: while an import waited for another writer, the waiting line beside the buttons squeezed
 * them to "Lewati …", "T…", "…", "…": the Batal the line names could not be read. The line has its own row now.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWaitRowWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-wait-row").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    }).size(1366, 700);

    @Test
    void theButtonsReadWholeWhileTheImportWaits(FxRobot robot) throws Exception {
        Path list = TestRegions.resource("village/Daftar Kel Mata Air.csv", ui.dir());
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("APBDES-MGR")).findFirst()
                    .orElseThrow());
            model.firstMonthProperty().set("01/2026"); // the list names no year: the clerk's Mulai
            model.fileProperty().set(list);
            model.check();
        });
        waitUntil(() -> model.checkedProperty().get() != null && !model.runningProperty().get());
        Label wait = robot.lookup("#importWaiting").queryAs(Label.class);
        // As the app does for every window (MainWindow): the mapping giving way to the line is a layout JavaFX 21 may
        // leave waiting under the folded pane's parent without it.
        robot.interact(id.payung.ui.LayoutRescue::install);
        // The column meanings open (a list with a column not recognised, or the clerk opened them): the fullest window.
        robot.interact(() -> robot.lookup("#mappingPane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        // 1366 × 700 whatever an earlier test left the shared stage at (maximized, or 800 high: it failed only in the
        // whole suite, at 766 of an 800 window).
        robot.interact(() -> {
            javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup("#importWaiting").query().getScene().getWindow();
            stage.setMaximized(false);
            stage.setWidth(1366);
            stage.setHeight(700);
        });
        robot.interact(() -> {
            // The waiting line as an import waiting for another writer shows it (ImportWhileReadingWindowTest).
            wait.visibleProperty().unbind();
            wait.managedProperty().unbind();
            wait.setVisible(true);
            wait.setManaged(true);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(wait.getText()).startsWith("Menunggu penulisan lain selesai");
        for (String id : new String[] {"#skipInvalid", "#cancelImport", "#runImport", "#closeImport"}) {
            Labeled button = robot.lookup(id).queryAs(Labeled.class);
            javafx.scene.text.Text text = (javafx.scene.text.Text) button.lookup(".text");
            // Shown without its mnemonic's underscore ("_Impor": Alt+I).
            assertThat(text.getText()).as(id + " not cut").isEqualTo(button.isMnemonicParsing()
                    ? button.getText().replaceFirst("_", "") : button.getText());
        }
        try {
            waitUntil(() -> wait.localToScene(wait.getBoundsInLocal()).getMaxY() <= wait.getScene().getHeight() + 0.5);
        } catch (AssertionError stillOutside) {
            // said by the assertion below, with the position
        }
        javafx.geometry.Bounds shown = wait.localToScene(wait.getBoundsInLocal());
        assertThat(wait.getScene().getHeight()).as("the window as asked: 768 less a task bar and a title bar")
                .isEqualTo(700.0);
        assertThat(shown.getMaxY()).as("the waiting line inside the window")
                .isLessThanOrEqualTo(wait.getScene().getHeight() + 0.5);
        assertThat(shown.getWidth()).as("the waiting line wide enough to read").isGreaterThan(300);
    }
}
