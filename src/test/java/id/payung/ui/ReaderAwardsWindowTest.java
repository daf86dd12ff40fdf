package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.ServerAddress;
import id.payung.service.ServerAdministration;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.PostgresDatabase;
import id.payung.store.TestEngine;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A provincial reader's Penghargaan (trial 20a): the list names the regency whose office recorded each event, as the
 * year report's "Dicatat oleh" does, and another regency's clerk's new event shows on F5 and when the screen is shown
 * again, not only after a restart.
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReaderAwardsWindowTest {
    private static final String PASSWORD = "sandi ntt";

    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-reader-awards").on(file -> asReader())
            .beforeOpen(stage -> WindowMemory.place(stage, WindowMemory.firstPlace(LAPTOP), LAPTOP)).dashboardShown();
    private static final javafx.geometry.Rectangle2D LAPTOP = new javafx.geometry.Rectangle2D(0, 0, 1366, 728);

    private String yosef;

    private PayungServices asReader() {
        engine.services().close(); // the server's schema and seeds, as server init leaves them
        PostgresDatabase db = engine.server();
        // Each clerk writes as its own login's regency (the test engine makes every session Manggarai's).
        try (java.sql.Connection c = db.owner(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + PostgresDatabase.identifier(db.name()) + " RESET payung.regency");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String login = db.name() + "_ntt";
        new ServerAdministration(db.ownerAddress()).addUser(login, null, "53", PASSWORD.toCharArray());
        yosef = db.name() + "_yosef";
        new ServerAdministration(db.ownerAddress()).addUser(yosef, "53.15", null, PASSWORD.toCharArray());
        return open(login);
    }

    private PayungServices open(String login) {
        PostgresDatabase db = engine.server();
        return PayungServices.openServer(ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/"
                + db.name()), PASSWORD.toCharArray(), TestData.CLOCK);
    }

    @Test
    void eachEventNamesItsRegencyAndAnotherRegencysNewEventShowsOnF5(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.AWARDS);
        @SuppressWarnings("unchecked")
        TableView<Event> events = robot.lookup("#eventsTable").queryTableView();
        waitUntil(() -> !events.getItems().isEmpty());
        int before = events.getItems().size();
        @SuppressWarnings("unchecked")
        TableColumn<Event, String> regency = (TableColumn<Event, String>) events.getColumns().stream()
                .filter(c -> "eventRegencyColumn".equals(c.getId())).findFirst().orElseThrow();
        waitUntil(regency::isVisible);
        assertThat(regency.getText()).isEqualTo("Kabupaten/kota");
        assertThat(regency.getCellData(0)).as("the seeded award is Manggarai's").isEqualTo("Kabupaten Manggarai");

        try (PayungServices clerk = open(yosef)) {
            clerk.events().add(new Event(0, EventKind.CARD_HANDOVER, LocalDate.of(2026, 3, 15),
                    "Penyerahan 10 kartu BPJS Ketenagakerjaan", null, null, null, List.of(), "Rego", null, null));
        }
        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> events.getItems().size() == before + 1);
        Event handover = events.getItems().stream().filter(e -> e.title().startsWith("Penyerahan 10 kartu"))
                .findFirst().orElseThrow();
        int row = events.getItems().indexOf(handover);
        assertThat(regency.getCellData(row)).isEqualTo("Kabupaten Manggarai Barat");
        // At 1.366 px the header and "Manggarai Barat" read whole (a first look: "Kabupate…", "Manggarai …").
        robot.interact(() -> { });
        java.util.List<javafx.scene.control.Labeled> shown = new java.util.ArrayList<>();
        robot.from(events).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() == regency && c.getText() != null && !c.getText().isEmpty())
                .forEach(shown::add);
        assertThat(shown).extracting(javafx.scene.control.Labeled::getText).contains("Manggarai Barat");
        assertThat(shown.stream().filter(c -> !whole(c)).map(javafx.scene.control.Labeled::getText).toList()).isEmpty();
        assertThat(robot.from(events).lookup(".column-header .label").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(l -> "Kabupaten/kota".equals(l.getText())).allMatch(ReaderAwardsWindowTest::whole)).isTrue();
        robot.interact(() -> events.getSelectionModel().select(handover));
        Label where = robot.lookup("#eventRegency").queryAs(Label.class);
        waitUntil(where::isVisible);
        assertThat(where.getText()).isEqualTo("Kabupaten Manggarai Barat");

        try (PayungServices clerk = open(yosef)) {
            clerk.events().add(new Event(0, EventKind.OTHER, LocalDate.of(2026, 4, 2), "Sosialisasi di Rego", null,
                    null, null, List.of(), null, null, null));
        }
        ScreenWaits.open(robot, id.payung.ui.main.Screen.DASHBOARD);
        ScreenWaits.open(robot, id.payung.ui.main.Screen.AWARDS);
        waitUntil(() -> events.getItems().size() == before + 2);
    }

    private static boolean whole(javafx.scene.control.Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(n -> ((javafx.scene.text.Text) n).getText()).anyMatch(cell.getText()::equals);
    }
}
