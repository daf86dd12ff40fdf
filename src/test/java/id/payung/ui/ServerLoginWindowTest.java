package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.app.MainWindow;
import id.payung.domain.ServerAddress;
import id.payung.service.ServerPassword;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's start on a PostgreSQL server (the test server of {@link PostgresServer}), as {@code App} runs
 * it: no password stored, so the dialog asks; a wrong one is said in a sentence and asked again; the right one
 * opens the main window on the server, whose status line names the server and the login, and whose dashboard
 * shows Manggarai's 2025 shares read from PostgreSQL. A server nobody answers on is said so, and Keluar quits.
 */
@Tag("postgres")
@ExtendWith({ApplicationExtension.class, PostgresServer.class})
class ServerLoginWindowTest {
    private static final ServerPassword.Lookup NONE_STORED =
            new ServerPassword.Lookup(null, ServerPassword.Source.NONE, null, ServerPassword.Ignored.NONE);
    private Stage stage;
    private FxTaskExecutor tasks;
    private MainWindow window;
    private PayungServices opened;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (tasks != null) {
            tasks.close();
        }
        if (window != null) {
            window.close();
        }
        Platform.runLater(() -> {
            javafx.geometry.Rectangle2D usable = javafx.stage.Screen.getPrimary().getVisualBounds();
            WindowMemory.place(stage, WindowMemory.firstPlace(usable), usable);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWrongPasswordIsAskedAgainAndTheRightOneOpensTheWindowOnTheServer(FxRobot robot, PostgresDatabase server)
            throws Exception {
        server.useRegency("53.10");
        PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK).close(); // payung server init
        String clerk = server.createLogin("siti", "benar-sekali");
        grantClerk(server, clerk);
        ServerAddress owner = server.ownerAddress();
        ServerAddress address = new ServerAddress(clerk, "localhost", owner.port(), owner.database(), null);
        ServerLoginDialog<PayungServices>[] dialog = new ServerLoginDialog[1];
        robot.interact(() -> {
            dialog[0] = new ServerLoginDialog<>(I18n.bundle(I18n.INDONESIAN), address, () -> NONE_STORED,
                    password -> PayungServices.openServer(address, password, TestData.CLOCK), opened -> {
                        this.opened = opened;
                        tasks = new FxTaskExecutor(error -> {
                            throw new AssertionError("background work failed", error);
                        });
                        window = new MainWindow(stage, opened, tasks, TestData.CLOCK, I18n.INDONESIAN, "test");
                        window.show();
                    }, () -> {
                        throw new AssertionError("not quit");
                    });
            dialog[0].show();
        });
        Label message = robot.lookup("#loginMessage").queryAs(Label.class);
        PasswordField password = robot.lookup("#loginPassword").queryAs(PasswordField.class);
        // Nothing stored: the server refuses a login without a password, and the dialog asks for it.
        waitUntil(() -> password.getParent().isVisible() && !robot.lookup("#loginConnect").queryAs(Button.class).isDisabled());
        assertThat(message.getText()).isEqualTo("Ketik kata sandi pengguna " + clerk
                + " di server localhost. Kata sandi hanya dipakai untuk masuk dan tidak disimpan.");
        assertThat(robot.lookup("#loginAddress").queryAs(Label.class).getText())
                .isEqualTo("Server localhost (port " + owner.port() + "), basis data " + owner.database()
                        + ", sebagai pengguna " + clerk);

        robot.clickOn("#loginPassword").write("salah");
        robot.clickOn("#loginConnect");
        waitUntil(() -> message.getText().startsWith("Kata sandi salah"));
        assertThat(message.getText()).isEqualTo("Kata sandi salah, atau server localhost tidak mengenal pengguna " + clerk
                + ". Ketik lagi.");
        assertThat(password.getText()).as("the refused password is not kept in the field").isEmpty();
        assertThat(window).isNull();

        robot.clickOn("#loginPassword").write("benar-sekali");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window != null && !dialog[0].stage().isShowing());
        ScreenWaits.shown(robot, id.payung.ui.main.Screen.DASHBOARD);
        assertThat(robot.lookup("#databaseFile").queryAs(Label.class).getText())
                .isEqualTo("Server: localhost:" + owner.port() + "/" + owner.database() + " · " + clerk);
        // The port, not PostgreSQL's own, is named: two servers on one host look different (trial 24b L7).
        assertThat(stage.getTitle()).isEqualTo("Payung — Server: localhost:" + owner.port() + "/" + owner.database()
                + " · " + clerk);
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 2);
        assertThat(chart.getData()).extracting(PieChart.Data::getName).containsExactly(
                "APBD Provinsi NTT\n4.280 (81,1%)", "APBD Kabupaten Manggarai\n1.000 (18,9%)");
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).isEqualTo("Total: 5.280 peserta");
        // The backup page says who backs a server up instead of offering this PC's files, and offers the clerk's
        // offline copy (session 17's trial found it only as a command).
        ScreenWaits.open(robot, id.payung.ui.main.Screen.BACKUP);
        assertThat(robot.lookup("#backupOnServer").queryAs(Label.class).getText())
                .contains("pengelola server (TI kantor)").contains("salinan luring").doesNotContain("docs/SERVER.md");
        assertThat(robot.lookup("#restoreFromFile").tryQuery()).isEmpty();
        assertThat(robot.lookup("#offlineCopy").queryAs(Button.class).getText()).isEqualTo("Simpan salinan luring…");
        // The copy is made with the password typed in the dialog: none is stored anywhere for this login.
        java.nio.file.Path copy = java.nio.file.Files.createTempDirectory("offline").resolve("salinan.db");
        assertThat(opened.offlineCopy(copy)).isEqualTo(copy.toAbsolutePath());
        long onServer;
        try (Connection c = server.owner(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM cohort")) {
            r.next();
            onServer = r.getLong(1);
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM cohort")) {
            r.next();
            assertThat(r.getLong(1)).as("the clerk's regency's counted groups (the 5.280)").isEqualTo(onServer).isPositive();
        }
        // Every full NIK of the regency left the server: written to the trail as an export with full NIKs (review 17).
        try (Connection c = server.owner(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT actor, after_json FROM audit_log WHERE action = 'EXPORT_FULL_NIK'"
                     + " AND entity = 'database'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(clerk);
            assertThat(r.getString(2)).contains("\"file\":\"salinan.db\"");
        }
        // The window's save dialog asked before replacing a file: the copy replaces it then; the command line never does.
        assertThatThrownBy(() -> opened.offlineCopy(copy)).hasMessageContaining("exists already");
        assertThat(opened.offlineCopy(copy, true)).isEqualTo(copy.toAbsolutePath());
        // Pengaturan says this window is on the server although this PC starts on its file (it said only the latter).
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("id/payung/test-login-" + System.nanoTime());
        DatabasePreference.usePreferences(prefs);
        try {
            ScreenWaits.open(robot, id.payung.ui.main.Screen.SETTINGS);
            assertThat(robot.lookup("#serverNow").queryAs(Label.class).getText()).isEqualTo("Jendela ini dibuka pada server "
                    + address + " (dengan --db). Saat mulai biasa, komputer ini membuka berkas basis data lokalnya.");
        } finally {
            DatabasePreference.usePreferences(null);
            prefs.removeNode();
        }
    }

    @Test
    void aServerNobodyAnswersIsSaidSoAndQuitQuitsCleanly(FxRobot robot) throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ServerAddress address = new ServerAddress("siti", "127.0.0.1", closedPort, "payung", null);
        AtomicBoolean quit = new AtomicBoolean();
        ServerLoginDialog<PayungServices>[] dialog = new ServerLoginDialog[1];
        robot.interact(() -> {
            dialog[0] = new ServerLoginDialog<>(I18n.bundle(I18n.INDONESIAN), address,
                    () -> new ServerPassword.Lookup("dari-pgpass", ServerPassword.Source.FILE, null, ServerPassword.Ignored.NONE),
                    password -> PayungServices.openServer(address, password, TestData.CLOCK), opened -> {
                        throw new AssertionError("nothing to open");
                    }, () -> quit.set(true));
            dialog[0].show();
        });
        Label message = robot.lookup("#loginMessage").queryAs(Label.class);
        Button connect = robot.lookup("#loginConnect").queryAs(Button.class);
        waitUntil(() -> message.getText().startsWith("Server 127.0.0.1"));
        assertThat(message.getText()).isEqualTo("Server 127.0.0.1 (port " + closedPort + ") tidak dapat dihubungi, atau"
                + " tidak memiliki basis data payung. Periksa apakah komputer server menyala dan terhubung ke jaringan"
                + " kantor, lalu coba lagi; atau keluar.");
        assertThat(connect.getText()).isEqualTo("Coba lagi");
        assertThat(robot.lookup("#loginPassword").queryAs(PasswordField.class).getParent().isVisible())
                .as("the stored password is used again: nothing to type").isFalse();
        robot.clickOn("#loginConnect");
        waitUntil(() -> !connect.isDisabled());
        assertThat(message.getText()).startsWith("Server 127.0.0.1 (port " + closedPort + ") tidak dapat dihubungi");

        robot.clickOn("#loginQuit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quit).isTrue();
        assertThat(dialog[0].stage().isShowing()).isFalse();
    }

    /**
     * Trial 17 F8: a login its administrator switched off (payung server disable-user) is said so, with its right
     * password stored: not "wrong password", and no password asked for, which could not mend it.
     */
    @Test
    void aSwitchedOffLoginIsSaidSoAndNoPasswordIsAsked(FxRobot robot, PostgresDatabase server) throws SQLException {
        String clerk = server.createLogin("maria", "benar-juga");
        try (Connection c = server.owner(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + PostgresDatabase.identifier(clerk) + " NOLOGIN");
        }
        ServerAddress owner = server.ownerAddress();
        ServerAddress address = new ServerAddress(clerk, "localhost", owner.port(), owner.database(), null);
        AtomicBoolean quit = new AtomicBoolean();
        robot.interact(() -> new ServerLoginDialog<>(I18n.bundle(I18n.INDONESIAN), address,
                () -> new ServerPassword.Lookup("benar-juga", ServerPassword.Source.FILE, null, ServerPassword.Ignored.NONE),
                password -> PayungServices.openServer(address, password, TestData.CLOCK), opened -> {
                    throw new AssertionError("nothing to open");
                }, () -> quit.set(true)).show());
        Label message = robot.lookup("#loginMessage").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Server basis data tidak lagi"));
        assertThat(message.getText()).isEqualTo("Server basis data tidak lagi mengizinkan login ini masuk: " + address
                + ". Login ini telah dinonaktifkan; bila Anda masih bekerja di sini, mintalah administrator server"
                + " (bagian TI kantor) agar mengaktifkannya lagi.");
        assertThat(robot.lookup("#loginPassword").queryAs(PasswordField.class).getParent().isVisible())
                .as("no password mends it").isFalse();
        assertThat(robot.lookup("#loginConnect").queryAs(Button.class).getText()).isEqualTo("Coba lagi");
        robot.clickOn("#loginQuit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quit).isTrue();
    }

    @Test
    void aSavedServerThatDoesNotAnswerLeavesTheWayBackToThisPcsFile(FxRobot robot) throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ServerAddress address = new ServerAddress("siti", "127.0.0.1", closedPort, "payung", null);
        AtomicBoolean local = new AtomicBoolean();
        ServerLoginDialog<PayungServices>[] dialog = new ServerLoginDialog[1];
        robot.interact(() -> {
            dialog[0] = new ServerLoginDialog<>(I18n.bundle(I18n.INDONESIAN), address, () -> NONE_STORED,
                    password -> PayungServices.openServer(address, password, TestData.CLOCK), opened -> {
                        throw new AssertionError("nothing to open");
                    }, () -> {
                        throw new AssertionError("not quit");
                    }, () -> local.set(true));
            dialog[0].show();
        });
        Label message = robot.lookup("#loginMessage").queryAs(Label.class);
        waitUntil(() -> message.getText().startsWith("Server 127.0.0.1"));
        robot.clickOn("#loginUseFile");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(local).isTrue();
        assertThat(dialog[0].stage().isShowing()).isFalse();
    }

    /** What {@code payung server add-user} gives a clerk of Manggarai: a login of regency 53.10 with the rights to work. */
    private static void grantClerk(PostgresDatabase server, String clerk) throws SQLException {
        try (Connection c = server.owner(); Statement s = c.createStatement()) {
            String role = PostgresDatabase.identifier(clerk);
            s.execute("GRANT USAGE ON SCHEMA public TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
            s.execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO " + role);
            // Row-level security (V2) lets a login write through its group, as payung server add-user makes it.
            try (var group = s.executeQuery("SELECT payung_group_role('clerk')")) {
                group.next();
                s.execute("GRANT " + PostgresDatabase.identifier(group.getString(1)) + " TO " + role);
            }
            s.execute("INSERT INTO payung_login (login, regency_code) VALUES (" + PostgresDatabase.literal(clerk) + ", '53.10')");
        }
    }
}
