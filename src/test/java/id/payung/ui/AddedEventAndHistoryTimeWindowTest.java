package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Event;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 18 #3 on the office laptop (1.366 × 768): after "Tambah kegiatan" the new event is the one selected and the
 * status line says it was added (the list kept the award selected before, the status line the last person saved); the
 * Riwayat window's time column reads "07/12/2026 05:49" whole (it was cut to "07/12/2026 05…").
 */
@ExtendWith(ApplicationExtension.class)
class AddedEventAndHistoryTimeWindowTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-addedevent")
            .beforeOpen(stage -> WindowMemory.place(stage, WindowMemory.firstPlace(LAPTOP), LAPTOP)).dashboardShown();

    @Test
    void theEventAddedIsSelectedAndSaid(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AWARDS);
        @SuppressWarnings("unchecked")
        TableView<Event> events = robot.lookup("#eventsTable").queryTableView();
        waitUntil(() -> events.getItems().size() == 3 && events.getSelectionModel().getSelectedItem() != null);

        robot.clickOn("#addEvent");
        DialogPane form = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> {
            ((DatePicker) form.lookup("#eventDateField")).setValue(LocalDate.of(2026, 1, 26));
            ((TextField) form.lookup("#eventTitleField")).setText("Santunan kematian bagi ahli waris");
        });
        robot.interact(((Button) form.lookupButton(ButtonType.OK))::fire);
        waitUntil(() -> events.getItems().size() == 4);
        waitUntil(() -> events.getSelectionModel().getSelectedItem() != null
                && "Santunan kematian bagi ahli waris".equals(events.getSelectionModel().getSelectedItem().title()));
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> "Penghargaan ditambahkan: Santunan kematian bagi ahli waris (26/01/2026)".equals(notice.getText()));
    }

    @Test
    void theHistorysTimeReadsWhole(FxRobot robot) {
        EnrollmentForm first = TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        var saved = ui.services().enrollments().enrol(first);
        ui.services().enrollments().end(saved.enrollmentId(), YearMonth.of(2026, 6), id.payung.domain.EndReason.MOVED);

        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#personHistory");
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());
        waitUntil(() -> !times(robot).isEmpty());
        List<TableCell<?, ?>> times = times(robot);
        assertThat(times).allSatisfy(c -> assertThat(c.getText()).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"));
        assertThat(times.stream().filter(c -> !shownWhole(c)).map(TableCell::getText).toList()).as("times cut").isEmpty();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static List<TableCell<?, ?>> times(FxRobot robot) {
        return robot.lookup("#historyChanges .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "Waktu".equals(c.getTableColumn().getText()))
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).<TableCell<?, ?>>map(c -> c).toList();
    }

    /** Whether a cell draws its whole text (a cut text is drawn with an ellipsis instead). */
    private static boolean shownWhole(javafx.scene.control.Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .anyMatch(cell.getText()::equals);
    }
}
