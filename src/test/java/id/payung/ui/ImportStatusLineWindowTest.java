package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DeleteReason;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * After a deletion and its undo the status line said "Dikembalikan: …", and still said it after an import had
 * written a whole list (stale). A finished import says what it did there, and so does the undo of an import.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ImportStatusLineWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-status").dashboardShown();

    @Test
    void anImportAndItsUndoReplaceTheRestoredLine(FxRobot robot) throws Exception {
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2027, 12), YearMonth.of(2028, 11)));
        Path csv = ui.dir().resolve("desa.csv");
        Files.writeString(csv, "No;No. KTP;Nama Lengkap;Kecamatan;Sumber Dana\n1;5310010101900004;Agus;Ruteng;Mandiri\n");
        robot.interact(() -> ui.window().chooseImportFilesWith((chooser, owner) -> csv.toFile()));

        // Deleted and brought back: "Dikembalikan: Maria Jelita …".
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#enrollmentsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#deleteEnrollment");
        waitUntil(() -> robot.lookup("#deleteReason").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<DeleteReason> reason = robot.lookup("#deleteReason").queryAs(ComboBox.class);
        robot.interact(() -> reason.setValue(DeleteReason.WRONG_ENTRY));
        robot.interact(reason::requestFocus);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().isEmpty());
        robot.clickOn("#undoDelete");
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> notice.getText().startsWith("Dikembalikan:"));

        // An import of one new person: the line says so, not "Dikembalikan" any more.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#chooseImportFile").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false));
        Node choose = robot.lookup("#chooseImportFile").query();
        robot.interact(() -> ((javafx.scene.control.Button) choose).fire());
        // The list names no year and has no Mulai column: the clerk gives Mulai (trial 21c), which checks it again.
        Node missing = robot.lookup("#importMonthMissing").query();
        waitUntil(missing::isVisible);
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#importFrom").query()).setText("01/2026"));
        Node run = robot.lookup("#runImport").query();
        waitUntil(() -> !run.isDisabled());
        robot.interact(() -> ((javafx.scene.control.Button) run).fire());
        waitUntil(() -> !notice.getText().startsWith("Dikembalikan"));
        assertThat(notice.getText()).isEqualTo("Diimpor dari desa.csv: 1 peserta (impor #1).");
        waitUntil(() -> table.getItems().size() == 2); // the register, shown behind, read again

        // Its undo says so too.
        TabPane tabs = (TabPane) choose.getScene().getRoot();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        TableView<Object> batches = (TableView<Object>) choose.getScene().lookup("#batchesTable");
        waitUntil(() -> batches.getItems().size() == 1);
        robot.interact(() -> batches.getSelectionModel().select(0));
        robot.clickOn(choose.getScene().lookup("#undoImport"));
        waitUntil(() -> robot.lookup("#undoImportYes").tryQuery().isPresent());
        robot.clickOn("#undoImportYes");
        waitUntil(() -> notice.getText().startsWith("Impor #1"));
        assertThat(notice.getText()).isEqualTo("Impor #1 (desa.csv) dibatalkan: 1 pendaftaran dihapus.");
    }
}
