package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.DatabaseFile;
import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import id.payung.store.StoreException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    @TempDir
    Path dir;

    private PayungServices withData(Path file) {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
        s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes", "MANDIRI", YearMonth.of(2026, 1), null));
        return s;
    }

    @Test
    void aRestoredBackupHoldsExactlyTheSameData() {
        Path file = dir.resolve("payung.db");
        PayungServices s = withData(file);
        String before = s.digest();
        Path backup = s.backups().backupNow();

        assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(DatabaseFile.verify(backup).intact()).isTrue();
        assertThat(PosixFilePermissions.toString(permissions(backup))).isEqualTo("rw-------");

        s.enrollments().enrol(TestData.form("5310011205850003", "Agus", "MANDIRI", YearMonth.of(2026, 1), null));
        assertThat(s.digest()).isNotEqualTo(before);

        try (PayungServices restored = s.restore(backup)) {
            assertThat(restored.backups().list()).anySatisfy(b ->
                    assertThat(b.file().getFileName().toString()).startsWith("payung-sebelum-pulih-"));
        }
        try (id.payung.store.Database db = id.payung.store.Database.open(file, false)) {
            assertThat(id.payung.store.DataDigest.withoutRestoreNote(db, backup)).as("the backup's data, and only it").isEqualTo(before);
            // For an auditor: the restored log says it was restored, from which file, and where the data it replaced went.
            // Agus's enrollment, written after the backup, stays in the trail (carried) though the data went back.
            List<id.payung.store.AuditLog.Entry> last = db.read(tx -> new id.payung.store.AuditLog().recent(tx, 10));
            assertThat(last).extracting(e -> e.entity() + "." + e.action()).contains("enrollment.INSERT");
            List<id.payung.store.AuditLog.Entry> log = db.read(tx -> new id.payung.store.AuditLog().recent(tx, 1));
            assertThat(log).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("RESTORE");
                assertThat(e.afterJson()).contains(backup.getFileName().toString()).contains("payung-sebelum-pulih-");
            });
        }
    }

    /**
     * Trial 21d: a backup the user made (Cadangan → "Cadangkan sekarang", {@code payung backup}) left no trace in the
     * trail, where a restore does. Its entry names the file, its folder and size, and who; it is no change of the data:
     * the restore question right after it still says nothing would be lost, and the data's last change is not it.
     */
    @Test
    void aBackupTheUserMadeIsInTheTrailTheDailyOneIsNot() throws Exception {
        Path file = dir.resolve("payung.db");
        Path made;
        Path out = dir.resolve("flashdisk.db");
        try (PayungServices s = withData(file)) {
            assertThat(s.backups().dailyIfDue()).as("the daily backup, made at start").isPresent();
            java.time.Instant lastChange = s.checkBackup(s.backups().list().get(0).file()).current().lastChange();
            made = s.backups().backupNow();
            s.backups().backupByHandTo(out);
            var current = s.checkBackup(made).current();
            assertThat(current.changesAfter()).as("a backup is no change to lose").isZero();
            assertThat(current.lastChange()).as("the last change is the data's, not a backup's").isEqualTo(lastChange);
        }
        try (id.payung.store.Database db = id.payung.store.Database.open(file, false)) {
            List<id.payung.store.AuditLog.Entry> last = db.read(tx -> new id.payung.store.AuditLog().recent(tx, 3));
            assertThat(last).extracting(e -> e.entity() + "." + e.action())
                    .as("the two backups asked for, not the daily one").containsExactly("database.BACKUP",
                            "database.BACKUP", "enrollment.INSERT");
            assertThat(last).allSatisfy(e -> assertThat(e.actor()).isNotBlank());
            java.util.Map<String, Object> byHand = Json.parse(last.get(0).afterJson());
            java.util.Map<String, Object> now = Json.parse(last.get(1).afterJson());
            assertThat(now).containsEntry("file", made.getFileName().toString())
                    .containsEntry("folder", made.getParent().toAbsolutePath().toString())
                    .containsEntry("bytes", Files.size(made));
            assertThat(byHand).containsEntry("file", "flashdisk.db").containsEntry("bytes", Files.size(out));
        }
        assertThat(id.payung.domain.AuditTopic.of("database", "BACKUP")).isEqualTo(id.payung.domain.AuditTopic.PRIVACY);
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        try (PayungServices s = withData(dir.resolve("payung.db"))) {
            Path existing = dir.resolve("mine.db");
            Files.writeString(existing, "keep me");

            assertThatThrownBy(() -> s.backups().backupTo(existing)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("exists already");
            assertThat(Files.readString(existing)).isEqualTo("keep me");
            assertThat(dir.resolve("mine.db.part")).doesNotExist();
        }
    }

    @Test
    void restoringSomethingThatIsNotABackupChangesNothing() throws Exception {
        Path file = dir.resolve("payung.db");
        try (PayungServices s = withData(file)) {
            String before = id.payung.store.DataDigest.withoutRefusedRestores(file);
            Path text = dir.resolve("not-a-backup.db");
            Files.writeString(text, "NIK;Nama");

            assertThatThrownBy(() -> s.restore(text)).isInstanceOfSatisfying(DatabaseOpenException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.NOT_SQLITE));
            // Its data as it was; the trail says the restore was refused (RestoreTrailTest).
            assertThat(id.payung.store.DataDigest.withoutRefusedRestores(file)).isEqualTo(before);
        }
    }

    /**
     * Trial 23c: the Cadangan list was in the order of the files' names, so every safety copy made before a restore
     * ("…-sebelum-pulih-…") stood above all the backups, newer ones too. Newest first by the time in the name.
     */
    @Test
    void backupsAreListedNewestFirstWhateverTheirKind() throws Exception {
        try (PayungServices s = withData(dir.resolve("payung.db"))) {
            Path folder = java.nio.file.Files.createDirectories(dir.resolve("backups"));
            for (String name : new String[] {"payung-2026-12-07-101010.db", "payung-sebelum-pulih-2026-12-07-111111.db",
                    "payung-2026-12-07-121212.db", "payung-before-restore-2026-12-06-090000.db"}) {
                java.nio.file.Files.writeString(folder.resolve(name), "x");
            }
            assertThat(s.backups().list()).extracting(b -> b.file().getFileName().toString()).containsExactly(
                    "payung-2026-12-07-121212.db", "payung-sebelum-pulih-2026-12-07-111111.db",
                    "payung-2026-12-07-101010.db", "payung-before-restore-2026-12-06-090000.db");
        }
    }

    /**
     * Trial 24a: the Cadangan list did not say which file was the day's automatic one, which a clerk made, which a
     * restore left. A manual backup is known by its audit entry, the others by their names.
     */
    @Test
    void eachBackupSaysWhatMadeIt() throws Exception {
        try (PayungServices s = withData(dir.resolve("payung.db"))) {
            Path daily = s.backups().dailyIfDue().orElseThrow();
            Path manual = s.backups().backupNow();
            Path folder = s.backups().folder();
            Path safety = Files.writeString(folder.resolve("payung-sebelum-pulih-2026-12-07-111111.db"), "x");
            Path upgrade = Files.writeString(folder.resolve("payung-before-upgrade-v3-20261201-101010.db"), "x");
            java.util.Map<Path, BackupService.Kind> kinds = new java.util.HashMap<>();
            s.backups().list().forEach(b -> kinds.put(b.file().getFileName(), b.kind()));
            assertThat(kinds).containsEntry(daily.getFileName(), BackupService.Kind.DAILY)
                    .containsEntry(manual.getFileName(), BackupService.Kind.MANUAL)
                    .containsEntry(safety.getFileName(), BackupService.Kind.BEFORE_RESTORE)
                    .containsEntry(upgrade.getFileName(), BackupService.Kind.BEFORE_UPGRADE).hasSize(4);
        }
    }

    @Test
    void oneAutomaticBackupADayKeepingTheNewestN() throws Exception {
        try (PayungServices s = withData(dir.resolve("payung.db"))) {
            assertThat(s.backups().dailyIfDue()).isPresent();
            assertThat(s.backups().dailyIfDue()).isEmpty();

            Path other = dir.resolve("elsewhere");
            s.backups().configure(other, 2);
            for (int i = 0; i < 3; i++) {
                s.backups().backupNow();
            }
            assertThat(s.backups().list()).hasSize(2).allSatisfy(b -> assertThat(b.file().getParent()).isEqualTo(other));
        }
    }

    @Test
    void aDamagedFileIsDetectedOnOpenAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("payung.db");
        withData(file).close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 1; page * 4096 < raf.length(); page++) {
                raf.seek(page * 4096); // a page header: always checked (offset 100 may be free space)
                raf.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x13, 0x37, 0x42, 0x42});
            }
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file, false)).isInstanceOfSatisfying(DatabaseOpenException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aLargeFileIsCheckedAfterOpeningAndADamagedOneIsStillFound() throws Exception {
        Path file = dir.resolve("payung.db");
        withData(file).close();
        // Past the size checked before opening (a register of some hundred thousand enrollments).
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement()) {
            // (Into a table Payung has: a table of another name would make it not Payung's schema.)
            st.execute("INSERT INTO meta VALUES ('padding', randomblob(17000000))");
        }
        try (Database db = Database.open(file, false)) {
            assertThat(db.checkPending()).isTrue();
            db.verify();
            assertThat(db.checkPending()).isFalse();
        }
        // Damage where opening does not look: the root pages of two indexes (the schema stays readable).
        List<Long> roots = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(
                     "SELECT rootpage FROM sqlite_master WHERE name IN ('person_name', 'enrollment_period')")) {
            while (rs.next()) {
                roots.add(rs.getLong(1));
            }
        }
        assertThat(roots).hasSize(2);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long root : roots) {
                raf.seek((root - 1) * 4096);
                raf.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x13, 0x37, 0x42, 0x42});
            }
        }
        try (Database db = Database.open(file, false)) {
            assertThat(db.checkPending()).isTrue();
            assertThatThrownBy(db::verify).isInstanceOfSatisfying(DatabaseOpenException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT));
        }
    }

    @Test
    void aDamagedFileIsReplacedByABackupAndKeptAside() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("good.db");
        String digest;
        try (PayungServices s = withData(file)) {
            s.backups().backupTo(backup);
            digest = s.digest();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096 + 100);
            raf.write(new byte[4000]);
        }

        PayungServices.replaceDamaged(file, backup);

        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            assertThat(s.digest()).isEqualTo(digest);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("payung.db.damaged-"));
        }
    }

    @Test
    void aNewerPayungsFileCanBeReadButNotWritten() throws Exception {
        Path file = dir.resolve("payung.db");
        withData(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA journal_mode = DELETE");
            st.executeUpdate("PRAGMA user_version = " + (Database.latestSchemaVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);

        try (PayungServices s = PayungServices.openReadOnly(file, TestData.CLOCK)) {
            assertThat(s.readOnly()).isTrue();
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isEqualTo(2);
            assertThatThrownBy(() -> s.enrollments().enrol(TestData.form("5310011205850003", "Agus", "MANDIRI",
                    YearMonth.of(2026, 1), null))).isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(Path p) {
        try {
            return Files.getPosixFilePermissions(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
