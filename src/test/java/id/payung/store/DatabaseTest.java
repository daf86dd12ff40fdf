package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SQLite file: made, checked, refused, upgraded (what is the same on a server: {@link DatabaseWritesTest}). */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsANewFileWithTheSchemaAndSafePragmas() {
        Path file = dir.resolve("sub/folder/payung.db");
        try (Database db = Database.open(file, true)) {
            assertThat(scalar(db, "PRAGMA application_id")).isEqualTo(Database.APPLICATION_ID);
            assertThat(scalar(db, "PRAGMA user_version")).isEqualTo(Migrator.latestVersion());
            // Writes go through the write connection, which keeps the foreign keys; reads refuse any write.
            assertThat(db.<Long>write(tx -> tx.scalar("PRAGMA foreign_keys"))).isEqualTo(1);
            assertThat(scalar(db, "PRAGMA query_only")).isEqualTo(1);
            assertThatThrownBy(() -> db.read(tx -> tx.update("DELETE FROM region"))).isInstanceOf(StoreException.class);
            assertThat(journalMode(db)).isEqualTo("wal");
            assertThat(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                    + "('region','funding_source','person','enrollment','cohort','rate_rule','event','audit_log')")).isEqualTo(8);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(permissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void refusesAMissingFileUnlessAskedToCreateIt() {
        assertThatThrownBy(() -> Database.open(dir.resolve("none.db"), false))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MISSING));
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    @Test
    void refusesATextFileAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "NIK;Nama\n5310015204850001;Maria\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file, true))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_SQLITE));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAnotherProgramsSqliteFileAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE contacts (name TEXT)");
            st.executeUpdate("INSERT INTO contacts VALUES ('Budi')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file, true))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.FOREIGN_SQLITE));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("other.sqlite-wal")).doesNotExist();
    }

    @Test
    void refusesAFileFromANewerPayungAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("future.db");
        Database.open(file, true).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA journal_mode = DELETE");
            st.executeUpdate("PRAGMA user_version = " + (Migrator.latestVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file, true))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NEWER_VERSION));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void takesAnEmptyFileOrAnEmptySqliteDatabaseAsNew() throws Exception {
        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        // Named, not to be made: a 0-byte file is more often a failed copy, refused as a missing one (trial 20b M2).
        assertThatThrownBy(() -> Database.open(empty, false)).isInstanceOfSatisfying(DatabaseOpenException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY));
        assertThat(Files.size(empty)).isZero();
        try (Database db = Database.open(empty, true)) {
            assertThat(scalar(db, "PRAGMA application_id")).isEqualTo(Database.APPLICATION_ID);
        }
        Path blankSqlite = dir.resolve("blank.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + blankSqlite); Statement st = c.createStatement()) {
            st.executeUpdate("VACUUM"); // writes the SQLite header, no tables
        }
        try (Database db = Database.open(blankSqlite, false)) {
            assertThat(scalar(db, "PRAGMA application_id")).isEqualTo(Database.APPLICATION_ID);
        }
    }

    @Test
    void aBackupIsTakenBeforeAnySchemaUpgradeRuns() throws Exception {
        // A Payung file that never got its schema (as if the first start died right after creating it).
        Path file = dir.resolve("payung.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
        }

        try (Database db = Database.open(file, false)) {
            assertThat(scalar(db, "PRAGMA user_version")).isEqualTo(Migrator.latestVersion());
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(n -> assertThat(n).startsWith("payung-before-upgrade-v0-"));
        }
    }

    @Test
    void aVersion1DatabaseUpgradesWithNoRowLostAndABackupFirst() throws Exception {
        // A fixture made the way schema version 1 made it: its script, its version, data in every table.
        Path file = dir.resolve("payung-v1.db");
        String v1 = new String(Database.class.getResourceAsStream("/db/migration/V1__initial_schema.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate(v1);
            st.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.executeUpdate("PRAGMA user_version = 1");
            st.executeUpdate("INSERT INTO region VALUES ('53', 'Nusa Tenggara Timur', 'PROVINCE', NULL)");
            st.executeUpdate("INSERT INTO funding_source (code, name, type) VALUES ('MANDIRI', 'Mandiri', 'MANDIRI')");
            st.executeUpdate("INSERT INTO person (nik, full_name, sex, birth_date, created_at) "
                    + "VALUES ('5310015204850001', 'Maria', 'P', '1985-04-12', '2025-01-01T00:00:00Z')");
            st.executeUpdate("INSERT INTO enrollment (person_id, funder_id, segment, programmes, first_month) "
                    + "VALUES (1, 1, 'BPU', 'JKK,JKM', '2025-01')");
            st.executeUpdate("INSERT INTO cohort (funder_id, year, participants) VALUES (1, 2025, 10)");
            st.executeUpdate("INSERT INTO audit_log (at, actor, action, entity) VALUES ('2025-01-01T00:00:00Z', 'x', 'SEED', 'y')");
        }

        try (Database db = Database.open(file, false)) {
            assertThat(scalar(db, "PRAGMA user_version")).isEqualTo(Migrator.latestVersion());
            for (String table : List.of("region", "funding_source", "person", "enrollment", "cohort", "audit_log")) {
                assertThat(scalar(db, "SELECT count(*) FROM " + table)).as(table).isEqualTo(1);
            }
            assertThat(scalar(db, "SELECT count(*) FROM enrollment WHERE batch_id IS NULL")).isEqualTo(1);
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(n -> assertThat(n).startsWith("payung-before-upgrade-v1-"));
        }
    }

    @Test
    void aFullDiskFailsTheWholeWriteWithTheOriginalReason() {
        try (Database db = Database.open(dir.resolve("payung.db"), true)) {
            long pages = scalar(db, "PRAGMA page_count");
            db.write(tx -> tx.scalar("PRAGMA max_page_count = " + (pages + 2)));

            assertThatThrownBy(() -> db.write(tx -> {
                for (int i = 0; i < 2000; i++) {
                    tx.update("INSERT INTO meta (key, value) VALUES (?, ?)", "k" + i, "x".repeat(500));
                }
                return null;
            })).isInstanceOf(DatabaseOpenException.class).hasMessageContaining("the disk is full")
                    .satisfies(e -> assertThat(((DatabaseOpenException) e).problem()).isEqualTo(Problem.DISK_FULL));
            assertThat(scalar(db, "SELECT count(*) FROM meta WHERE key LIKE 'k%'")).isZero();
        }
    }

    private static long scalar(Database db, String sql) {
        return db.read(tx -> tx.scalar(sql));
    }

    private static String journalMode(Database db) {
        return db.read(tx -> tx.one("PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
