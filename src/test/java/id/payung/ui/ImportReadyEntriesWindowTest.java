package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.importing.RowProblem;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 21c: after a correction the corrected row left the problem list and every row below it moved up one, under
 * the clerk's eyes. The corrected entry now stays in its place, greyed and marked ready ("✓ Siap"), until the file is
 * chosen again or the clerk hides corrected entries; F8 / Shift+F8 pass over it.
 */
@ExtendWith(ApplicationExtension.class)
class ImportReadyEntriesWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-ready-entries").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    }).size(1366, 700);

    /** A kelurahan's list of {@code n} people whose NIKs Excel cut to 15 digits: a problem each. */
    private Path cutNiks(int n) throws Exception {
        StringBuilder csv = new StringBuilder("DAFTAR PEKERJA RENTAN KELURAHAN MATA AIR KECAMATAN REOK,,,,,,\n,,,,,,\n")
                .append("NO,NAMA LENGKAP,NIK,TEMPAT/TGL LAHIR,JENIS KELAMIN,PEKERJAAN,ALAMAT\n");
        for (int i = 1; i <= n; i++) {
            csv.append(i).append(",").append(TestData.name("Warga Mata Air", i)).append(",53101112038500").append(i % 10)
                    .append(",\"Reo, 12-03-1985\",Lk,Nelayan,Kel. Mata Air\n");
        }
        return Files.writeString(ui.dir().resolve("Daftar Kel Mata Air 2026.csv"), csv.toString());
    }

    @SuppressWarnings("unchecked")
    private TableView<RowProblem> checked(FxRobot robot, Path list) {
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.choose(list);
            model.check();
        });
        waitUntil(() -> model.checkedProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#problemsTable").queryAs(TableView.class);
    }

    /** The shown row of {@code item}; null when it is not on screen. */
    private static TableRow<?> rowOf(FxRobot robot, RowProblem item) {
        return robot.lookup("#problemsTable .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> item.equals(r.getItem())).findFirst().orElse(null);
    }

    @Test
    void aCorrectedEntryStaysInItsPlaceMarkedReadyAndF8PassesOverIt(FxRobot robot) throws Exception {
        TableView<RowProblem> table = checked(robot, cutNiks(12));
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        assertThat(counts.getText()).isEqualTo("12 baris: 0 siap diimpor, 0 duplikat, 12 salah");
        List<RowProblem> before = List.copyOf(table.getItems());
        CheckBox hide = robot.lookup("#hideReady").queryAs(CheckBox.class);
        assertThat(hide.isVisible()).as("nothing corrected yet").isFalse();

        // The third problem corrected with F8, Enter and the NIK typed.
        robot.interact(() -> robot.lookup("#chooseImportFile").queryButton().requestFocus());
        robot.type(KeyCode.F8).type(KeyCode.F8).type(KeyCode.F8);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 2);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getEditingCell() != null);
        robot.write("5310111203850093").type(KeyCode.ENTER);
        waitUntil(() -> "12 baris: 1 siap diimpor, 0 duplikat, 11 salah".equals(counts.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        // Nothing moved: every entry where it stood, the corrected one marked ready and greyed.
        assertThat(table.getItems()).containsExactlyElementsOf(before);
        RowProblem corrected = before.get(2);
        assertThat(model.isReady(corrected)).isTrue();
        assertThat(model.problems()).as("no longer a problem").doesNotContain(corrected).hasSize(11);
        assertThat(table.getColumns().stream().filter(c -> c.getText().equals("Kolom")).findFirst().orElseThrow()
                .getCellData(2)).isEqualTo("✓ Siap · NIK");
        // Its reason as it was: its row keeps its height, so the rows below stay where they were.
        var reason = table.getColumns().stream().filter(c -> c.getText().equals("Masalah")).findFirst().orElseThrow();
        assertThat(reason.getCellData(2)).isEqualTo(reason.getCellData(3));
        assertThat(table.getColumns().stream().filter(c -> c.getText().equals("Perbaikan")).findFirst().orElseThrow()
                .getCellData(2)).as("the correction shown, masked").isEqualTo("531011********93");
        TableRow<?> row = rowOf(robot, corrected);
        assertThat(row).isNotNull();
        assertThat(row.getPseudoClassStates()).extracting(Object::toString).contains("ready");
        assertThat(row.getOpacity()).isLessThan(1);
        assertThat(rowOf(robot, before.get(3)).getOpacity()).isEqualTo(1);
        assertThat(row.getHeight()).as("as tall as before").isEqualTo(rowOf(robot, before.get(3)).getHeight());
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the next problem, where it stood").isEqualTo(3);
        Shots.save(robot, ui.stage().getScene(), "import-ready-entry-1366");

        // F8 and Shift+F8 pass over the ready entry.
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.F8);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 3);

        // Hidden when the clerk asks: the ready entry leaves; and a correction then leaves at once, as before.
        assertThat(hide.isVisible()).isTrue();
        robot.interact(() -> hide.setSelected(true));
        assertThat(table.getItems()).hasSize(11).doesNotContain(corrected);
        robot.interact(() -> model.fix(table.getItems().get(0), "5310111203850091"));
        waitUntil(() -> "12 baris: 2 siap diimpor, 0 duplikat, 10 salah".equals(counts.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(10);
        robot.interact(() -> hide.setSelected(false));

        // Kept again once shown: the next correction's entry stays, until the file is chosen again.
        RowProblem first = table.getItems().get(0);
        robot.interact(() -> model.fix(first, "5310111203850092"));
        waitUntil(() -> "12 baris: 3 siap diimpor, 0 duplikat, 9 salah".equals(counts.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(10).startsWith(first);
        assertThat(model.isReady(first)).isTrue();
        robot.interact(() -> {
            model.choose(model.fileProperty().get());
            model.check();
        });
        waitUntil(() -> model.checkedProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).noneMatch(model::isReady);
        assertThat(hide.isVisible()).isFalse();
    }

    @Test
    void aCorrectionThatIsStillWrongStaysAProblemNotReady(FxRobot robot) throws Exception {
        TableView<RowProblem> table = checked(robot, cutNiks(5));
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        RowProblem second = table.getItems().get(1);
        robot.interact(() -> model.fix(second, "12345"));
        waitUntil(() -> !model.runningProperty().get() && model.fixCount() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts.getText()).isEqualTo("5 baris: 0 siap diimpor, 0 duplikat, 5 salah");
        assertThat(table.getItems()).hasSize(5).noneMatch(model::isReady);
        assertThat(table.getItems().get(1).row()).isEqualTo(second.row());
    }
}
