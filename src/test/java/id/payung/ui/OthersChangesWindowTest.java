package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.app.MainWindow;
import id.payung.domain.ServerAddress;
import id.payung.service.ServerAdministration;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.PostgresDatabase;
import id.payung.store.TestEngine;
import java.time.YearMonth;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Two clerks of one regency on a server (trial, session 17): what maria saves appears in siti's status line within
 * moments — "changes by other clerks not yet shown, the last by maria" — and F5 shows it and clears the line. Before,
 * siti's register kept "2 pendaftaran" after maria's import until she left the screen and came back.
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class OthersChangesWindowTest {
    private static final String PASSWORD = "sandi petugas";

    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-others").on(file -> asClerk("siti")).dashboardShown()
            .beforeOpen(stage -> MainWindow.askOthersEvery(javafx.util.Duration.millis(300)));

    @AfterEach
    void askAsUsual() {
        MainWindow.askOthersEvery(javafx.util.Duration.seconds(20));
    }

    private PayungServices asClerk(String who) {
        PostgresDatabase db = engine.server();
        String login = db.name() + "_" + who;
        if ("siti".equals(who)) {
            engine.services().close(); // the server's schema and seeds, as server init leaves them
        }
        // The test server's superuser is trusted: no password to find. (Its roles go with the throwaway server.)
        new ServerAdministration(db.ownerAddress()).addUser(login, "53.10", null, PASSWORD.toCharArray());
        return PayungServices.openServer(ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/"
                + db.name()), PASSWORD.toCharArray(), TestData.CLOCK);
    }

    @Test
    void whatAnotherClerkSavedIsSaidAndF5ShowsIt(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        int before = table.getItems().size();
        // Siti's own save is no other clerk's.
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        try (PayungServices maria = asClerk("maria")) {
            maria.enrollments().enrol(TestData.form("5310011505900017", "Yohanes Dahur", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        }
        String login = engine.server().name() + "_maria";
        waitUntil(() -> robot.lookup("#notice").queryAs(Label.class).getText().startsWith("Perubahan baru oleh"));
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).startsWith("Perubahan baru oleh " + login
                + " (pukul ").endsWith(") belum tampil. Tekan F5 untuk memuat ulang.");
        assertThat(table.getItems()).as("not reloaded under the clerk's hands").hasSize(before);

        robot.type(KeyCode.F5);
        waitUntil(() -> table.getItems().size() == before + 2);
        waitUntil(() -> robot.lookup("#notice").queryAs(Label.class).getText().isEmpty());
    }
}
