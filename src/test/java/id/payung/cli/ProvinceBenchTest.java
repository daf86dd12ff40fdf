package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The province bench ({@code payung-bench.jar province}, issue 18) at a small scale on the test server: 20.000
 * persons over three regencies, as an administrator runs it — an owner login that is not a superuser (row-level
 * security holds it), its password in ~/.pgpass. Not its timings (they are the machine's): that it measures every
 * goal, that each login saw what it should, and that the server afterwards holds exactly the people the bench put
 * in each regency with the summary a full recount gives.
 */
@Tag("postgres")
@Tag("slow")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceBenchTest {
    private static final String OWNER_PASSWORD = "sandi-pemilik-provinsi";
    private static final int PERSONS = 20_000;
    private static final int IMPORT_ROWS = 2_000;
    private static final int REPEATS = 3;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();
    private PostgresDatabase db;
    private String owner;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        this.db = db;
        owner = db.createLogin("owner", OWNER_PASSWORD);
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + PostgresDatabase.identifier(owner) + " CREATEROLE");
            s.execute("ALTER DATABASE " + PostgresDatabase.identifier(db.name()) + " OWNER TO " + PostgresDatabase.identifier(owner));
        }
    }

    @AfterAll
    void dropTheBenchsLogins() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            List<String> roles = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT rolname FROM pg_roles WHERE starts_with(rolname, "
                    + PostgresDatabase.literal(ProvinceFill.loginPrefix(db.name())) + ") AND rolname <> "
                    + PostgresDatabase.literal(owner) + " ORDER BY rolcanlogin DESC")) {
                while (r.next()) {
                    roles.add(r.getString(1));
                }
            }
            for (String role : roles) {
                s.execute("DROP OWNED BY " + PostgresDatabase.identifier(role));
                s.execute("DROP ROLE " + PostgresDatabase.identifier(role));
            }
        }
    }

    @Test
    void measuresEveryGoalAndEachLoginSeesItsOwn(@TempDir Path home) throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "localhost:" + db.port() + ":" + db.name() + ":" + owner + ":" + OWNER_PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Path table = home.resolve("province.md");
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        int exit;
        try {
            exit = BenchMain.run("province", "--server", "postgresql://" + owner + "@localhost:" + db.port() + "/" + db.name(),
                    "--persons", String.valueOf(PERSONS), "--regencies", "3", "--import-rows", String.valueOf(IMPORT_ROWS),
                    "--repeats", String.valueOf(REPEATS), "--out", table.toString());
        } finally {
            System.setProperty("user.home", before);
        }
        String printed = console.out();
        assertThat(exit).as(console.err()).isEqualTo(printed.contains("FAIL") ? 1 : 0);
        assertThat(Files.readString(table)).isEqualTo(printed);
        List<String> rows = printed.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| goal")).toList();
        assertThat(rows).as("the fill, the logins, the save, two dashboards with their seven reads each, the import")
                .hasSize(1 + 1 + 1 + 2 * 8 + 1)
                .allSatisfy(l -> assertThat(Double.parseDouble(l.split("\\|")[2].strip().split(" ")[0].replace(",", "")))
                        // A clerk is never shown the regencies: that read is only the question, which may round to 0.
                        .isGreaterThanOrEqualTo(l.contains("by regency") ? 0 : Double.MIN_VALUE).isFinite());
        assertThat(rows).filteredOn(l -> l.contains("logins whose register holds exactly their people"))
                .singleElement().asString().as("3 clerks and the reader each saw theirs").contains("| 4 logins |").endsWith("| pass |");
        assertThat(printed).contains("| goal (20,000 enrollments)").contains("a clerk's save (new person and enrollment, 53.01)")
                .contains("dashboard opened").contains("as the clerk of 53.01").contains("as the provincial reader (3 regencies)")
                .contains("a clerk's import of 2,000 new people on the server").contains("load average at the end:");

        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            int saves = 2 + REPEATS; // Bench.time's two warm-up runs and the timed ones
            assertThat(perRegency(s, "SELECT p.regency_code, count(*) FROM person p GROUP BY 1"))
                    .as("the fill's shares; 53.01's clerk imported and saved besides")
                    .isEqualTo(Map.of("53.01", (long) 6_667 + IMPORT_ROWS + saves, "53.02", 6_667L, "53.03", 6_666L));
            assertThat(perRegency(s, "SELECT e.regency_code, count(*) FROM enrollment e GROUP BY 1"))
                    .isEqualTo(perRegency(s, "SELECT p.regency_code, count(*) FROM person p GROUP BY 1"));
            assertThat(perRegency(s, "SELECT coalesce(regency_code, province_code), count(*) FROM payung_login GROUP BY 1"))
                    .isEqualTo(Map.of("53.01", 1L, "53.02", 1L, "53.03", 1L, "53", 1L));
            // The owner's set-wise fill, the clerk's import and saves leave the summary as a full recount makes it.
            assertThat(differing(s, "SELECT * FROM person_year", "SELECT * FROM person_year_due")).isZero();
            assertThat(differing(s, "SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, n"
                    + " FROM year_count WHERE n <> 0", "SELECT year, funder_id, segment, kecamatan_code, occupation_code,"
                    + " full_package, count(*) FROM person_year_due GROUP BY 1, 2, 3, 4, 5, 6")).isZero();
            assertThat(differing(s, "SELECT * FROM person_transition", "SELECT * FROM person_transition_due")).isZero();
            // And V6's year_kecamatan_count (the reads without occupation) is year_count summed over occupations.
            assertThat(differing(s, "SELECT regency_code, year, funder_id, segment, kecamatan_code, full_package, n"
                    + " FROM year_kecamatan_count WHERE n <> 0", "SELECT regency_code, year, funder_id, segment,"
                    + " kecamatan_code, full_package, sum(n) FROM year_count GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0"))
                    .isZero();
            assertThat(number(s, "SELECT count(*) FROM year_kecamatan_count WHERE n > 0")).as("not vacuously").isPositive();
            assertThat(number(s, "SELECT count(*) FROM person_year")).as("not vacuously")
                    .isGreaterThanOrEqualTo(PERSONS);
        }
    }

    private static Map<String, Long> perRegency(Statement s, String sql) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    /** Rows in one query's answer and not the other's, both ways. */
    private static long differing(Statement s, String a, String b) throws SQLException {
        return number(s, "SELECT count(*) FROM ((" + a + " EXCEPT ALL " + b + ") UNION ALL (" + b
                + " EXCEPT ALL " + a + ")) d");
    }

    private static long number(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
