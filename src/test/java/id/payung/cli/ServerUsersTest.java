package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 17 F8, F11: when staff change, the owner resets a clerk's forgotten password ({@code server set-password},
 * from standard input as add-user) and stops a clerk who left from logging in ({@code server disable-user}, back with
 * {@code enable-user}); the clerk's rows stay. A login with no password found anywhere is told so, and where Payung
 * looked, not "refused". The owner here is the test server's superuser (trusted: no password to look up).
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerUsersTest {
    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();
    private PostgresDatabase db;
    private String owner;
    private String siti;
    private String maria;

    @BeforeAll
    void setUp(PostgresDatabase db) {
        this.db = db;
        owner = "postgresql://" + PostgresServer.SUPERUSER + "@localhost:" + db.port() + "/" + db.name();
        siti = db.name() + "_siti";
        maria = db.name() + "_maria";
    }

    @AfterAll
    void dropRoles() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            for (String role : new String[] {siti, maria, db.name() + "_clerk", db.name() + "_province"}) {
                try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = " + PostgresDatabase.literal(role))) {
                    if (!r.next()) {
                        continue;
                    }
                }
                s.execute("DROP OWNED BY " + PostgresDatabase.identifier(role));
                s.execute("DROP ROLE " + PostgresDatabase.identifier(role));
            }
        }
    }

    /**
     * disable-user and enable-user share one implementation: their command lines and help stay as they were, but for
     * --db, which says it takes a server's address too (trial 24b L9).
     */
    @Test
    @Order(0)
    void disableAndEnableKeepTheirHelp() {
        assertThat(console.run("server", "disable-user", "--help")).isZero();
        assertThat(console.out()).isEqualTo("""
                Usage: payung server disable-user [-hV] [--db=FILE] NAME
                Stop a login logging in (a clerk who left): its data and audit entries stay;
                enable-user lets it in again.
                      NAME        The login (as add-user made it).
                      --db=FILE   Database file, or a server's address (default: PAYUNG_DB or
                                    the user's data folder).
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.
                """);
        console.clearOut();
        assertThat(console.run("server", "enable-user", "--help")).isZero();
        assertThat(console.out()).isEqualTo("""
                Usage: payung server enable-user [-hV] [--db=FILE] NAME
                Let a login switched off by disable-user log in again, with the password it had.
                      NAME        The login (as add-user made it).
                      --db=FILE   Database file, or a server's address (default: PAYUNG_DB or
                                    the user's data folder).
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.
                """);
        console.clearOut();
        assertThat(console.run("server", "enable-user", "--db", owner)).as("NAME is required").isEqualTo(2);
    }

    @Test
    @Order(1)
    void aForgottenPasswordIsReplacedFromStandardInput() throws SQLException {
        assertThat(console.run("server", "init", "--db", owner)).as(console.err()).isZero();
        assertThat(withStdin("sandi lama\n", () -> console.run("server", "add-user", siti, "--regency", "53.10",
                "--password-stdin", "--db", owner))).as(console.err()).isZero();
        assertThat(withStdin("sandi maria\n", () -> console.run("server", "add-user", maria, "--regency", "53.10",
                "--password-stdin", "--db", owner))).as(console.err()).isZero();
        console.clearOut();

        assertThat(withStdin("sandi baru\n", () -> console.run("server", "set-password", siti, "--password-stdin",
                "--db", owner))).as(console.err()).isZero();
        assertThat(console.out().strip()).isEqualTo("set a new password for " + siti + " on " + owner);
        assertThat(console.out()).doesNotContain("sandi");
        try (Connection c = db.connect(siti, "sandi baru"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_user")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(siti);
        }
        assertThatThrownBy(() -> db.connect(siti, "sandi lama").close()).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));

        assertThat(console.run("server", "set-password", siti, "--db", owner)).as("never from the command line")
                .isEqualTo(2);
        assertThat(console.run("server", "set-password", siti, "sandi", "--password-stdin", "--db", owner)).isEqualTo(2);
        assertThat(withStdin("", () -> console.run("server", "set-password", siti, "--password-stdin", "--db", owner)))
                .isEqualTo(1);
        assertThat(console.err()).contains("No password for " + siti + " on standard input");
    }

    @Test
    @Order(2)
    void theOwnerAndStrangersAreRefused() {
        assertThat(withStdin("x\n", () -> console.run("server", "set-password", PostgresServer.SUPERUSER,
                "--password-stdin", "--db", owner))).isEqualTo(1);
        assertThat(console.err().strip()).endsWith("payung: " + PostgresServer.SUPERUSER + " is the owner of Payung's"
                + " database, not a clerk's or reader's login: its password and its logging in are the server"
                + " administrator's (ALTER ROLE in psql, docs/SERVER.md). Nothing was changed.");
        assertThat(console.run("server", "disable-user", PostgresServer.SUPERUSER, "--db", owner)).isEqualTo(1);
        assertThat(console.err().strip()).endsWith("Nothing was changed.");
        assertThat(console.run("server", "disable-user", "nobody", "--db", owner)).isEqualTo(1);
        assertThat(console.err().strip()).endsWith("payung: The server " + owner + " has no clerk's or reader's login nobody"
                + " (payung server add-user makes them). Nothing was changed.");
    }

    @Test
    @Order(3)
    void aClerkMayNotChangeLogins(@TempDir Path home) throws Exception {
        withHome(home, "localhost:" + db.port() + ":" + db.name() + ":" + siti + ":sandi baru\n", () -> {
            String asSiti = "postgresql://" + siti + "@localhost:" + db.port() + "/" + db.name();
            assertThat(console.run("server", "disable-user", maria, "--db", asSiti)).isEqualTo(1);
            assertThat(console.err().strip()).endsWith("payung: " + siti + " may not change logins on this server."
                    + " Clerks' logins are changed by the owner of Payung's database (the login that ran payung server"
                    + " init), not by a clerk's or the province's login: run this command again with the owner's --db"
                    + " (docs/SERVER.md). Nothing was changed.");
            assertThat(withStdin("punya siti\n", () -> console.run("server", "set-password", siti, "--password-stdin",
                    "--db", asSiti))).as("not even its own").isEqualTo(1);
            // The server's own refusal (SQLSTATE 42501 at CREATE ROLE), in ServerConnection.inTransaction
            assertThat(withStdin("x\n", () -> console.run("server", "add-user", db.name() + "_baru", "--regency", "53.10",
                    "--password-stdin", "--db", asSiti))).isEqualTo(1);
            assertThat(console.err().strip()).contains("payung: " + siti + " may not create logins on this server.");
        });
        try (Connection c = db.connect(maria, "sandi maria")) {
            assertThat(c.isValid(5)).isTrue();
        }
        try (Connection c = db.connect(siti, "sandi baru")) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    @Order(4)
    void aDisabledClerkIsRefusedInASentenceAndEnabledAgain(@TempDir Path home) throws Exception {
        String asSiti = "postgresql://" + siti + "@localhost:" + db.port() + "/" + db.name();
        Path list = Files.writeString(home.resolve("daftar.csv"), "NIK;Nama;Desa\n5310015204850021;Maria Jelita;Wae Rii\n");
        withHome(home, "localhost:" + db.port() + ":" + db.name() + ":" + siti + ":sandi baru\n", () -> {
            assertThat(console.run("import", list.toString(), "--funder", "APBD-PROV-NTT", "--from", "2026-01", "--db",
                    asSiti)).as(console.err()).isZero();
            console.clearOut();

            assertThat(console.run("server", "disable-user", siti, "--db", owner)).as(console.err()).isZero();
            assertThat(console.out().strip()).isEqualTo("switched off the login " + siti + " on " + owner
                    + "; it can no longer log in, its data and audit entries stay");
            assertThat(console.run("report", "funding-shares", "--year", "2026", "--db", asSiti)).isEqualTo(1);
            assertThat(console.err().strip()).endsWith("payung: The database server does not let this login in any more: "
                    + asSiti + ". It has been switched off; if you still work here, ask the server administrator (your"
                    + " office's IT) to switch it on again.");
            assertThat(console.run("server", "init", "--db", asSiti)).isEqualTo(1);
            assertThat(console.err().strip()).endsWith("payung: The server " + asSiti + " does not let the login " + siti
                    + " in: it is switched off (payung server disable-user). The owner switches it on again with payung"
                    + " server enable-user " + siti + ".");
            try (Connection c = db.owner(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT (SELECT count(*) FROM payung_login WHERE login = " + PostgresDatabase.literal(siti) + "),"
                            + " (SELECT count(*) FROM enrollment WHERE regency_code = '53.10' AND deleted = 0),"
                            + " (SELECT count(*) FROM audit_log WHERE actor = " + PostgresDatabase.literal(siti) + ")")) {
                r.next();
                assertThat(r.getLong(1)).as("the login's row").isEqualTo(1);
                assertThat(r.getLong(2)).as("the clerk's enrollments").isPositive();
                assertThat(r.getLong(3)).as("the clerk's audit entries").isPositive();
            }
            assertThat(console.run("server", "disable-user", siti, "--db", owner)).as(console.err()).isZero();
            assertThat(console.out()).contains("the login was switched off already: " + siti);
            assertThat(withStdin("sandi baru\n", () -> console.run("server", "set-password", siti, "--password-stdin",
                    "--db", owner))).as(console.err()).isZero();
            assertThat(console.out()).contains("; the login is still switched off: payung server enable-user " + siti
                    + " lets it in again");
            console.clearOut();

            assertThat(console.run("server", "enable-user", siti, "--db", owner)).as(console.err()).isZero();
            assertThat(console.out().strip()).isEqualTo("switched on the login " + siti + " on " + owner);
            assertThat(console.run("report", "funding-shares", "--year", "2026", "--db", asSiti)).as(console.err()).isZero();
            assertThat(console.run("server", "enable-user", siti, "--db", owner)).as(console.err()).isZero();
            assertThat(console.out()).contains("the login could log in already: " + siti);
        });
    }

    /** Trial 17 F11: no PGPASSWORD, no password file: the sentence says none was found and where Payung looks. */
    @Test
    @Order(5)
    void noPasswordFoundIsSaidSoWithWherePayungLooks(@TempDir Path home) throws Exception {
        Assumptions.assumeTrue(System.getenv("PGPASSWORD") == null && System.getenv("PGPASSFILE") == null);
        String asSiti = "postgresql://" + siti + "@localhost:" + db.port() + "/" + db.name();
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString()); // no ~/.pgpass there
        try {
            assertThat(console.run("report", "funding-shares", "--year", "2026", "--db", asSiti)).isEqualTo(1);
            assertThat(console.err().strip()).endsWith("payung: The database server asks for a password and Payung found"
                    + " none: " + asSiti + ". Payung looks in PGPASSWORD, then in the password file (PGPASSFILE, else"
                    + " ~/.pgpass; on Windows %APPDATA%\\postgresql\\pgpass.conf), on a line for this host, port, database"
                    + " and user (docs/SERVER.md).");
            assertThat(console.err()).doesNotContain("refused");
            assertThat(console.run("server", "disable-user", maria, "--db", asSiti)).isEqualTo(1);
            assertThat(console.err().strip()).endsWith("payung: The server " + asSiti + " asks for a password and none was"
                    + " found: put it in PGPASSWORD or the password file ~/.pgpass (on Windows"
                    + " %APPDATA%\\postgresql\\pgpass.conf).");
        } finally {
            System.setProperty("user.home", before);
        }
    }

    /**
     * Trial 22a: {@code import --wait 1} behind another clerk's import on the server waited 32 s and said nothing. It
     * now says it waits and gives up after --wait seconds (exit code 3, nothing written), as on a file.
     */
    @Test
    @Order(6)
    @org.junit.jupiter.api.Timeout(120) // without the fix it waits for ever: the lock is given back after it returns
    void anImportOnTheServerGivesUpAfterWaitSecondsBehindAnotherImport(@TempDir Path home) throws Exception {
        String asSiti = "postgresql://" + siti + "@localhost:" + db.port() + "/" + db.name();
        Path list = Files.writeString(home.resolve("tunggu.csv"), "NIK;Nama;Desa\n5310015204850022;Maria Ndauk;Wae Rii\n");
        withHome(home, "localhost:" + db.port() + ":" + db.name() + ":" + siti + ":sandi baru\n", () -> {
            try (Connection other = db.owner(); Statement s = other.createStatement()) {
                other.setAutoCommit(false);
                s.execute("SELECT 1 FROM summary_state FOR UPDATE"); // what another import holds (payung_import_lock)
                long started = System.nanoTime();
                int exit = console.run("import", list.toString(), "--funder", "APBD-PROV-NTT", "--from", "2026-01",
                        "--wait", "2", "--db", asSiti);
                long took = (System.nanoTime() - started) / 1_000_000L;
                other.rollback();
                assertThat(exit).as(console.err()).isEqualTo(3);
                assertThat(took).isBetween(1_500L, 30_000L);
                assertThat(console.err()).contains("payung: waiting for another write to the server's database " + asSiti)
                        .contains("another import on the server").contains("giving up after 2 s (--wait)")
                        .contains("gave up after waiting").contains("nothing was written");
            }
            try (Connection c = db.owner(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT count(*) FROM import_batch WHERE file_name = 'tunggu.csv'")) {
                r.next();
                assertThat(r.getLong(1)).as("nothing written").isZero();
            }
        });
    }

    private interface Body {
        void run() throws Exception;
    }

    private static void withHome(Path home, String pgpass, Body body) throws Exception {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, pgpass);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            body.run();
        } finally {
            System.setProperty("user.home", before);
        }
    }

    private static int withStdin(String text, java.util.function.IntSupplier run) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.getAsInt();
        } finally {
            System.setIn(before);
        }
    }
}
