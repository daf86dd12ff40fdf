package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two databases in one folder share its "backups" (trial 15: Manggarai's p.db beside Manggarai Barat's mabar.db):
 * each must get its own daily backup, list only its own, and never lose one to the other's pruning; payung.db, the
 * data folder's, keeps the names its backups always had.
 */
class BackupPerDatabaseTest {
    @TempDir
    Path dir;

    private static Clock at(int minutes) {
        return Clock.fixed(TestData.CLOCK.instant().plus(Duration.ofMinutes(minutes)), ZoneId.of("Asia/Makassar"));
    }

    private static List<String> names(BackupService s) {
        return s.list().stream().map(b -> b.file().getFileName().toString()).toList();
    }

    private List<String> onDisk() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void twoDatabasesInOneFolderEachKeepTheirOwnBackups() throws Exception {
        try (Database p = Database.open(dir.resolve("p.db"), true);
             Database mabar = Database.open(dir.resolve("mabar.db"), true)) {
            BackupService mgr = new BackupService(p, at(0), "siti");
            BackupService mb = new BackupService(mabar, at(1), "yosef");
            assertThat(mgr.folder()).isEqualTo(mb.folder()).isEqualTo(dir.resolve("backups"));

            // Each gets its own daily backup, though the other made one today in the same folder.
            Path mgrDaily = mgr.dailyIfDue().orElseThrow();
            Path mbDaily = mb.dailyIfDue().orElseThrow();
            assertThat(mgrDaily.getFileName().toString()).isEqualTo("p-2026-11-23-110000.db");
            assertThat(mbDaily.getFileName().toString()).isEqualTo("mabar-2026-11-23-110100.db");
            assertThat(mgr.dailyIfDue()).isEmpty();
            assertThat(mb.dailyIfDue()).isEmpty();

            // The Cadangan list of each shows its own only.
            assertThat(names(mgr)).containsExactly("p-2026-11-23-110000.db");
            assertThat(names(mb)).containsExactly("mabar-2026-11-23-110100.db");

            // A restore's safety copy carries the database's name, and is listed with its own.
            Path safety = mb.safetyCopyTarget();
            assertThat(safety.getFileName().toString()).isEqualTo("mabar-sebelum-pulih-2026-11-23-110100.db");
            mb.backupTo(safety);
            assertThat(BackupService.isSafetyCopy(safety)).isTrue();
            assertThat(mb.isOwn(safety)).isTrue();
            assertThat(mgr.isOwn(safety)).isFalse();
            assertThat(names(mgr)).containsExactly("p-2026-11-23-110000.db");

            // Pruning one database to a single backup never deletes the other's.
            mb.configure(dir.resolve("backups"), 1);
            for (int minute = 2; minute <= 4; minute++) {
                new BackupService(mabar, at(minute), "yosef").backupNow();
            }
            // Newest first, by the time in the name (the safety copy of 11:01 under the backup of 11:04).
            assertThat(names(mb)).containsExactly("mabar-2026-11-23-110400.db", "mabar-sebelum-pulih-2026-11-23-110100.db");
            assertThat(onDisk()).contains("p-2026-11-23-110000.db");
            mgr.configure(dir.resolve("backups"), 1);
            new BackupService(p, at(5), "siti").backupNow();
            assertThat(onDisk()).containsExactly("mabar-2026-11-23-110400.db", "mabar-sebelum-pulih-2026-11-23-110100.db",
                    "p-2026-11-23-110500.db");
        }
    }

    @Test
    void aNameThatStartsLikeAnothersIsNotTakenForIt() {
        try (Database p = Database.open(dir.resolve("p.db"), true);
             Database pLama = Database.open(dir.resolve("p-lama.db"), true)) {
            BackupService mine = new BackupService(p, at(0), "siti");
            BackupService other = new BackupService(pLama, at(1), "siti");
            other.dailyIfDue().orElseThrow();
            assertThat(names(other)).containsExactly("p-lama-2026-11-23-110100.db");
            assertThat(mine.list()).as("p-lama's backups are not p's").isEmpty();
            assertThat(mine.dailyIfDue()).isPresent();
        }
    }

    @Test
    void theDataFoldersPayungDbKeepsItsNamesAndListsItsOldBackups() throws Exception {
        try (Database payung = Database.open(dir.resolve("payung.db"), true)) {
            BackupService s = new BackupService(payung, at(0), "siti");
            assertThat(s.prefix()).isEqualTo(BackupService.PREFIX).isEqualTo("payung-");
            Files.createDirectories(dir.resolve("backups"));
            for (String old : List.of("payung-2026-11-20-080000.db", "payung-before-restore-2026-11-21-080000.db",
                    "payung-sebelum-pulih-2026-11-22-080000.db", "payung-before-upgrade-v9-20261119-080000.db")) {
                Files.writeString(dir.resolve("backups").resolve(old), "x");
            }
            Path daily = s.dailyIfDue().orElseThrow();
            assertThat(daily.getFileName().toString()).isEqualTo("payung-2026-11-23-110000.db");
            assertThat(s.safetyCopyTarget().getFileName().toString()).isEqualTo("payung-sebelum-pulih-2026-11-23-110000.db");
            assertThat(names(s)).containsExactlyInAnyOrder("payung-2026-11-23-110000.db", "payung-2026-11-20-080000.db",
                    "payung-before-restore-2026-11-21-080000.db", "payung-sebelum-pulih-2026-11-22-080000.db",
                    "payung-before-upgrade-v9-20261119-080000.db");
        }
    }
}
