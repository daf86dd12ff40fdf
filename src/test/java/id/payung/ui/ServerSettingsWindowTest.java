package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ServerAddress;
import id.payung.ui.main.Screen;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Pengaturan → Basis data server in the real window: a wrong address (or one holding a password) is refused in a
 * sentence and nothing is kept; a good one is kept in this PC's preferences (not in the database, never a
 * password) for the next start; "Pakai berkas lokal" goes back to the file; "Coba sambungan" says why a server
 * cannot be reached (a real attempt on a port nobody listens on).
 */
@ExtendWith(ApplicationExtension.class)
class ServerSettingsWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("id/payung/test-database-" + System.nanoTime());
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-server-settings").dashboardShown()
            .beforeOpen(stage -> DatabasePreference.usePreferences(prefs));

    @AfterEach
    void forget() throws BackingStoreException {
        DatabasePreference.usePreferences(null);
        prefs.removeNode();
    }

    @Test
    void aBadAddressIsRefusedAndAGoodOneKeptForTheNextStart(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.SETTINGS);
        TextField address = robot.lookup("#serverAddress").queryAs(TextField.class);
        Label outcome = robot.lookup("#serverOutcome").queryAs(Label.class);
        Label now = robot.lookup("#serverNow").queryAs(Label.class);
        assertThat(now.getText()).isEqualTo("Saat mulai, komputer ini membuka berkas basis data lokalnya.");
        assertThat(robot.lookup("#serverUseFile").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> address.setText("postgresql://siti:rahasia@kantor/payung"));
        robot.interact(() -> robot.lookup("#serverSave").queryAs(Button.class).fire());
        assertThat(outcome.getText()).startsWith("Alamat server memuat kata sandi. Payung tidak pernah menyimpan kata sandi")
                .doesNotContain("rahasia");
        assertThat(outcome.getStyleClass()).contains("form-error");
        assertThat(prefs.keys()).isEmpty();

        robot.interact(() -> address.setText("postgresql://kantor/payung"));
        robot.interact(() -> robot.lookup("#serverSave").queryAs(Button.class).fire());
        assertThat(outcome.getText()).contains("tidak menyebut pengguna basis data");
        robot.interact(() -> address.setText("postgresql://siti@kantor:99999/payung"));
        robot.interact(() -> robot.lookup("#serverSave").queryAs(Button.class).fire());
        assertThat(outcome.getText()).isEqualTo("Ini bukan port (angka 1 sampai 65535): 99999.");
        assertThat(prefs.keys()).isEmpty();

        robot.interact(() -> address.setText("  postgresql://siti@192.168.1.10/payung "));
        robot.interact(() -> robot.lookup("#serverSave").queryAs(Button.class).fire());
        assertThat(outcome.getText()).isEqualTo("Tersimpan. Mulai berikutnya Payung membuka postgresql://siti@192.168.1.10/payung.");
        assertThat(outcome.getStyleClass()).contains("form-info");
        assertThat(prefs.get("server", null)).isEqualTo("postgresql://siti@192.168.1.10/payung");
        assertThat(now.getText()).isEqualTo("Saat mulai, komputer ini membuka server postgresql://siti@192.168.1.10/payung.");
        // What the next start reads: the data folder's file gives way to the saved server; --db still decides first.
        ServerAddress saved = DatabasePreference.forUser().server().orElseThrow();
        assertThat(id.payung.service.DatabaseChoice.of(null, java.util.Map.of(), "Linux", ui.dir().toString()).orSaved(
                java.util.Optional.of(saved))).isEqualTo(new id.payung.service.DatabaseChoice.Server(saved));
        assertThat(id.payung.service.DatabaseChoice.of(ui.dir().resolve("x.db").toString(), java.util.Map.of(), "Linux",
                ui.dir().toString()).orSaved(java.util.Optional.of(saved)))
                .isInstanceOf(id.payung.service.DatabaseChoice.File.class);

        robot.interact(() -> robot.lookup("#serverUseFile").queryAs(Button.class).fire());
        assertThat(outcome.getText()).isEqualTo("Tersimpan. Mulai berikutnya Payung membuka berkas basis data lokal komputer ini.");
        assertThat(prefs.get("server", null)).isNull();
        assertThat(now.getText()).isEqualTo("Saat mulai, komputer ini membuka berkas basis data lokalnya.");
    }

    @Test
    void testingAServerNobodyAnswersSaysSoWithoutHoldingTheWindow(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.SETTINGS);
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort(); // free once closed: nobody listens there
        }
        String where = "postgresql://siti@127.0.0.1:" + closedPort + "/payung";
        robot.interact(() -> robot.lookup("#serverAddress").queryAs(TextField.class).setText(where));
        robot.interact(() -> robot.lookup("#serverPassword").queryAs(TextField.class).setText("coba"));
        robot.interact(() -> robot.lookup("#serverTest").queryAs(Button.class).fire());
        assertThat(robot.lookup("#serverPassword").queryAs(TextField.class).getText()).as("not kept after the try").isEmpty();
        Label outcome = robot.lookup("#serverOutcome").queryAs(Label.class);
        waitUntil(() -> outcome.getText().startsWith("Server basis data tidak dapat dihubungi"));
        assertThat(outcome.getText()).contains(where);
        assertThat(robot.lookup("#serverTest").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(prefs.keys()).as("a try keeps nothing").isEmpty();
    }
}
