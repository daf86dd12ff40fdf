package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.ui.main.Screen;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Penghargaan reads its list again on F5, on Tampilan → Muat ulang and when shown again (trial 20a: another login's
 * new event showed only after a restart, while Dasbor, Peserta and Jejak audit refreshed). Here another clerk of the
 * office writes to the same database; a clerk's list names no regency (one office's).
 */
@ExtendWith(ApplicationExtension.class)
class AwardsReloadWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-awards-reload").dashboardShown();

    @Test
    void anotherClerksNewEventShowsOnF5OnTheMenuAndWhenShownAgain(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AWARDS);
        @SuppressWarnings("unchecked")
        TableView<Event> events = robot.lookup("#eventsTable").queryTableView();
        waitUntil(() -> events.getItems().size() == 3);
        TableColumn<?, ?> regency = events.getColumns().stream().filter(c -> "eventRegencyColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        assertThat(regency.isVisible()).as("one office's list names no regency").isFalse();

        ui.services().events().add(event("Penyerahan 10 kartu", 15));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> events.getItems().size() == 4);
        assertThat(events.getItems()).extracting(Event::title).contains("Penyerahan 10 kartu");

        ui.services().events().add(event("Penyerahan 5 kartu", 16));
        robot.interact(() -> ((MenuBar) ui.stage().getScene().lookup(".menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menuReload".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        waitUntil(() -> events.getItems().size() == 5);

        ui.services().events().add(event("Penyerahan 2 kartu", 17));
        ScreenWaits.open(robot, Screen.DASHBOARD);
        ScreenWaits.open(robot, Screen.AWARDS);
        waitUntil(() -> events.getItems().size() == 6);
        assertThat(regency.isVisible()).isFalse();
        assertThat(robot.lookup("#eventRegency").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).isFalse();
    }

    private static Event event(String title, int day) {
        return new Event(0, EventKind.CARD_HANDOVER, LocalDate.of(2026, 3, day), title, null, null, null, List.of(),
                null, null, null);
    }
}
