package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 18: with Payung open, {@code payung.db} held none of the day's saves (all in {@code payung.db-wal}), so a clerk
 * copying the database file to a flash disk copied an empty register. Once writing pauses, the file holds every commit.
 */
class IdleCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void aCopyOfTheFileAloneHoldsTheSavesOnceWritingHasPaused() throws Exception {
        Path file = dir.resolve("payung.db");
        try (Database db = Database.open(file, true)) {
            db.write(tx -> tx.update("INSERT INTO event (kind, event_date, title) VALUES ('OTHER', '2026-12-06', 'Rapat koordinasi')"));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            int found = 0;
            while (found == 0 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                found = titlesInCopyOfTheFileAlone(file);
            }
            assertThat(found).as("the save is in a copy of payung.db without its -wal, Payung still open").isEqualTo(1);
        }
    }

    private int titlesInCopyOfTheFileAlone(Path file) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("flashdisk")).resolve("payung.db");
        Files.deleteIfExists(copy.resolveSibling("payung.db-wal"));
        Files.deleteIfExists(copy.resolveSibling("payung.db-shm"));
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            // Before the fold not even the schema is in the file: a new database's tables sat in the WAL too.
            try (ResultSet tables = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'event'")) {
                if (!tables.next() || tables.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM event WHERE title = 'Rapat koordinasi'")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
