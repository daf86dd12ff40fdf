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
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window's menu Impor with a provincial reader's login (session 16): the status line says why there is no import
 * and who imports — the reader's login reads every regency's data, a list is imported with a regency's clerk login —
 * as the command line does, not "read-only" alone.
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReaderImportWindowTest {
    private static final String PASSWORD = "sandi ntt";

    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-reader").on(file -> asReader()).dashboardShown();

    private String login;

    private PayungServices asReader() {
        engine.services().close(); // the server's schema and seeds, as server init leaves them
        PostgresDatabase db = engine.server();
        login = db.name() + "_ntt";
        // The test server's superuser is trusted: no password to find. (Its roles go with the throwaway server.)
        new ServerAdministration(db.ownerAddress()).addUser(login, null, "53", PASSWORD.toCharArray());
        return PayungServices.openServer(ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/"
                + db.name()), PASSWORD.toCharArray(), TestData.CLOCK);
    }

    @Test
    void theMenusImportTellsTheReaderWhoImports(FxRobot robot) {
        assertThat(ui.services().readOnly()).isTrue();
        robot.interact(() -> { // a laptop (trial 22a L6: the line was cut at "Daftar diimpor oleh petug…")
            ui.stage().setMaximized(false);
            ui.stage().setWidth(1366);
            ui.stage().setHeight(700);
        });
        // The menu item of this test's own window, fired as a click fires it: a lookup by its text could find a menu
        // left by an earlier class's window in a full run, and the click then went nowhere (CI, session 16).
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ui.stage().getScene().getRoot().lookup(".menu-bar");
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuImport".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Impor daftar…");
        assertThat(item.isDisable()).as("offered to a reader, to say who imports").isFalse();
        robot.interact(item::fire);
        try {
            waitUntil(() -> robot.lookup("#notice").tryQuery().map(n -> ((Label) n).getText())
                    .filter(t -> t != null && t.startsWith("Impor tidak dijalankan")).isPresent());
        } catch (AssertionError e) {
            throw new AssertionError("the status line says: " + robot.lookup("#notice").tryQuery()
                    .map(n -> ((Label) n).getText()).orElse("(no status line)"), e);
        }
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText())
                .startsWith("Impor tidak dijalankan: " + login + " adalah login pembaca provinsi")
                .endsWith("Daftar diimpor oleh petugas kabupaten/kota.")
                .doesNotContain("hanya-baca");
        readWhole(robot);
    }

    /** Trial 22a L6: Ctrl+N did nothing and said nothing in a reader's window; the status line now says why. */
    @Test
    void ctrlNTellsTheReaderWhoEnrols(FxRobot robot) {
        robot.interact(() -> {
            ui.stage().setMaximized(false);
            ui.stage().setWidth(1366);
            ui.stage().setHeight(700);
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.CONTROL);
        try {
            waitUntil(() -> robot.lookup("#notice").tryQuery().map(n -> ((Label) n).getText())
                    .filter(t -> t != null && t.startsWith("Tidak ada peserta baru")).isPresent());
        } catch (AssertionError e) {
            throw new AssertionError("the status line says: " + robot.lookup("#notice").tryQuery()
                    .map(n -> ((Label) n).getText()).orElse("(no status line)"), e);
        }
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).isEqualTo("Tidak ada peserta baru: " + login
                + " adalah login pembaca provinsi. Peserta didaftarkan oleh petugas kabupaten/kota.");
        assertThat(robot.lookup("#nikField").tryQuery()).as("no form opened").isEmpty();
        readWhole(robot);
    }

    /**
     * The status line's notice as drawn at 1366 px: whole, not cut with "…". The line's database as the trial's
     * ("Server: 127.0.0.1/payung · ntt"; this test's database and login names are three times as long).
     */
    private static void readWhole(FxRobot robot) {
        robot.interact(() -> robot.lookup("#databaseFile").queryAs(Label.class).setText("Server: 127.0.0.1/payung · ntt"));
        robot.sleep(300); // the layout pass
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        try {
            Shots.save(robot, notice.getScene(), "reader-notice");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) notice.lookup(".text");
        assertThat(drawn.getText()).as("the notice as drawn").isEqualTo(notice.getText());
    }

    @Test
    void theReaderIsToldWhoTheyAreAndGetsNoOfflineCopy(FxRobot robot) {
        // At opening the status line names the reader's login, not "read-only" as if it were a fault (trial, session 17).
        waitUntil(() -> robot.lookup("#notice").tryQuery().map(n -> ((Label) n).getText())
                .filter(t -> t != null && t.startsWith("Login provinsi")).isPresent());
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).isEqualTo("Login provinsi " + login
                + ": hanya membaca data kabupaten/kota di provinsi ini; perubahan dibuat oleh petugas kabupaten/kota.");
        ScreenWaits.open(robot, id.payung.ui.main.Screen.BACKUP);
        assertThat(robot.lookup("#backupOnServer").queryAs(Label.class).getText())
                .contains("Login provinsi hanya membaca dan tidak membuat salinan luring");
        assertThat(robot.lookup("#offlineCopy").tryQuery()).as("a reader's regencies would meet in one file").isEmpty();
    }
}
