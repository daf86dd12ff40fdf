package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * db/postgresql/V10__statement_checks.sql, part 5, with real logins: the four references to reference data that
 * were foreign keys (a person's region and occupation, an enrollment's funder and region) are checked once per
 * statement and still refuse an unknown code as PostgreSQL's foreign keys did (SQLSTATE 23503, the same constraint
 * names, table and "Key (…)=(…) is not present" detail), whole: a single row, the 37th of 40 rows in one INSERT, an
 * UPDATE, leave nothing behind; the same rows with known codes pass. The other half of a foreign key is kept more
 * strictly: the owner can neither delete, truncate nor re-key a region, an occupation or a funding source,
 * referenced or not; a funding source is still renamed and retired (its {@code active} flag), a region or an
 * occupation renamed.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerReferencesTest {
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final int ROWS = 40;
    private static final int BAD_ROW = 37;
    private static final String PLACE = "53.10.12"; // a kecamatan of Manggarai the shipped list has
    private static final String OTHER_PLACE = "53.10.01";
    private static final String NO_PLACE = "53.10.12.9999";
    private static final String NO_OCCUPATION = "ASTRONOT";
    private ServerFixture server;
    private String siti;
    private long mandiri;
    private long noFunder;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
        try (Connection c = server.ownerConnection()) {
            mandiri = ServerFixture.count(c, "SELECT id FROM funding_source WHERE code = 'MANDIRI'");
            noFunder = ServerFixture.count(c, "SELECT max(id) + 1000 FROM funding_source");
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM region WHERE code IN ('" + PLACE + "', '" + OTHER_PLACE + "')"))
                    .isEqualTo(2);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM region WHERE code = '" + NO_PLACE + "'")).isZero();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM occupation WHERE code IN ('OJEK', 'PETANI')")).isEqualTo(2);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM occupation WHERE code = '" + NO_OCCUPATION + "'")).isZero();
        }
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    /** The foreign keys are gone (V10 drops them): what refuses below is V10's statement check. */
    @Test
    void theForeignKeysAreReplacedByTheStatementChecks() throws SQLException {
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM pg_constraint WHERE conname IN ('person_region_code_fkey',"
                    + " 'person_occupation_code_fkey', 'enrollment_funder_id_fkey', 'enrollment_region_code_fkey',"
                    + " 'enrollment_batch_id_fkey')")).isZero();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM pg_constraint WHERE conname = 'enrollment_person_id_fkey'"))
                    .as("the person keeps its foreign key (people are deleted)").isEqualTo(1);
        }
    }

    @Test
    void aClerksPeopleWithAnUnknownRegionOrOccupationAreRefusedWhole() throws SQLException {
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            refused(() -> s.executeUpdate(people(1, 1, i -> NO_PLACE, i -> "OJEK")),
                    "person", "person_region_code_fkey", "region_code", NO_PLACE, "region");
            refused(() -> s.executeUpdate(people(1, 1, i -> PLACE, i -> NO_OCCUPATION)),
                    "person", "person_occupation_code_fkey", "occupation_code", NO_OCCUPATION, "occupation");
            refused(() -> s.executeUpdate(people(2, ROWS, i -> i == BAD_ROW ? NO_PLACE : PLACE, i -> "OJEK")),
                    "person", "person_region_code_fkey", "region_code", NO_PLACE, "region");
            refused(() -> s.executeUpdate(people(2, ROWS, i -> PLACE, i -> i == BAD_ROW ? NO_OCCUPATION : "PETANI")),
                    "person", "person_occupation_code_fkey", "occupation_code", NO_OCCUPATION, "occupation");
        }
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person WHERE nik LIKE '53100001%' OR nik LIKE '53100002%'"))
                    .as("nothing of the refused statements").isZero();
        }
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            assertThat(s.executeUpdate(people(1, 1, i -> PLACE, i -> "OJEK"))).isEqualTo(1);
            assertThat(s.executeUpdate(people(2, ROWS, i -> PLACE, i -> i % 2 == 0 ? "PETANI" : "OJEK"))).isEqualTo(ROWS);
            assertThat(s.executeUpdate(people(3, 2, i -> null, i -> null))).as("no place, no occupation: as before").isEqualTo(2);

            String all = "WHERE nik LIKE '53100002%'";
            String bad = nik(2, BAD_ROW);
            refused(() -> s.executeUpdate("UPDATE person SET region_code = '" + NO_PLACE + "' WHERE nik = '" + bad + "'"),
                    "person", "person_region_code_fkey", "region_code", NO_PLACE, "region");
            refused(() -> s.executeUpdate("UPDATE person SET region_code = CASE nik WHEN '" + bad + "' THEN '" + NO_PLACE
                    + "' ELSE '" + OTHER_PLACE + "' END " + all), "person", "person_region_code_fkey", "region_code", NO_PLACE, "region");
            refused(() -> s.executeUpdate("UPDATE person SET occupation_code = CASE nik WHEN '" + bad + "' THEN '" + NO_OCCUPATION
                    + "' ELSE 'PETANI' END " + all), "person", "person_occupation_code_fkey", "occupation_code", NO_OCCUPATION,
                    "occupation");
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person " + all + " AND region_code = '" + PLACE + "'"))
                    .as("no row of the refused updates moved").isEqualTo(ROWS);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person " + all + " AND occupation_code = 'OJEK'"))
                    .isEqualTo(ROWS / 2);
            assertThat(s.executeUpdate("UPDATE person SET region_code = '" + OTHER_PLACE + "', occupation_code = 'PETANI' " + all))
                    .isEqualTo(ROWS);
        }
    }

    @Test
    void aClerksEnrollmentsWithAnUnknownFunderOrRegionAreRefusedWhole() throws SQLException {
        List<Long> people = new ArrayList<>();
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            try (ResultSet r = s.executeQuery(people(5, ROWS, i -> PLACE, i -> "OJEK") + " RETURNING id")) {
                while (r.next()) {
                    people.add(r.getLong(1));
                }
            }
        }
        long shapes;
        long dirty;
        try (Connection c = server.ownerConnection()) {
            shapes = ServerFixture.count(c, "SELECT coalesce(sum(n), 0) FROM enrollment_shape");
            dirty = ServerFixture.count(c, "SELECT count(*) FROM summary_dirty");
        }
        String ofThem = " WHERE person_id BETWEEN " + people.get(0) + " AND " + people.get(ROWS - 1);
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            refused(() -> s.executeUpdate(enrollments(people.subList(0, 1), i -> noFunder, i -> PLACE)),
                    "enrollment", "enrollment_funder_id_fkey", "funder_id", String.valueOf(noFunder), "funding_source");
            refused(() -> s.executeUpdate(enrollments(people.subList(0, 1), i -> mandiri, i -> NO_PLACE)),
                    "enrollment", "enrollment_region_code_fkey", "region_code", NO_PLACE, "region");
            refused(() -> s.executeUpdate(enrollments(people, i -> i == BAD_ROW ? noFunder : mandiri, i -> PLACE)),
                    "enrollment", "enrollment_funder_id_fkey", "funder_id", String.valueOf(noFunder), "funding_source");
            refused(() -> s.executeUpdate(enrollments(people, i -> mandiri, i -> i == BAD_ROW ? NO_PLACE : PLACE)),
                    "enrollment", "enrollment_region_code_fkey", "region_code", NO_PLACE, "region");
        }
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment" + ofThem)).as("nothing of the refused statements")
                    .isZero();
            assertThat(ServerFixture.count(c, "SELECT coalesce(sum(n), 0) FROM enrollment_shape")).as("nor of their summary")
                    .isEqualTo(shapes);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM summary_dirty")).isEqualTo(dirty);
        }
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            assertThat(s.executeUpdate(enrollments(people, i -> mandiri, i -> i % 3 == 0 ? null : PLACE))).isEqualTo(ROWS);
            long bad = ServerFixture.count(c, "SELECT id FROM enrollment WHERE person_id = " + people.get(BAD_ROW - 1));
            refused(() -> s.executeUpdate("UPDATE enrollment SET funder_id = " + noFunder + " WHERE id = " + bad),
                    "enrollment", "enrollment_funder_id_fkey", "funder_id", String.valueOf(noFunder), "funding_source");
            refused(() -> s.executeUpdate("UPDATE enrollment SET region_code = CASE id WHEN " + bad + " THEN '" + NO_PLACE
                    + "' ELSE '" + OTHER_PLACE + "' END" + ofThem),
                    "enrollment", "enrollment_region_code_fkey", "region_code", NO_PLACE, "region");
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment" + ofThem + " AND funder_id = " + mandiri))
                    .as("no row of the refused updates moved").isEqualTo(ROWS);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment" + ofThem + " AND region_code IS NULL"))
                    .isEqualTo(13);
            assertThat(s.executeUpdate("UPDATE enrollment SET region_code = '" + OTHER_PLACE + "'" + ofThem)).isEqualTo(ROWS);
        }
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT coalesce(sum(n), 0) FROM enrollment_shape")).as("the rows that passed, counted")
                    .isEqualTo(shapes + ROWS);
        }
    }

    /**
     * Every way a statement can write the rows fills the statement's transition table, so none gets past the check:
     * an upsert's update half, MERGE's update and insert, COPY (a superuser's: row-level security refuses COPY to
     * the logins).
     */
    @Test
    void upsertMergeAndCopyAreCheckedToo() throws Exception {
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            assertThat(s.executeUpdate(people(8, 2, i -> PLACE, i -> "OJEK"))).isEqualTo(2);
            refused(() -> s.executeUpdate(people(8, 1, i -> NO_PLACE, i -> "OJEK")
                    + " ON CONFLICT (nik) DO UPDATE SET region_code = excluded.region_code"),
                    "person", "person_region_code_fkey", "region_code", NO_PLACE, "region");
            refused(() -> s.executeUpdate("MERGE INTO person p USING (VALUES ('" + nik(8, 2) + "')) v(nik) ON p.nik = v.nik"
                    + " WHEN MATCHED THEN UPDATE SET occupation_code = '" + NO_OCCUPATION + "'"),
                    "person", "person_occupation_code_fkey", "occupation_code", NO_OCCUPATION, "occupation");
            refused(() -> s.executeUpdate("MERGE INTO person p USING (VALUES ('" + nik(8, 3) + "')) v(nik) ON p.nik = v.nik"
                    + " WHEN NOT MATCHED THEN INSERT (nik, full_name, sex, birth_date, region_code)"
                    + " VALUES (v.nik, 'Pekerja', 'L', '1990-01-15', '" + NO_PLACE + "')"),
                    "person", "person_region_code_fkey", "region_code", NO_PLACE, "region");
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person WHERE nik LIKE '53100008%'")).isEqualTo(2);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person WHERE nik LIKE '53100008%' AND region_code = '"
                    + PLACE + "' AND occupation_code = 'OJEK'")).isEqualTo(2);
        }
        // COPY: row-level security refuses it to a clerk and the owner alike (0A000); a superuser's is checked.
        try (Connection c = server.db.owner(); Statement s = c.createStatement()) {
            s.execute("SET payung.regency = '53.10'");
            org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            String rows = nik(8, 4) + "\tPekerja\tL\t1990-01-15\t" + PLACE + "\n" + nik(8, 5) + "\tPekerja\tL\t1990-01-15\t" + NO_PLACE + "\n";
            refused(() -> copy.copyIn("COPY person (nik, full_name, sex, birth_date, region_code) FROM STDIN",
                    new java.io.StringReader(rows)), "person", "person_region_code_fkey", "region_code", NO_PLACE, "region");
            assertThat(copy.copyIn("COPY person (nik, full_name, sex, birth_date, region_code) FROM STDIN",
                    new java.io.StringReader(rows.replace(NO_PLACE, OTHER_PLACE)))).isEqualTo(2);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person WHERE nik LIKE '53100008%'")).isEqualTo(4);
        }
    }

    /**
     * The check reads the reference tables without a row lock (they never lose a row), so a clerk's row naming a
     * region does not wait for a transaction that holds that region's row: a foreign key's FOR KEY SHARE would.
     */
    @Test
    void aClerksRowDoesNotWaitForTheRegionsRowLock() throws SQLException {
        try (Connection holder = server.ownerConnection(); Statement h = holder.createStatement();
             Connection c = server.connect(siti); Statement s = c.createStatement()) {
            holder.setAutoCommit(false);
            h.executeQuery("SELECT 1 FROM region WHERE code = '" + PLACE + "' FOR UPDATE").close();
            h.executeQuery("SELECT 1 FROM occupation WHERE code = 'OJEK' FOR UPDATE").close();
            c.setAutoCommit(true);
            s.execute("SET lock_timeout = '5s'");
            assertThat(s.executeUpdate(people(6, 3, i -> PLACE, i -> "OJEK"))).isEqualTo(3);
            holder.rollback();
        }
    }

    /**
     * Regions, occupations and funding sources stay, referenced or not: no DELETE, no TRUNCATE (not even one that
     * would cascade), no change of key, by the owner either; their other columns still change.
     */
    @Test
    void theOwnerCannotDeleteTruncateOrRekeyReferenceData() throws SQLException {
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // Referenced: a person and an enrollment name them.
            long person = id(s, people(7, 1, i -> PLACE, i -> "PETANI") + " RETURNING id");
            s.executeUpdate(enrollments(List.of(person), i -> mandiri, i -> PLACE));
        }
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("SET payung.regency = '53.10'");
            // Unreferenced: new rows nobody names yet.
            s.executeUpdate("INSERT INTO region (code, name, level, parent_code) VALUES ('53.10.12.9901', 'Uji', 'DESA', '" + PLACE + "')");
            s.executeUpdate("INSERT INTO occupation (code, name, sector) VALUES ('UJI', 'Uji', 'OTHER')");
            long csr = id(s, "INSERT INTO funding_source (code, name, type) VALUES ('CSR-UJI', 'CSR Uji', 'CSR') RETURNING id");
            long regions = ServerFixture.count(c, "SELECT count(*) FROM region");
            long occupations = ServerFixture.count(c, "SELECT count(*) FROM occupation");
            long funders = ServerFixture.count(c, "SELECT count(*) FROM funding_source");
            long people = ServerFixture.count(c, "SELECT count(*) FROM person");
            long enrollments = ServerFixture.count(c, "SELECT count(*) FROM enrollment");

            for (String code : List.of(PLACE, "53.10.12.9901")) {
                kept(() -> s.executeUpdate("DELETE FROM region WHERE code = '" + code + "'"), "region");
                kept(() -> s.executeUpdate("UPDATE region SET code = '53.10.12.9902' WHERE code = '" + code + "'"), "region");
            }
            for (String code : List.of("PETANI", "UJI")) {
                kept(() -> s.executeUpdate("DELETE FROM occupation WHERE code = '" + code + "'"), "occupation");
                kept(() -> s.executeUpdate("UPDATE occupation SET code = 'UJI2' WHERE code = '" + code + "'"), "occupation");
            }
            for (long id : List.of(mandiri, csr)) {
                kept(() -> s.executeUpdate("DELETE FROM funding_source WHERE id = " + id), "funding_source");
                kept(() -> s.executeUpdate("UPDATE funding_source SET id = " + noFunder + " WHERE id = " + id), "funding_source");
            }
            for (String table : List.of("region", "occupation", "funding_source")) {
                kept(() -> s.execute("TRUNCATE " + table + " CASCADE"), table);
                // Without CASCADE the foreign keys the reference tables keep (funding_budget, cohort, …) refuse
                // first; refused all the same.
                assertThatThrownBy(() -> s.execute("TRUNCATE " + table)).isInstanceOf(SQLException.class);
            }
            // A DELETE that removes nothing passes (server import-file clears what init seeded, table by table).
            assertThat(s.executeUpdate("DELETE FROM region WHERE code = 'tidak-ada'")).isZero();
            assertThat(s.executeUpdate("DELETE FROM occupation WHERE code = 'tidak-ada'")).isZero();
            assertThat(s.executeUpdate("DELETE FROM funding_source WHERE id = " + noFunder)).isZero();
            assertThat(s.executeUpdate("DELETE FROM import_batch WHERE regency_code = '53.99'")).isZero();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM region")).isEqualTo(regions);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM occupation")).isEqualTo(occupations);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM funding_source")).isEqualTo(funders);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person")).as("nothing cascaded").isEqualTo(people);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment")).isEqualTo(enrollments);

            // A funding source is retired by its flag and renamed, referenced or not (FundingRepository's UPDATE).
            for (long id : List.of(mandiri, csr)) {
                assertThat(s.executeUpdate("UPDATE funding_source SET name = name || ' (lama)', notes = 'uji', active = 0"
                        + " WHERE id = " + id)).isEqualTo(1);
            }
            assertThat(s.executeUpdate("UPDATE funding_source SET name = replace(name, ' (lama)', ''), notes = NULL, active = 1"
                    + " WHERE id = " + mandiri)).isEqualTo(1);
            assertThat(s.executeUpdate("UPDATE funding_source SET id = id, name = 'CSR Uji' WHERE id = " + csr))
                    .as("the key written unchanged").isEqualTo(1);
            assertThat(s.executeUpdate("UPDATE region SET name = 'Uji Coba' WHERE code = '53.10.12.9901'")).isEqualTo(1);
            assertThat(s.executeUpdate("UPDATE occupation SET name = 'Uji Coba', code = code WHERE code = 'UJI'")).isEqualTo(1);
        }
    }

    /**
     * An enrollment's import batch is checked once per statement as well (an unknown batch refused as its foreign
     * key refused it), and an import batch stays: neither deleted nor re-keyed, referenced or not.
     */
    @Test
    void anUnknownImportBatchIsRefusedAndABatchStays() throws SQLException {
        long batch;
        long person;
        try (Connection c = server.connect(siti); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            batch = id(s, "INSERT INTO import_batch (file_name, file_sha256, imported_at, actor, rows_read, rows_imported,"
                    + " rows_duplicate, rows_rejected) VALUES ('desa.csv', '0', '2026-02-01T00:00:00Z', 'x', 1, 1, 0, 0) RETURNING id");
            person = id(s, people(9, 1, i -> PLACE, i -> "PETANI") + " RETURNING id");
            String into = "INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp, first_month, batch_id)"
                    + " VALUES (" + person + ", " + mandiri + ", 'BPU', 1, 1, 0, 0, '2026-01', ";
            long unknown = batch + 1_000_000;
            refused(() -> s.executeUpdate(into + unknown + ")"), "enrollment", "enrollment_batch_id_fkey", "batch_id",
                    String.valueOf(unknown), "import_batch");
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment WHERE person_id = " + person)).isZero();
            assertThat(s.executeUpdate(into + batch + ")")).isEqualTo(1);
            refused(() -> s.executeUpdate("UPDATE enrollment SET batch_id = " + unknown + " WHERE person_id = " + person),
                    "enrollment", "enrollment_batch_id_fkey", "batch_id", String.valueOf(unknown), "import_batch");
        }
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("SET payung.regency = '53.10'");
            long empty = id(s, "INSERT INTO import_batch (file_name, file_sha256, imported_at, actor, rows_read, rows_imported,"
                    + " rows_duplicate, rows_rejected) VALUES ('kosong.csv', '0', '2026-02-01T00:00:00Z', 'x', 0, 0, 0, 0) RETURNING id");
            for (long id : List.of(batch, empty)) {
                kept(() -> s.executeUpdate("DELETE FROM import_batch WHERE id = " + id), "import_batch");
                kept(() -> s.executeUpdate("UPDATE import_batch SET id = " + (id + 2_000_000) + " WHERE id = " + id), "import_batch");
            }
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM import_batch WHERE id IN (" + batch + ", " + empty + ")"))
                    .isEqualTo(2);
            assertThat(s.executeUpdate("UPDATE import_batch SET rows_read = 2 WHERE id = " + batch)).isEqualTo(1);
        }
    }

    /** A statement refused as the foreign key refused it: 23503, its constraint, table and detail. */
    private static void refused(ThrowingCallable statement, String table, String constraint, String column, String value,
                                String target) {
        assertThatThrownBy(statement).isInstanceOfSatisfying(PSQLException.class, e -> {
            assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(FOREIGN_KEY_VIOLATION);
            ServerErrorMessage m = e.getServerErrorMessage();
            assertThat(m.getConstraint()).isEqualTo(constraint);
            assertThat(m.getTable()).isEqualTo(table);
            assertThat(m.getMessage()).isEqualTo("insert or update on table \"" + table + "\" violates foreign key constraint \""
                    + constraint + "\"");
            assertThat(m.getDetail()).isEqualTo("Key (" + column + ")=(" + value + ") is not present in table \"" + target + "\".");
        });
    }

    /** A statement refused by V10's rule that reference data stays. */
    private static void kept(ThrowingCallable statement, String table) {
        assertThatThrownBy(statement).as(table).isInstanceOfSatisfying(PSQLException.class, e -> {
            assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(FOREIGN_KEY_VIOLATION);
            assertThat(e.getServerErrorMessage().getTable()).isEqualTo(table);
            assertThat(e.getServerErrorMessage().getMessage()).contains("\"" + table + "\" is never deleted");
        });
    }

    /** NIK {@code i} of group {@code g}: 16 digits, 5310 then the group and the row. */
    private static String nik(int group, int i) {
        return String.format("5310%04d%08d", group, i);
    }

    /** One INSERT of people 1..n of a group, with the region and occupation each is given (null: none). */
    private static String people(int group, int n, IntFunction<String> region, IntFunction<String> occupation) {
        StringBuilder sql = new StringBuilder("INSERT INTO person (nik, full_name, sex, birth_date, region_code, occupation_code) VALUES ");
        for (int i = 1; i <= n; i++) {
            sql.append(i == 1 ? "" : ", ").append("('").append(nik(group, i)).append("', 'Pekerja ").append(i)
                    .append("', 'L', '1990-01-15', ").append(text(region.apply(i))).append(", ")
                    .append(text(occupation.apply(i))).append(")");
        }
        return sql.toString();
    }

    /** One INSERT of an enrollment for each person given (the i-th with funder and region i, from 1). */
    private static String enrollments(List<Long> people, IntFunction<Long> funder, IntFunction<String> region) {
        StringBuilder sql = new StringBuilder("INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp,"
                + " declared_income_rp, first_month, last_month, region_code) VALUES ");
        for (int i = 1; i <= people.size(); i++) {
            sql.append(i == 1 ? "" : ", ").append("(").append(people.get(i - 1)).append(", ").append(funder.apply(i))
                    .append(", 'BPU', 1, 1, 0, 0, 1000000, '2026-01', '2026-12', ").append(text(region.apply(i))).append(")");
        }
        return sql.toString();
    }

    private static String text(String s) {
        return s == null ? "NULL" : "'" + s + "'";
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
