package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * db/postgresql/V8__server_stamps.sql with real logins: an enrollment stays in an import batch of its own regency
 * (so the batch's undo takes all of it), and the server dates a clerk's new people and import batches as it dates
 * the audit (V4), whatever the clerk's PC or hand sends; the owner, bringing an office's file, keeps its dates.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerStampsTest {
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String LONG_AGO = "2001-02-03T04:05:06Z";
    private ServerFixture server;
    private String siti;
    private String yosef;

    @TempDir
    static Path dir;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    /**
     * Another regency's clerk cannot put an enrollment of theirs into Manggarai's import batch (the foreign key
     * alone let any batch id the server holds through, row-level security or not), neither new nor moved there; so
     * Manggarai's undo of the batch leaves nothing of it behind. Their own batch takes their rows as ever.
     */
    @Test
    void anEnrollmentGoesIntoAnImportBatchOfItsOwnRegencyOnly() throws Exception {
        long batch;
        try (PayungServices services = clerk(siti)) {
            ImportService.Report report = services.imports().importFile(list("siti.csv"), ImportOptions.defaults(),
                    ImportService.Progress.NONE);
            assertThat(report.imported()).isEqualTo(20);
            batch = report.batchId();
        }
        try (Connection c = server.connect(yosef); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            long person = id(s, "INSERT INTO person (nik, full_name, sex, birth_date, created_at)"
                    + " VALUES ('5315015507910001', 'Yuliana Wua', 'P', '1991-07-15', 'x') RETURNING id");
            String enrol = "INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp, first_month, last_month,"
                    + " batch_id) SELECT " + person + ", id, 'BPU', 1, 1, 0, 0, '%s', '%s', %s FROM funding_source"
                    + " WHERE code = 'MANDIRI' RETURNING id";
            assertThatThrownBy(() -> id(s, enrol.formatted("2026-01", "2026-03", batch)))
                    .as("a new row in Manggarai's batch").isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION))
                    .hasMessageContaining("cannot be in import batch " + batch + ", which is regency 53.10's");
            long own = id(s, enrol.formatted("2026-01", "2026-03", "NULL"));
            assertThatThrownBy(() -> s.executeUpdate("UPDATE enrollment SET batch_id = " + batch + " WHERE id = " + own))
                    .as("a row moved into it").isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION));
            long yosefsBatch = id(s, "INSERT INTO import_batch (file_name, file_sha256, imported_at, actor, rows_read,"
                    + " rows_imported, rows_duplicate, rows_rejected) VALUES ('y.csv', 'ab', 'x', 'x', 1, 1, 0, 0) RETURNING id");
            assertThat(s.executeUpdate("UPDATE enrollment SET batch_id = " + yosefsBatch + " WHERE id = " + own))
                    .as("the regency's own batch").isEqualTo(1);
        }
        try (PayungServices services = clerk(siti)) {
            assertThat(services.imports().undo(batch)).isEqualTo(20);
        }
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment WHERE batch_id = " + batch + " AND deleted = 0"))
                    .as("nothing of the batch is left after its undo").isZero();
        }
    }

    /**
     * A clerk's new person and import batch carry the server's time, not what the PC (or a hand at psql) sends,
     * and keep it: a later UPDATE of the time changes nothing; an undo is dated by the server too, once. The
     * owner keeps the dates it writes (server import-file brings an office's history).
     */
    @Test
    void theServerDatesAClerksPeopleAndBatchesAndTheOwnerKeepsItsDates() throws SQLException {
        Instant before = Instant.now().minusSeconds(1);
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            long person = id(s, "INSERT INTO person (nik, full_name, sex, birth_date, created_at)"
                    + " VALUES ('5310011203880001', 'Kornelis Jehaut', 'L', '1988-03-12', '" + LONG_AGO + "') RETURNING id");
            long batch = id(s, "INSERT INTO import_batch (file_name, file_sha256, imported_at, actor, rows_read,"
                    + " rows_imported, rows_duplicate, rows_rejected, undone_at)"
                    + " VALUES ('k.csv', 'cd', '" + LONG_AGO + "', 'x', 0, 0, 0, 0, '" + LONG_AGO + "') RETURNING id");
            Instant after = Instant.now().plusSeconds(1);
            Instant created = Instant.parse(text(s, "SELECT created_at FROM person WHERE id = " + person));
            Instant imported = Instant.parse(text(s, "SELECT imported_at FROM import_batch WHERE id = " + batch));
            assertThat(created).as("the person's, by the server").isBetween(before, after);
            assertThat(imported).as("the batch's, by the server").isBetween(before, after);
            assertThat(text(s, "SELECT undone_at FROM import_batch WHERE id = " + batch)).as("not undone when made").isNull();

            s.executeUpdate("UPDATE person SET created_at = '" + LONG_AGO + "' WHERE id = " + person);
            s.executeUpdate("UPDATE import_batch SET imported_at = '" + LONG_AGO + "' WHERE id = " + batch);
            assertThat(Instant.parse(text(s, "SELECT created_at FROM person WHERE id = " + person))).isEqualTo(created);
            assertThat(Instant.parse(text(s, "SELECT imported_at FROM import_batch WHERE id = " + batch))).isEqualTo(imported);

            s.executeUpdate("UPDATE import_batch SET undone_at = '" + LONG_AGO + "' WHERE id = " + batch);
            Instant undone = Instant.parse(text(s, "SELECT undone_at FROM import_batch WHERE id = " + batch));
            assertThat(undone).as("the undo's, by the server").isBetween(before, Instant.now().plusSeconds(1));
            s.executeUpdate("UPDATE import_batch SET undone_at = '" + LONG_AGO + "' WHERE id = " + batch);
            assertThat(Instant.parse(text(s, "SELECT undone_at FROM import_batch WHERE id = " + batch))).isEqualTo(undone);
        }
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("SET payung.regency = '53.10'");
            long person = id(s, "INSERT INTO person (nik, full_name, sex, birth_date, created_at)"
                    + " VALUES ('5310012507870001', 'Agustinus Ndala', 'L', '1987-07-25', '" + LONG_AGO + "') RETURNING id");
            long batch = id(s, "INSERT INTO import_batch (file_name, file_sha256, imported_at, actor, rows_read,"
                    + " rows_imported, rows_duplicate, rows_rejected) VALUES ('a.csv', 'ef', '" + LONG_AGO + "', 'siti', 0, 0, 0, 0) RETURNING id");
            assertThat(text(s, "SELECT created_at FROM person WHERE id = " + person)).isEqualTo(LONG_AGO);
            assertThat(text(s, "SELECT imported_at FROM import_batch WHERE id = " + batch)).isEqualTo(LONG_AGO);
        }
    }

    private PayungServices clerk(String login) {
        return server.services(login);
    }

    private static Path list(String name) throws Exception {
        StringWriter out = new StringWriter();
        DemoData.writeCsv(out, 20, 8);
        return Files.write(dir.resolve(name), List.of(out.toString().split("\\R")), StandardCharsets.UTF_8);
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
