package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DeleteReason;
import id.payung.domain.RegisterFilter;
import id.payung.service.EnrollmentService;
import id.payung.service.PersonHistory;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * "Hapus" asks why, naming whom and which enrollment (trial M10: it deleted at once, and the audit said only
 * "Dihapus: tidak → ya"): no reason, no deletion; "Lainnya…" needs words; Enter deletes, Esc cancels. The undo
 * notice names whom it deleted and goes away when the clerk leaves the register.
 */
@ExtendWith(ApplicationExtension.class)
class DeleteReasonWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-delete-reason").dashboardShown();

    @Test
    void deletingAsksWhyNamingWhomAndTheNoticeNamesThemUntilTheClerkLeaves(FxRobot robot) {
        EnrollmentService.Saved saved = ui.services().enrollments().enrol(TestData.form("5310015204850001",
                "Maria Jelita", "APBD-PROV-NTT", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));

        // Esc cancels: nothing deleted.
        robot.clickOn("#deleteEnrollment");
        waitUntil(() -> robot.lookup("#deleteReason").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#deleteReason").tryQuery().isEmpty());
        assertThat(ui.services().register().counts(RegisterFilter.all()).total()).isEqualTo(1);

        // The dialog names the person (NIK masked) and the enrollment; Enter without a reason is refused in words.
        robot.clickOn("#deleteEnrollment");
        waitUntil(() -> robot.lookup("#deleteReason").tryQuery().isPresent());
        String header = robot.lookup("#deleteReason").query().getScene().getRoot() instanceof DialogPane pane
                ? pane.getHeaderText() : "";
        assertThat(header).contains("Maria Jelita", "531001********01", "APBD Provinsi NTT, 01/2026–12/2026")
                .doesNotContain("5310015204850001");
        // Typing starts at the reason, not on "Hapus".
        waitUntil(() -> robot.lookup("#deleteReason").query().isFocused());
        robot.type(KeyCode.ENTER);
        Label problem = robot.lookup("#reasonProblem").queryAs(Label.class);
        waitUntil(() -> problem.getText().startsWith("Alasan penghapusan: wajib diisi"));

        // Trial 20c L2: a reason chosen takes "wajib diisi" away at once, not only at the next Enter.
        @SuppressWarnings("unchecked")
        ComboBox<DeleteReason> reason = robot.lookup("#deleteReason").queryAs(ComboBox.class);
        robot.interact(() -> reason.setValue(java.util.Arrays.stream(DeleteReason.values())
                .filter(r -> r != DeleteReason.OTHER).findFirst().orElseThrow()));
        waitUntil(() -> problem.getText().isEmpty());

        // "Lainnya…" without words is refused too; with words, Enter (typing in the field) deletes.
        assertThat(reason.getItems()).containsExactly(DeleteReason.values());
        robot.interact(() -> reason.setValue(DeleteReason.OTHER));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> problem.getText().startsWith("Keterangan alasan: wajib diisi"));
        assertThat(ui.services().register().counts(RegisterFilter.all()).total()).isEqualTo(1);
        TextField note = robot.lookup("#deleteNote").queryAs(TextField.class);
        assertThat(note.isFocused()).as("'Lainnya…' goes on in words").isTrue();
        robot.targetWindow(note.getScene().getWindow()).write("didaftar dua kali oleh desa");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ui.services().register().counts(RegisterFilter.all()).total() == 0);

        // Kept with the deletion, in words.
        List<PersonHistory.Change> changes = ui.services().enrollments().history(saved.personId()).changes();
        assertThat(changes.get(changes.size() - 1).after()).contains("\"delete_reason\":\"OTHER\"",
                "\"delete_note\":\"didaftar dua kali oleh desa\"");

        // The notice names whom it deleted; it is gone once the clerk leaves the register, and so is the undo.
        Label notice = robot.lookup("#undoLabel").queryAs(Label.class);
        Node bar = robot.lookup("#undoBar").query();
        waitUntil(bar::isVisible);
        assertThat(notice.getText()).isEqualTo("Pendaftaran Maria Jelita (531001********01) dihapus.");
        ScreenWaits.open(robot, Screen.DASHBOARD);
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        waitUntil(() -> !bar.isVisible());
    }

    @Test
    void theUndoWhileShownRestoresAndSaysSo(FxRobot robot) {
        EnrollmentService.Saved saved = ui.services().enrollments().enrol(TestData.form("5310015204850001",
                "Maria Jelita", "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        // The keyboard alone: Delete on the line, Down to the first reason, Enter.
        robot.clickOn(".table-row-cell").type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#deleteReason").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<DeleteReason> reason = robot.lookup("#deleteReason").queryAs(ComboBox.class);
        waitUntil(reason::isFocused);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> reason.getValue() == DeleteReason.WRONG_ENTRY);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().isEmpty());

        robot.clickOn("#undoDelete");
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> !robot.lookup("#undoBar").query().isVisible());
        List<PersonHistory.Change> changes = ui.services().enrollments().history(saved.personId()).changes();
        assertThat(changes).extracting(PersonHistory.Change::action).endsWith("DELETE", "RESTORE");
    }

    @Test
    void theUndoHintIsWholeFromTheFirstDisplay(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#deleteEnrollment");
        waitUntil(() -> robot.lookup("#deleteUndoHint").tryQuery().isPresent());
        Label hint = robot.lookup("#deleteUndoHint").queryAs(Label.class);
        waitUntil(() -> hint.getScene().getWindow().isShowing() && hint.getWidth() > 0);
        robot.interact(() -> { });
        // Trial 16 L3: "… selama …" on first display, whole only after a refused OK had resized the dialog.
        javafx.scene.text.Text shown = (javafx.scene.text.Text) hint.lookup(".text");
        assertThat(shown.getText()).as("the hint as drawn").isEqualTo(hint.getText());
        assertThat(hint.getHeight()).as("room for all its lines")
                .isGreaterThanOrEqualTo(hint.prefHeight(hint.getWidth()) - 0.5);
        javafx.geometry.Bounds inWindow = hint.localToScene(hint.getBoundsInLocal());
        assertThat(inWindow.getMaxX()).as("within the dialog").isLessThanOrEqualTo(hint.getScene().getWidth());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#deleteUndoHint").tryQuery().isEmpty());
    }
}
