package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Event;
import id.payung.ui.main.Screen;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
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
 * Penghargaan on the office laptop (1.366 px): the Jenis column reads "Pembayaran santunan" whole, and a second
 * award on the founding award's day (25/09/2025) is saved only after the clerk confirms it (trial 14).
 */
@ExtendWith(ApplicationExtension.class)
class AwardsSameDayWindowTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-awards")
            .beforeOpen(stage -> WindowMemory.place(stage, WindowMemory.firstPlace(LAPTOP), LAPTOP)).dashboardShown();

    @Test
    void aSecondAwardOnOneDayIsConfirmedAndTheKindReadsWhole(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AWARDS);
        @SuppressWarnings("unchecked")
        TableView<Event> events = robot.lookup("#eventsTable").queryTableView();
        waitUntil(() -> events.getItems().size() == 3);
        List<TableCell<?, ?>> kinds = robot.from(events).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "Jenis".equals(c.getTableColumn().getText()))
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).<TableCell<?, ?>>map(c -> c).toList();
        assertThat(kinds).extracting(TableCell::getText).contains("Pembayaran santunan", "Penghargaan");
        assertThat(kinds.stream().filter(c -> !shownWhole(c)).map(TableCell::getText).toList()).as("kinds cut").isEmpty();

        robot.clickOn("#addEvent");
        DialogPane form = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        DatePicker date = (DatePicker) form.lookup("#eventDateField");
        TextField title = (TextField) form.lookup("#eventTitleField");
        robot.interact(() -> {
            date.setValue(LocalDate.of(2025, 9, 25));
            title.setText("Piagam kedua");
        });
        Button ok = (Button) form.lookupButton(ButtonType.OK);

        // Asked, then not saved: the form stays open with what was typed.
        DialogPane ask = okAndAsk(robot, ok);
        assertThat(ask.getHeaderText()).isEqualTo("Sudah ada penghargaan pada 25/09/2025: Piagam penghargaan perlindungan"
                + " jaminan sosial ketenagakerjaan bagi pekerja rentan — tetap simpan?");
        Platform.runLater(() -> ((Button) ask.lookupButton(ButtonType.CANCEL)).fire());
        waitUntil(() -> ask.getScene() == null || !ask.getScene().getWindow().isShowing()); // a closed dialog may drop its scene
        assertThat(form.getScene().getWindow().isShowing()).isTrue();
        assertThat(ui.services().reference().events()).hasSize(3);

        // Asked again and confirmed: saved.
        DialogPane again = okAndAsk(robot, ok);
        Platform.runLater(() -> ((Button) again.lookupButton(ButtonType.OK)).fire());
        waitUntil(() -> events.getItems().size() == 4);
        assertThat(form.getScene() == null || !form.getScene().getWindow().isShowing()).isTrue();

        // An award on another day: saved without asking.
        robot.clickOn("#addEvent");
        DialogPane other = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> {
            ((DatePicker) other.lookup("#eventDateField")).setValue(LocalDate.of(2025, 9, 26));
            ((TextField) other.lookup("#eventTitleField")).setText("Piagam esok hari");
        });
        robot.interact(((Button) other.lookupButton(ButtonType.OK))::fire);
        waitUntil(() -> events.getItems().size() == 5);
    }

    /** Presses OK on the form (its check waits on the question, so not from the robot's interact) and returns the question. */
    private static DialogPane okAndAsk(FxRobot robot, Button ok) {
        Platform.runLater(ok::fire);
        waitUntil(() -> robot.lookup("#sameDayConfirm").tryQuery().isPresent());
        return robot.lookup("#sameDayConfirm").queryAs(DialogPane.class);
    }

    /** Whether a cell draws its whole text (a cut text is drawn with an ellipsis instead). */
    private static boolean shownWhole(javafx.scene.control.Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .anyMatch(cell.getText()::equals);
    }
}
