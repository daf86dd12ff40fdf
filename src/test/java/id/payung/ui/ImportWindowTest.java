package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.service.importing.Column;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The import window shows each file column with its meaning, and imports with the button. */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import").showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    });

    @Test
    void showsTheMappingChecksAndImports(FxRobot robot) throws Exception {
        Path csv = ui.dir().resolve("desa 2026.csv");
        Files.writeString(csv, "No;No. KTP;Nama Lengkap;Kecamatan;Sumber Dana\n1;5310015204850001;Maria;Ruteng;Mandiri\n"
                + "2;5.31001E+15;Agus;Ruteng;Mandiri\n");
        @SuppressWarnings("unchecked")
        ComboBox<id.payung.domain.FundingSource> funder = robot.lookup("#importFunder").queryAs(ComboBox.class);
        waitUntil(() -> !funder.getItems().isEmpty());
        robot.interact(() -> funder.setValue(funder.getItems().stream().filter(f -> f.code().equals("MANDIRI"))
                .findFirst().orElseThrow()));
        robot.interact(() -> {
            model.fileProperty().set(csv);
            model.check();
        });
        TableView<?> mapping = robot.lookup("#mappingTable").queryTableView();
        waitUntil(() -> mapping.getItems().size() == 5);
        robot.clickOn("#mappingPane .title"); // folded: every column recognised (trial 20)
        waitUntil(() -> robot.lookup("#mappingPane").queryAs(javafx.scene.control.TitledPane.class).isExpanded());
        assertThat(robot.lookup("#mappingTable .combo-box").queryAllAs(ComboBox.class)).extracting(ComboBox::getValue)
                .startsWith(Column.ROW_NUMBER, Column.NIK, Column.NAME); // the rows on screen; the table scrolls
        assertThat(robot.lookup("#importCounts").queryAs(Label.class).getText())
                .isEqualTo("2 baris: 1 siap diimpor, 0 duplikat, 1 salah");

        assertThat(robot.lookup("#problemsTable .table-row-cell").queryAll()).isNotEmpty();
        // The clerk types the right NIK into the Correction column of the problem; the file is checked again.
        robot.doubleClickOn(robot.lookup("#problemsTable .fix-prompt").queryAs(javafx.scene.Node.class));
        robot.write("5310010101900004").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#importCounts").queryAs(Label.class).getText()
                .equals("2 baris: 2 siap diimpor, 0 duplikat, 0 salah")); // equals(null) is false: waits
        assertThat(model.problems()).isEmpty();
        robot.interact(() -> model.fileProperty().set(null));
        robot.interact(() -> {
            model.fileProperty().set(csv);
            model.check();
        });
        // No counts (null) until the new check has answered.
        waitUntil(() -> robot.lookup("#importCounts").queryAs(Label.class).getText() != null
                && robot.lookup("#importCounts").queryAs(Label.class).getText().endsWith("1 salah"));

        robot.clickOn("#runImport");
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText() != null && summary.getText().startsWith("Tidak ada yang disimpan"));

        robot.clickOn("#skipInvalid");
        robot.clickOn("#runImport");
        waitUntil(() -> summary.getText().startsWith("Selesai: 1 peserta diimpor"));
        assertThat(ui.services().register().counts(id.payung.domain.RegisterFilter.all()).total()).isEqualTo(1);
        // The lists are read again after an import: the funder the clerk chose stays chosen for the next list
        // (the second trial: it was cleared, and "no funder column" then showed under "done").
        waitUntil(() -> model.batches().size() == 1);
        assertThat(funder.getValue()).isNotNull().extracting(id.payung.domain.FundingSource::code).isEqualTo("MANDIRI");
        assertThat(robot.lookup("#importFileProblem").queryAs(Label.class).getText()).isNullOrEmpty();
    }

    @Test
    void closingTheWindowWhileAnImportWaitsCancelsItWithNothingSaved(FxRobot robot) throws Exception {
        java.util.List<Path> parts = HeldImport.parts(ui.dir(), 2, 30);
        Path held = parts.get(0);
        Path mine = parts.get(1);
        // Another Payung's import holds the write transaction, so the window's import waits (and is running).
        try (HeldImport other = HeldImport.start(ui.services().databaseFile(), held)) {
            robot.interact(() -> {
                model.fileProperty().set(mine);
                model.check();
            });
            waitUntil(() -> model.checkedProperty().get() != null);
            robot.interact(model::importNow);
            waitUntil(() -> model.waitingProperty().get());

            // The title bar's X: the import is cancelled, nothing of it saved.
            robot.interact(() -> ui.stage().fireEvent(new javafx.stage.WindowEvent(ui.stage(),
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
            waitUntil(() -> !model.runningProperty().get());
            assertThat(model.importedProperty().get()).isNotNull();
            assertThat(model.importedProperty().get().written()).isFalse();

            assertThat(other.finish().written()).isTrue();
            assertThat(ui.services().register().counts(id.payung.domain.RegisterFilter.all()).total()).isEqualTo(30);
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atLaptopSizeTheChoicesAndHeadersShowWholeAndEscCloses(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ui.stage().setWidth(1000);
            ui.stage().setHeight(680);
        });
        Path csv = ui.dir().resolve("desa 2026.csv");
        Files.writeString(csv, "No;No. KTP;Nama Lengkap;Kecamatan;Sumber Dana\n1;5.31001E+15;Agus;Ruteng;Mandiri\n");
        robot.interact(() -> {
            model.fileProperty().set(csv);
            model.check();
        });
        TableView<?> mapping = robot.lookup("#mappingTable").queryTableView();
        waitUntil(() -> mapping.getItems().size() == 5);
        robot.clickOn("#mappingPane .title"); // folded: every column recognised (trial 20)
        waitUntil(() -> robot.lookup("#mappingPane").queryAs(javafx.scene.control.TitledPane.class).isExpanded());
        assertThat(robot.lookup("#mappingTable .combo-box").queryAll()).isNotEmpty();
        // Each "Dibaca sebagai" choice sits whole in its row (it used to show its upper half only).
        for (ComboBox<?> box : robot.lookup("#mappingTable .combo-box").queryAllAs(ComboBox.class)) {
            javafx.scene.Node row = box.getParent().getParent();
            assertThat(box.getHeight()).as("choice height within its row").isLessThanOrEqualTo(
                    ((javafx.scene.layout.Region) row).getHeight());
        }
        // The problem table's headers read whole ("Baris", not "Ba…").
        for (javafx.scene.Node header : robot.lookup("#problemsTable .column-header .label").queryAll()) {
            Label label = (Label) header;
            assertThat(label.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                    .map(n -> ((javafx.scene.text.Text) n).getText())).as("header " + label.getText()).contains(label.getText());
        }
        assertThat(robot.lookup("#closeImport").queryButton().getText()).isEqualTo("Tutup");
        // A file checked whose one row is wrong: nothing could be imported, so Esc closes without asking (trial 19;
        // a file with a row ready asks first: ImportWindowEscapeAsksWindowTest).
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(robot.lookup("#closeUnimportedQuestion").tryQuery()).isEmpty();
    }
}
