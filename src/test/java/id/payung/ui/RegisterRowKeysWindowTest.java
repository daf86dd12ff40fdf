package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 22b M5: in the register Enter (Ubah), Delete (Hapus) and Ctrl+F worked, but Riwayat and Akhiri had no key and
 * Shift+F10 opened no menu. Ctrl+H opens the history, Ctrl+E the end question, Shift+F10 a menu of the row's actions
 * with their keys; the buttons' tooltips name the keys.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class RegisterRowKeysWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-rowkeys").dashboardShown();

    @Test
    void historyEndAndTheRowMenuFromTheKeyboard(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        waitUntil(table::isFocused);

        // Ctrl+H: the person's history.
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#historyChanges").query().getScene().getWindow().hide());
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isEmpty());

        // Ctrl+E: the end question, with its month.
        robot.interact(table::requestFocus);
        waitUntil(table::isFocused);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#endMonth").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#endMonth").query().getScene().getWindow().hide());
        waitUntil(() -> robot.lookup("#endMonth").tryQuery().isEmpty());

        // Shift+F10: the row's actions as a menu, each with its key; Riwayat from it opens the history.
        robot.interact(table::requestFocus);
        waitUntil(table::isFocused);
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> rowMenu() != null);
        ContextMenu menu = rowMenu();
        assertThat(menu.getItems()).filteredOn(i -> i.getText() != null).extracting(i -> i.getText() + " "
                + (i.getAccelerator() == null ? "" : i.getAccelerator().getDisplayText()))
                .contains("Ubah… ↵", "Akhiri… Ctrl+E", "Hapus Delete", "Riwayat… Ctrl+H");
        robot.interact(() -> menu.getItems().stream().filter(i -> "rowHistory".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#historyChanges").query().getScene().getWindow().hide());

        // The keys in the buttons' tooltips.
        assertThat(robot.lookup("#personHistory").queryButton().getTooltip().getText()).contains("Ctrl+H");
        assertThat(robot.lookup("#endEnrollment").queryButton().getTooltip().getText()).contains("Ctrl+E");
        assertThat(robot.lookup("#editEnrollment").queryButton().getTooltip().getText()).contains("Shift+F10");
        assertThat(robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)).noneMatch(d -> d.getScene() != null
                && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing());
    }

    private static ContextMenu rowMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).filter(m -> "registerRowMenu".equals(m.getId())).findFirst().orElse(null);
    }
}
