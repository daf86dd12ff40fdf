package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ServerAddress;
import id.payung.service.ServerAdministration;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.PostgresDatabase;
import id.payung.store.TestEngine;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 22a L7: a clerk's import window on a server, waiting behind another clerk's import, said "…program lain yang
 * membuka berkas ini sedang menulis ke basis data ini": on a server there is no file. Its waiting line says another
 * import or save on the server writes (on a file the line is as it was: ImportWaitRowWindowTest).
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ServerImportWaitLineWindowTest {
    private static final String PASSWORD = "sandi petugas";

    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-server-wait").on(file -> asClerk()).dashboardShown();

    private PayungServices asClerk() {
        engine.services().close(); // the server's schema and seeds, as server init leaves them
        PostgresDatabase db = engine.server();
        String login = db.name() + "_agus";
        new ServerAdministration(db.ownerAddress()).addUser(login, "53.10", null, PASSWORD.toCharArray());
        return PayungServices.openServer(ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/"
                + db.name()), PASSWORD.toCharArray(), TestData.CLOCK);
    }

    @Test
    void theWaitingLineNamesTheServerNotAFile(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#importWaiting").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false));
        Label wait = robot.lookup("#importWaiting").queryAs(Label.class);
        try {
            assertThat(wait.getText()).startsWith("Menunggu penulisan lain selesai…")
                    .contains("impor atau penyimpanan lain di server")
                    .contains("Batal menghentikan penantian, tidak ada yang ditulis")
                    .doesNotContain("berkas");
        } finally {
            javafx.stage.Window window = wait.getScene().getWindow();
            robot.interact(window::hide);
        }
    }
}
