package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 16 L9: Esc closes the import window, but a file chosen and not imported is not dropped by a key pressed in
 * passing: Esc asks, and its default (Enter) goes back to the import with the file.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowEscapeAsksWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-escask").on(ImportScreen::withManggarai)
            .showing(ui -> {
                model = ImportScreen.model(ui);
                return ImportScreen.load(model, (chooser, owner) -> null);
            }).size(1000, 680);

    @Test
    void escWithAFileChosenAndNotImportedAsksAndEnterGoesBack(FxRobot robot) throws Exception {
        Path file = Files.writeString(ui.dir().resolve("Daftar Lalong.csv"),
                "No;NIK;Nama;Desa\n1;5310015204850001;Maria Jelita;Lalong\n");
        robot.interact(() -> model.fileProperty().set(file));
        waitUntil(() -> !model.runningProperty().get());
        robot.clickOn("#importSheet").type(KeyCode.ESCAPE);
        waitUntil(() -> question(robot) != null);
        assertThat(question(robot).getContentText()).contains("Daftar Lalong.csv");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> question(robot) == null);
        assertThat(ui.stage().isShowing()).as("back to the import").isTrue();
        assertThat(model.fileProperty().get()).isEqualTo(file);
    }

    /** Trial 19: "Tutup tanpa mengimpor?" was asked of a list none of whose rows could be imported. */
    @Test
    void escWithNothingThatCouldBeImportedClosesWithoutAsking(FxRobot robot) throws Exception {
        Path file = Files.writeString(ui.dir().resolve("Daftar Lalong.csv"),
                "No;NIK;Nama;Desa\n1;5.31001E+15;Maria Jelita;Lalong\n");
        robot.interact(() -> {
            model.funderProperty().set(ui.services().reference().fundingSources().stream()
                    .filter(f -> f.code().equals("APBDES-MGR")).findFirst().orElseThrow());
            model.firstMonthProperty().set("01/2026"); // the list names no year: the clerk's Mulai
            model.fileProperty().set(file);
            model.check();
        });
        waitUntil(() -> !model.runningProperty().get() && model.checkedProperty().get() != null);
        assertThat(model.checkedProperty().get().imported()).isZero();
        robot.clickOn("#importSheet").type(KeyCode.ESCAPE);
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(question(robot)).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void escWhileTypingACorrectionCancelsTheEditNotTheWindow(FxRobot robot) throws Exception {
        Path file = Files.writeString(ui.dir().resolve("Daftar Lalong.csv"),
                "No;NIK;Nama;Desa\n1;5.31001E+15;Maria Jelita;Lalong\n");
        robot.interact(() -> model.fileProperty().set(file));
        waitUntil(() -> !model.runningProperty().get());
        robot.interact(() -> {
            model.funderProperty().set(ui.services().reference().fundingSources().stream()
                    .filter(f -> f.code().equals("APBDES-MGR")).findFirst().orElseThrow());
            model.firstMonthProperty().set("01/2026");
            model.check();
        });
        waitUntil(() -> !model.runningProperty().get() && !model.problems().isEmpty());
        javafx.scene.control.TableView<Object> problems = robot.lookup("#problemsTable").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TableColumn<Object, ?> fix = problems.getColumns().stream().filter(c -> c.isEditable())
                .findFirst().orElseThrow();
        robot.interact(() -> {
            problems.requestFocus();
            problems.edit(0, fix);
        });
        waitUntil(() -> problems.getEditingCell() != null);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> problems.getEditingCell() == null);
        robot.sleep(300);
        assertThat(question(robot)).as("Esc ends the cell's edit; the window is not asked to close").isNull();
        assertThat(model.fileProperty().get()).isEqualTo(file);
    }

    private static DialogPane question(FxRobot robot) {
        return robot.lookup("#closeUnimportedQuestion").tryQueryAs(DialogPane.class)
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing())
                .orElse(null);
    }
}
