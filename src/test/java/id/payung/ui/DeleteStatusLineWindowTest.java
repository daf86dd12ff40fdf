package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DeleteReason;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 16 L4: the status line still said "Tersimpan: Kornelis Jehaut — …, 12/2027–11/2028" after that enrollment
 * was deleted. After a deletion it says whom it deleted, after the undo whom it brought back.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class DeleteStatusLineWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-delete-status").dashboardShown();

    @Test
    void theSavedLineGivesWayToTheDeletionAndThenToTheUndo(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2027, 12), YearMonth.of(2028, 11)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#enrollmentsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);

        // Corrected and saved: the status line says "Tersimpan: …" for it.
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().map(n -> !((TextField) n).getText().isEmpty())
                .orElse(false));
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.interact(() -> name.setText("Maria Jelita Nggoro"));
        robot.clickOn(name).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isEmpty());
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> notice.getText().startsWith("Tersimpan: Maria Jelita Nggoro"));

        // Deleted: the line names the deletion, never still the saved row.
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
        waitUntil(() -> notice.getText().startsWith("Dihapus:"));
        assertThat(notice.getText()).doesNotContain("Tersimpan")
                .contains("Maria Jelita Nggoro", "531001********01", "12/2027–11/2028");

        // Undone: it says the row is back.
        robot.clickOn("#undoDelete");
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> notice.getText().startsWith("Dikembalikan:"));
        assertThat(notice.getText()).contains("Maria Jelita Nggoro", "12/2027–11/2028");
    }
}
