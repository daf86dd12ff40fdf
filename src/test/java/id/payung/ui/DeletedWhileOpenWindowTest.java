package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DeleteReason;
import id.payung.domain.Deletion;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 07/12/2026 #1 and #7 on screen: the Ubah form of an enrollment deleted meanwhile says so as the whole form's
 * message (no "Nama:", no field marked) and offers to close; the link closes it without a question.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class DeletedWhileOpenWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-deletedopen").dashboardShown();

    @Test
    void theRefusalIsTheFormsAndItOffersToClose(FxRobot robot) {
        long id = ui.services().enrollments().enrol(TestData.form("5310011203850001", "Yohanes Jehalu", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12))).enrollmentId();
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("jehal");
        robot.type(KeyCode.DOWN);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#enrollmentsTable").queryAs(TableView.class);
        waitUntil(() -> table.isFocused() && table.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(n -> !((TextField) n).getText().isEmpty())
                .orElse(false));

        ui.services().enrollments().delete(id, Deletion.of(DeleteReason.WRONG_ENTRY)); // in the register meanwhile
        robot.interact(() -> robot.lookup("#notesField").queryAs(javafx.scene.control.TextInputControl.class)
                .setText("APBDes"));
        robot.clickOn("#saveEnrollment");
        VBox problems = robot.lookup("#problemsBox").queryAs(VBox.class);
        waitUntil(() -> problems.getChildren().stream().anyMatch(n -> n instanceof Hyperlink));
        Label line = (Label) problems.getChildren().get(0);
        assertThat(line.getText()).startsWith("✖ Pendaftaran ini dihapus oleh").doesNotContain("Nama:")
                .contains("Tidak ada yang disimpan");
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getStyleClass())
                .noneMatch(c -> c.contains("error"));

        assertThat(table.getItems()).as("still listed while the form is open").hasSize(1);

        robot.clickOn("#closeRefusedForm");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isEmpty());
        // The register reads again: the record deleted meanwhile is no longer listed (it stayed until F5, trial 3).
        waitUntil(() -> table.getItems().isEmpty());
    }
}
