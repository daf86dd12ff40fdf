package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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
 * {@code payung server init | add-user | import-file} as a script runs them: exit code 0 and one line on
 * stdout when done, exit code 1 and one sentence on stderr when refused, 2 for a wrong command line. The
 * owner here is the test server's superuser (trusted on it: no password to look up).
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerCommandTest {
    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();
    private PostgresDatabase db;
    private String owner;

    @BeforeAll
    void setUp(PostgresDatabase db) {
        this.db = db;
        owner = "postgresql://" + PostgresServer.SUPERUSER + "@localhost:" + db.port() + "/" + db.name();
    }

    @AfterAll
    void dropRoles() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            for (String role : new String[] {db.name() + "_siti", db.name() + "_yosef", db.name() + "_ntt",
                    db.name() + "_clerk", db.name() + "_province", db.name() + "_province_53"}) {
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

    @Test
    @Order(1)
    void initMakesTheSchemaOnceAndSaysSo() {
        assertThat(console.run("server", "init", "--db", owner)).as(console.err()).isZero();
        assertThat(console.out()).contains("made Payung's schema in " + owner).contains("53.10");
        assertThat(console.run("server", "init", "--db", owner)).isEqualTo(1);
        assertThat(console.err().strip()).endsWith("payung: " + owner
                + " holds a Payung database already (schema version 18); nothing was changed.");
    }

    @Test
    @Order(2)
    void addUserTakesThePasswordFromStandardInputOnly() throws SQLException {
        String login = db.name() + "_siti";
        assertThat(withStdin("sandi siti\n", () -> console.run("server", "add-user", login, "--regency", "53.10",
                "--password-stdin", "--db", owner))).as(console.err()).isZero();
        assertThat(console.out()).contains("added " + login).doesNotContain("sandi siti");
        try (Connection c = db.connect(login, "sandi siti"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_user, (SELECT regency_code FROM payung_login)")) {
            r.next();
            assertThat(r.getString(1) + " " + r.getString(2)).isEqualTo(login + " 53.10");
        }

        assertThat(withStdin("x\n", () -> console.run("server", "add-user", db.name() + "_lain", "--regency", "53.99",
                "--password-stdin", "--db", owner))).isEqualTo(1);
        assertThat(console.err().strip()).endsWith("payung: 53.99 is not a regency of the Kemendagri 2025 region list"
                + " (a regency code looks like 53.10).");
        assertThat(console.run("server", "add-user", "lain", "--password-stdin", "--db", owner)).as("no --regency or --province")
                .isEqualTo(2);
        assertThat(console.run("server", "add-user", "lain", "--regency", "53.10", "--db", owner)).as("no --password-stdin")
                .isEqualTo(2);
    }

    @Test
    @Order(3)
    void aFileIsNoServerAndAnEmptyStandardInputIsNoPassword(@TempDir Path dir) {
        Path file = dir.resolve("payung.db");
        assertThat(console.run("server", "init", "--db", file.toString())).isEqualTo(1);
        assertThat(console.err().strip()).endsWith("payung: This command works on a PostgreSQL server, not on the file "
                + file.toAbsolutePath() + ": give --db postgresql://OWNER@HOST[:PORT]/DB.");
        assertThat(withStdin("", () -> console.run("server", "add-user", db.name() + "_kosong", "--regency", "53.10",
                "--password-stdin", "--db", owner))).isEqualTo(1);
        assertThat(console.err()).contains("No password for " + db.name() + "_kosong on standard input");
        assertThat(console.run("backup", "--out", dir.resolve("salinan.db").toString(), "--db", owner)).isEqualTo(1);
        assertThat(console.err()).contains("payung: postgres is not a regency's clerk: an offline copy");
        assertThat(dir.toFile().list()).as("nothing left behind").isEmpty();
    }

    /**
     * Issue 18's "done when" as a script sees it: {@code report funding-shares --year 2025} with {@code --db} naming
     * each login (its password from ~/.pgpass, as libpq reads it): Manggarai's clerk sees 4.280 / 1.000, Manggarai
     * Barat's clerk none of them, the province's reader both.
     */
    @Test
    @Order(4)
    void eachLoginsReportOnTheCommandLineIsTheirRegencysOrTheirProvinces(@TempDir Path home) throws Exception {
        String yosef = db.name() + "_yosef";
        String ntt = db.name() + "_ntt";
        assertThat(withStdin("sandi yosef\n", () -> console.run("server", "add-user", yosef, "--regency", "53.15",
                "--password-stdin", "--db", owner))).as(console.err()).isZero();
        assertThat(withStdin("sandi ntt\n", () -> console.run("server", "add-user", ntt, "--province", "53",
                "--password-stdin", "--db", owner))).as(console.err()).isZero();
        Path pgpass = home.resolve(".pgpass");
        java.nio.file.Files.writeString(pgpass, String.join("\n",
                "localhost:" + db.port() + ":" + db.name() + ":" + db.name() + "_siti:sandi siti",
                "localhost:" + db.port() + ":" + db.name() + ":" + yosef + ":sandi yosef",
                "localhost:" + db.port() + ":" + db.name() + ":" + ntt + ":sandi ntt") + "\n");
        java.nio.file.Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertThat(report(db.name() + "_siti")).contains("4.280").contains("1.000").contains("81,1%");
            assertThat(report(yosef)).doesNotContain("4.280").doesNotContain("1.000");
            assertThat(report(ntt)).contains("4.280").contains("1.000");

            // Trial 14 F2: the province's login is refused a regent's annex, in a sentence; its year report is the
            // province's, headed by the office the owner set for it.
            String nttDb = "postgresql://" + ntt + "@localhost:" + db.port() + "/" + db.name();
            Path annex = home.resolve("lampiran.pdf");
            assertThat(console.run("report", "annex", "--funder", "APBD-PROV-NTT", "--year", "2025", "--format", "pdf",
                    "--out", annex.toString(), "--db", nttDb)).isEqualTo(1);
            assertThat(console.err()).contains("This annex belongs to one regent's (or mayor's) decree");
            assertThat(annex).doesNotExist();
            assertThat(console.run("server", "province-settings", "53", "--office", "Dinas Nakertrans Provinsi NTT",
                    "--place", "Kupang", "--db", owner)).as(console.err()).isZero();
            assertThat(console.out()).contains("saved 2 setting(s) of province 53");
            assertThat(console.run("server", "province-settings", "99", "--place", "X", "--db", owner)).isEqualTo(1);
            Path pdf = home.resolve("provinsi.pdf");
            assertThat(console.run("report", "funding-shares", "--year", "2025", "--format", "pdf", "--out", pdf.toString(),
                    "--db", nttDb)).as(console.err()).isZero();
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                        .contains("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS NAKERTRANS PROVINSI NTT", "Kupang, ")
                        .doesNotContain("Ruteng, ");
            }
            assertThat(console.run("report", "funding-shares", "--year", "2025", "--db",
                    "postgresql://" + yosef + "@localhost:" + db.port() + "/" + db.name() + "x")).as("no such database").isEqualTo(1);
            assertThat(console.err()).doesNotContain("sandi");

            // Manggarai's clerk imports a village list on the server, under row-level security as that login.
            Path list = id.payung.service.TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", home);
            assertThat(console.run("import", list.toString(), "--funder", "APBD-PROV-NTT", "--from", "2026-01", "--db",
                    "postgresql://" + db.name() + "_siti@localhost:" + db.port() + "/" + db.name())).as(console.err()).isZero();
            assertThat(console.out().strip()).endsWith("read 6, imported 6, duplicate 0, rejected 0 (batch 1)");
            try (Connection c = db.owner(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                    "SELECT count(*), min(e.regency_code), max(b.actor) FROM enrollment e JOIN import_batch b ON b.id = e.batch_id")) {
                r.next();
                assertThat(r.getLong(1) + " " + r.getString(2) + " " + r.getString(3))
                        .isEqualTo("6 53.10 " + db.name() + "_siti");
            }
        } finally {
            System.setProperty("user.home", before);
        }
    }

    /**
     * An office file made for Manggarai Timur by a Payung that seeded every file with Manggarai's opening data is
     * moved as it is, and the command says so (trial 14 F1); a file made now for it moves without a word of it.
     */
    @Test
    @Order(5)
    void importFileTellsOfManggaraisSeededRowsInAnotherRegencysFile(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("matim-lama.db");
        assertThat(console.run("init", "--db", old.toString())).as(console.err()).isZero();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '53.19' WHERE key = 'office_regency'");
        }
        assertThat(console.run("server", "import-file", old.toString(), "--regency", "53.19", "--db", owner))
                .as(console.err()).isZero();
        assertThat(console.out()).contains("warning: the file holds the opening data Payung seeded for regency 53.10")
                .contains("4 cohorts of 7.280 participants and 3 events");

        Path fresh = dir.resolve("sumba.db");
        assertThat(console.run("init", "--db", fresh.toString(), "--regency", "53.11")).as(console.err()).isZero();
        assertThat(console.run("server", "import-file", fresh.toString(), "--regency", "53.11", "--db", owner))
                .as(console.err()).isZero();
        assertThat(console.out().substring(console.out().lastIndexOf("moved "))).doesNotContain("warning");
    }

    /**
     * A file made for Manggarai and moved as Ngada's: its enrollments under Manggarai's budget move as they are, and
     * the command says how many and under which funders, with a few people by masked NIK; a budget that pays in Ngada
     * (the province's) is not named, and no NIK is printed whole.
     */
    @Test
    @Order(6)
    void importFileTellsOfEnrollmentsUnderAnotherRegionsBudget(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ngada-dari-mgr.db");
        assertThat(console.run("init", "--db", file.toString())).as(console.err()).isZero();
        // People no regency of this server has enrolled yet (a move refuses a worker paid twice).
        Path list = java.nio.file.Files.writeString(dir.resolve("kabupaten.csv"), "NIK;Nama;Desa\n"
                + "5310014103900011;Yuliana Ndiwa;Wae Rii\n5310011004880012;Benediktus Jehaut;Wae Rii\n"
                + "5310012509920013;Stefanus Ngamal;Wae Rii\n");
        assertThat(console.run("import", list.toString(), "--funder", "APBD-KAB-MGR", "--from", "2026-01", "--db",
                file.toString())).as(console.err()).isZero();
        Path province = java.nio.file.Files.writeString(dir.resolve("provinsi.csv"), "NIK;Nama;Desa\n"
                + "5310011306870014;Petrus Ndala;Wae Rii\n");
        assertThat(console.run("import", province.toString(), "--funder", "APBD-PROV-NTT", "--from", "2026-01", "--db",
                file.toString())).as(console.err()).isZero();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '53.09' WHERE key = 'office_regency'");
        }
        console.clearOut();

        assertThat(console.run("server", "import-file", file.toString(), "--regency", "53.09", "--db", owner))
                .as(console.err()).isZero();
        List<String> warnings = console.out().lines().filter(l -> l.contains("another region's budget")).toList();
        assertThat(warnings).containsExactly("warning: 3 enrollments of the file are paid by another region's budget, which"
                + " does not pay in regency 53.09: APBD-KAB-MGR (APBD Kabupaten Manggarai, region 53.10) 3, e.g."
                + " 531001********12 Benediktus Jehaut, 531001********13 Stefanus Ngamal, 531001********11 Yuliana Ndiwa."
                + " They now count as regency 53.09's under that budget: unless it really pays for them, correct their"
                + " funding source (Peserta) as a clerk of 53.09.");
        assertThat(console.out()).doesNotContain("5310014103900011", "5310011004880012", "5310012509920013",
                "5310011306870014");
    }

    /**
     * Session 16: a file replaced on disk while its move waits on the server (here: for a lock the test holds) cannot
     * be opened again afterwards; the move had succeeded, so the command says so and exits 0 (it exited 1 when its
     * check of the file opened it a second time), and its checks are still made, from the file open for the move.
     */
    @Test
    @Order(7)
    void importFileThatSucceededExitsZeroWhenTheFileIsGoneAfterwards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sumba-tengah.db");
        assertThat(console.run("init", "--db", file.toString())).as(console.err()).isZero(); // Manggarai's seeded rows
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '53.17' WHERE key = 'office_regency'");
        }
        console.clearOut();
        int[] exit = {-1};
        try (Connection lock = db.owner(); Statement st = lock.createStatement()) {
            lock.setAutoCommit(false);
            st.execute("LOCK TABLE person IN ACCESS EXCLUSIVE MODE");
            Thread move = new Thread(() -> exit[0] = console.run("server", "import-file", file.toString(), "--regency",
                    "53.17", "--db", owner));
            move.start();
            db.awaitALockWait("the move of the file");
            assertThat(move.isAlive()).as(console.err()).isTrue();
            Path other = Files.writeString(dir.resolve("other.txt"), "no Payung file");
            Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            lock.commit();
            move.join(120_000);
        }
        assertThat(exit[0]).as(console.err()).isZero();
        assertThat(console.out()).contains("moved " + file + " onto " + owner + " as regency 53.17: ")
                .contains("warning: the file holds the opening data Payung seeded for regency 53.10");
    }

    /**
     * Session 16: PostgreSQL answers a login it does not know as it answers a wrong password (28P01, with password
     * authentication), so the sentence names both, not the password alone.
     */
    @Test
    @Order(8)
    void anUnknownOwnerLoginIsNotCalledAWrongPassword(@TempDir Path home) throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "*:*:*:*:apa saja\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            String stranger = "postgresql://nosuchuser@localhost:" + db.port() + "/" + db.name();
            assertThat(console.run("server", "init", "--db", stranger)).isEqualTo(1);
            assertThat(console.err().strip()).endsWith("payung: The server " + stranger + " refused the login nosuchuser:"
                    + " the login name or its password is wrong (the server does not say which). Check the login name in"
                    + " the address, and the password in PGPASSWORD or the password file ~/.pgpass (on Windows"
                    + " %APPDATA%\\postgresql\\pgpass.conf).");
            assertThat(console.err()).doesNotContain("wrong or missing password", "apa saja");
        } finally {
            System.setProperty("user.home", before);
        }
    }

    /**
     * Session 16: the provincial reader's import is refused saying why and who imports, not "read-only" alone;
     * exit code 1 as before, nothing written.
     */
    @Test
    @Order(9)
    void aProvincialReadersImportSaysWhoImports(@TempDir Path home) throws Exception {
        String ntt = db.name() + "_ntt"; // added in order 4
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "localhost:" + db.port() + ":" + db.name() + ":" + ntt + ":sandi ntt\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path list = Files.writeString(home.resolve("daftar.csv"), "NIK;Nama;Desa\n5310015204850021;Maria Jelita;Wae Rii\n");
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            console.clearOut();
            assertThat(console.run("import", list.toString(), "--funder", "APBD-PROV-NTT", "--from", "2026-01", "--db",
                    "postgresql://" + ntt + "@localhost:" + db.port() + "/" + db.name())).isEqualTo(1);
            assertThat(console.err().strip()).endsWith("payung: Nothing was imported: " + ntt + " is a provincial"
                    + " reader's login, which reads the data of every regency of its province and writes nothing. A list"
                    + " is imported by its regency's clerk, with that clerk's own login (made by the server's owner:"
                    + " payung server add-user … --regency).");
            assertThat(console.out()).isEmpty();
        } finally {
            System.setProperty("user.home", before);
        }
    }

    private String report(String login) {
        assertThat(console.run("report", "funding-shares", "--year", "2025", "--db",
                "postgresql://" + login + "@localhost:" + db.port() + "/" + db.name())).as(console.err()).isZero();
        String out = console.out();
        return out.substring(out.lastIndexOf("Funding shares 2025")); // this run's report only
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
