package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 24: the watcher of other programs' changes ({@link OthersChanges}) says another program's restore of the file
 * (its entry's time), and never this Payung's own restore.
 */
class OtherProgramRestoreTest {
    @TempDir
    Path dir;

    @Test
    void anotherProgramsRestoreIsSeenWithItsTime() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("lain.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            OthersChanges watch = s.othersChanges();
            assertThat(watch.now().restoredAt()).isNull();
            s.backups().backupTo(backup);
            Instant restoredAt;
            try (PayungServices other = PayungServices.open(backup, false, TestData.CLOCK)) {
                other.enrollments().enrol(TestData.form("5310011505900017", "Yohanes Dahur", "APBD-KAB-MGR",
                        YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
                other.audit().recordRestore(dir.resolve("pagi.db"), dir.resolve("sebelum.db"));
                restoredAt = other.audit().restores().get(0).at();
            }
            // As the command line's restore puts a checked backup in place: moved over the file, its -wal and -shm gone.
            Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(dir.resolve("payung.db-wal"));
            Files.deleteIfExists(dir.resolve("payung.db-shm"));
            OthersChanges.Seen seen = watch.now();
            assertThat(seen.restoredAt()).isEqualTo(restoredAt);
        }
    }

    @Test
    void ownRestoreIsNoOtherProgramsRestore() {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        s.backups().backupTo(backup);
        OthersChanges before = s.othersChanges();
        try (PayungServices restored = s.restore(s.checkBackup(backup))) {
            OthersChanges.Seen old;
            try {
                old = before.now();
            } catch (RuntimeException closed) {
                old = null; // the database it watched is closed: nothing to say
            }
            assertThat(old == null ? null : old.restoredAt()).as("the replaced database's watcher").isNull();
            assertThat(restored.othersChanges().now().restoredAt()).as("the restored one's").isNull();
        }
    }
}
