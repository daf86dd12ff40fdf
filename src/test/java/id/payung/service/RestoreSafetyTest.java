package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.RegisterFilter;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import id.payung.store.StoreException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Set;

/** Restore never loses a committed record, and never takes in a file that is not Payung's (issue 15). */
class RestoreSafetyTest {
    @TempDir
    Path dir;

    private static void enrol(PayungServices s, int first, int count) {
        for (int i = first; i < first + count; i++) {
            s.enrollments().enrol(TestData.form(String.format("531001120585%04d", i), TestData.name("Peserta", i), "MANDIRI",
                    YearMonth.of(2026, 1), null));
        }
    }

    private static long people(PayungServices s) {
        return s.register().counts(RegisterFilter.all()).total();
    }

    /** A copy of a live data folder: the database with its -wal, taken while Payung had it open. */
    private Path liveCopy(int people, String name) throws Exception {
        Path source = dir.resolve("live-" + name + ".db");
        try (PayungServices s = PayungServices.open(source, true, TestData.CLOCK)) {
            enrol(s, 1, people - 1);
        }
        Path copy = Files.createDirectories(dir.resolve("copy-" + name)).resolve("payung.db");
        try (PayungServices s = PayungServices.open(source, false, TestData.CLOCK)) {
            enrol(s, people, 1); // this one is committed, in the -wal only
            Files.copy(source, copy);
            Files.copy(source.resolveSibling(source.getFileName() + "-wal"), copy.resolveSibling("payung.db-wal"));
        }
        return copy;
    }

    /**
     * A copy of a data folder taken while a brand-new database was open: its -wal still holds the first
     * frames, written before the application id was. That WAL is the file's own and must open.
     */
    @Test
    void aCopyOfANewDatabaseWithItsLiveWalOpens() throws Exception {
        Path source = dir.resolve("new.db");
        Path copy = Files.createDirectories(dir.resolve("copy-new")).resolve("payung.db");
        try (PayungServices s = PayungServices.open(source, true, TestData.CLOCK)) {
            enrol(s, 1, 3);
            assertThat(source.resolveSibling("new.db-wal")).isNotEmptyFile();
            Files.copy(source, copy);
            Files.copy(source.resolveSibling("new.db-wal"), copy.resolveSibling("payung.db-wal"));
        }
        try (PayungServices s = PayungServices.open(copy, false, TestData.CLOCK)) {
            assertThat(people(s)).isEqualTo(3);
        }
    }

    private static String bytes(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aBackupWithItsWalIsRestoredWithEveryCommittedRow() throws Exception {
        Path backup = liveCopy(201, "wal");
        String backupBefore = bytes(backup);
        String walBefore = bytes(backup.resolveSibling("payung.db-wal"));
        try (PayungServices s = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK);
             PayungServices restored = s.restore(backup)) {
            assertThat(people(restored)).isEqualTo(201);
        }
        assertThat(Files.exists(backup.resolveSibling("payung.db-shm"))).as("the backup's folder is not written to").isFalse();
        assertThat(bytes(backup)).as("the backup is read, never checkpointed in place").isEqualTo(backupBefore);
        assertThat(bytes(backup.resolveSibling("payung.db-wal"))).isEqualTo(walBefore);
    }

    /**
     * A backup is checked before the user is asked to replace their data with it, and the question says what it
     * holds; a no leaves the data and the folder as they were; a wrong file is refused before any question, with
     * nothing left behind (trial 13: the question came first, the check after).
     */
    @Test
    void aBackupIsCheckedAndDescribedBeforeAnythingIsReplaced() throws Exception {
        Path backup = liveCopy(12, "checked");
        Path file = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            enrol(s, 500, 2);
            java.util.Set<Path> before = Set.copyOf(listed(dir));
            id.payung.service.facade.CheckedBackup checked = s.checkBackup(backup);
            assertThat(checked.people()).isEqualTo(12);
            assertThat(checked.enrollments()).isEqualTo(12);
            assertThat(checked.officeName()).isEqualTo(s.settings().officeName());
            assertThat(checked.lastChange()).isNotNull();
            assertThat(checked.staged()).exists();
            assertThat(people(s)).as("checking replaced nothing").isEqualTo(2);

            checked.discard();
            assertThat(listed(dir)).as("a no leaves nothing behind").containsExactlyInAnyOrderElementsOf(before);

            Path text = Files.writeString(dir.resolve("bukan-cadangan.db"), "daftar peserta\n".repeat(200));
            java.util.Set<Path> withText = Set.copyOf(listed(dir));
            assertThatThrownBy(() -> s.checkBackup(text)).isInstanceOf(DatabaseOpenException.class);
            assertThat(listed(dir)).containsExactlyInAnyOrderElementsOf(withText);
            assertThat(people(s)).isEqualTo(2);

            try (PayungServices restored = s.restore(s.checkBackup(backup))) {
                assertThat(people(restored)).isEqualTo(12);
            }
        }
    }

    /**
     * A checked copy left by a Payung that has ended (its window closed while it asked, a crash) is a whole register
     * with full NIKs hidden beside the database: the next check removes it. A running Payung's copy is its own.
     */
    @Test
    void copiesLeftByAnEndedPayungAreSweptByTheNextCheck() throws Exception {
        Path backup = liveCopy(3, "swept");
        Path file = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            long ended = ProcessHandle.current().pid() + 7_654_321; // no process of that number
            assertThat(ProcessHandle.of(ended)).isEmpty();
            Path left = Files.writeString(dir.resolve(".payung.db.restoring-" + ended + "-1"), "a register's copy");
            Path leftWal = Files.writeString(dir.resolve(".payung.db.restoring-" + ended + "-1-wal"), "its wal");
            Path running = Files.writeString(dir.resolve(".payung.db.restoring-" + ProcessHandle.current().pid() + "-999"),
                    "this process's own, still to be used");
            s.checkBackup(backup).discard();
            assertThat(left).doesNotExist();
            assertThat(leftWal).doesNotExist();
            assertThat(running).exists();
        }
    }

    private static java.util.List<Path> listed(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith("-shm")
                    && !f.getFileName().toString().endsWith("-wal")).toList();
        }
    }

    @Test
    void aFileWithPayungsIdButNoTablesIsRefusedAndNotWrittenTo() throws Exception {
        Path foreign = dir.resolve("empty-payung.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.executeUpdate("PRAGMA user_version = " + Database.latestSchemaVersion());
            st.executeUpdate("CREATE TABLE note (x)");
        }
        String before = bytes(foreign);
        Path own = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(own, true, TestData.CLOCK)) {
            // The data as it was; the refusals' entries in the trail left out (RestoreTrailTest).
            String data = id.payung.store.DataDigest.withoutRefusedRestores(own);
            assertThatThrownBy(() -> s.restore(foreign)).isInstanceOfSatisfying(DatabaseOpenException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_SCHEMA));
            assertThat(id.payung.store.DataDigest.withoutRefusedRestores(own)).isEqualTo(data);
            Path unmade = dir.resolve("unmade.db"); // the id, version 0, nothing else: no data to restore
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + unmade); Statement st = c.createStatement()) {
                st.executeUpdate("PRAGMA application_id = " + Database.APPLICATION_ID);
            }
            assertThatThrownBy(() -> s.restore(unmade)).isInstanceOfSatisfying(DatabaseOpenException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_SCHEMA));
            assertThat(id.payung.store.DataDigest.withoutRefusedRestores(own)).isEqualTo(data);
        }
        assertThatThrownBy(() -> Database.open(foreign, false)).isInstanceOfSatisfying(DatabaseOpenException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_SCHEMA));
        assertThat(bytes(foreign)).isEqualTo(before);
        assertThat(dir.resolve("empty-payung.db-wal")).doesNotExist();
    }

    /** A real backup with a trigger that empties the register on the next import and erases its audit row. */
    @Test
    void aPlantedTriggerIsRefusedByRestoreAndByOpening() throws Exception {
        Path backup = dir.resolve("planted.db");
        try (PayungServices s = PayungServices.open(dir.resolve("source.db"), true, TestData.CLOCK)) {
            enrol(s, 1, 3);
            s.backups().backupTo(backup);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER audit_log_no_delete");
            st.executeUpdate("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END");
            st.executeUpdate("CREATE TRIGGER wipe AFTER INSERT ON import_batch BEGIN DELETE FROM enrollment; "
                    + "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log); END");
        }
        String before = bytes(backup);
        try (PayungServices s = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK)) {
            assertThatThrownBy(() -> s.restore(backup)).isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_SCHEMA);
                assertThat(e.getMessage()).contains("trigger wipe").contains("trigger audit_log_no_delete");
            });
        }
        assertThatThrownBy(() -> PayungServices.open(backup, false, TestData.CLOCK))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_SCHEMA));
        assertThat(bytes(backup)).as("never switched to WAL or migrated before the refusal").isEqualTo(before);
        assertThat(dir.resolve("planted.db-wal")).doesNotExist();
    }

    @Test
    void aRestoredFileKeepsThisPcsBackupFolderAndStrangeSettingsAreRefused() throws Exception {
        Path backup = dir.resolve("elsewhere.db");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        try (PayungServices s = PayungServices.open(dir.resolve("source.db"), true, TestData.CLOCK)) {
            enrol(s, 1, 2);
            s.backups().configure(elsewhere, 3);
            s.backups().backupTo(backup);
        }
        Path file = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
             PayungServices restored = s.restore(backup)) {
            assertThat(people(restored)).isEqualTo(2);
            assertThat(restored.backups().folder()).isEqualTo(dir.resolve("backups"));
            assertThat(restored.backups().keep()).isEqualTo(BackupService.DEFAULT_KEEP);
        }

        for (String planted : new String[] {"INSERT INTO meta VALUES ('evil', 'x')",
                "UPDATE meta SET value = '\\\\\\\\server\\\\share' WHERE key = 'backup_folder'",
                "UPDATE meta SET value = '99' WHERE key = 'office_regency'"}) {
            Path bad = dir.resolve("bad-" + Math.abs(planted.hashCode()) + ".db");
            Files.copy(backup, bad);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bad); Statement st = c.createStatement()) {
                st.executeUpdate(planted);
            }
            try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
                assertThatThrownBy(() -> s.restore(bad)).as(planted).isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.UNEXPECTED_SETTINGS));
            }
        }
    }

    /** A backup copied in by hand over the database, beside the -wal the old file left when Payung crashed. */
    @Test
    void aLeftoverWalBesideAFileCopiedInByHandIsRefused() throws Exception {
        Path live = dir.resolve("payung.db");
        Path backup = dir.resolve("backup.db");
        Path staleWal = dir.resolve("stale.wal");
        try (PayungServices s = PayungServices.open(live, true, TestData.CLOCK)) {
            enrol(s, 1, 20);
            s.backups().backupTo(backup);
        }
        try (PayungServices s = PayungServices.open(live, false, TestData.CLOCK)) {
            enrol(s, 21, 30); // the crash: these are in the -wal only
            Files.copy(live.resolveSibling("payung.db-wal"), staleWal);
        }
        Path handCopied = Files.createDirectories(dir.resolve("data")).resolve("payung.db");
        Files.copy(backup, handCopied);
        Files.copy(staleWal, handCopied.resolveSibling("payung.db-wal"));
        String before = bytes(handCopied);

        assertThatThrownBy(() -> PayungServices.open(handCopied, false, TestData.CLOCK))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FOREIGN_WAL));
        assertThatThrownBy(() -> PayungServices.openReadOnly(handCopied, TestData.CLOCK))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FOREIGN_WAL));
        try (PayungServices s = PayungServices.open(dir.resolve("other.db"), true, TestData.CLOCK)) {
            assertThatThrownBy(() -> s.restore(handCopied)).isInstanceOfSatisfying(DatabaseOpenException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.FOREIGN_WAL));
        }
        assertThat(bytes(handCopied)).isEqualTo(before);

        // The same -wal beside the file it was written for is that file's own: opened, nothing lost.
        Path own = Files.createDirectories(dir.resolve("own")).resolve("payung.db");
        Path liveBackup = liveCopy(40, "own");
        Files.copy(liveBackup, own);
        Files.copy(liveBackup.resolveSibling("payung.db-wal"), own.resolveSibling("payung.db-wal"));
        try (PayungServices s = PayungServices.open(own, false, TestData.CLOCK)) {
            assertThat(people(s)).isEqualTo(40);
        }
    }

    @Test
    void aRestoreWaitsForNoOtherPayungAndRefusesWhileOneHasTheFileOpen() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("backup.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            enrol(s, 1, 5);
            s.backups().backupTo(backup);
            enrol(s, 6, 5);
        }
        Process other = start("hold", file.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("READY");
            try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
                String data = id.payung.store.DataDigest.withoutRefusedRestores(file);
                assertThatThrownBy(() -> s.restore(backup)).isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.IN_USE));
                assertThat(s.isClosed()).isFalse();
                assertThat(id.payung.store.DataDigest.withoutRefusedRestores(file)).isEqualTo(data);
                // Refused while another Payung had the file open: said in the trail, who and why.
                assertThat(s.audit().search(id.payung.service.AuditFilter.ALL, 0, 5).rows().get(0).change())
                        .satisfies(c -> {
                            assertThat(c.action()).isEqualTo("RESTORE_REFUSED");
                            assertThat(c.after()).contains("\"refused_because\":\"IN_USE\"");
                        });
                enrol(s, 11, 1); // still writable, still the file the user sees
                assertThat(people(s)).isEqualTo(11);
            }
            other.getOutputStream().close(); // the other Payung closes
            assertThat(out.readLine()).isEqualTo("CLOSED");
        }
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK);
             PayungServices restored = s.restore(backup)) {
            assertThat(people(restored)).isEqualTo(5);
        }
    }

    @Test
    void aRestoreIsRefusedWhileAnImportHereHoldsTheWriteAndGoesThroughAfterIt() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("backup.db");
        Path list = dir.resolve("daftar.csv");
        try (java.io.Writer w = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            DemoData.writeCsv(w, 200, 3);
        }
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            enrol(s, 1, 5);
            s.backups().backupTo(backup);
            id.payung.service.importing.HoldingProgress holding = new id.payung.service.importing.HoldingProgress();
            java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                var imported = thread.submit(() -> s.imports().importFile(list,
                        id.payung.service.importing.ImportOptions.defaults(), holding));
                assertThat(holding.awaitWriting(30)).isTrue();

                assertThatThrownBy(() -> s.restore(backup)).isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.WRITE_UNDER_WAY));
                assertThat(s.isClosed()).as("the import's database stays open").isFalse();
                try (Stream<Path> left = Files.walk(dir)) {
                    assertThat(left.map(p -> p.getFileName().toString())).as("no staged copy, no safety backup left")
                            .noneMatch(n -> n.contains("restoring") || n.contains("sebelum-pulih"));
                }

                holding.letGo();
                assertThat(imported.get(60, TimeUnit.SECONDS).written()).isTrue();
                assertThat(people(s)).isEqualTo(205);
            } finally {
                holding.letGo();
                thread.shutdown();
            }
            try (PayungServices restored = s.restore(backup)) {
                assertThat(people(restored)).as("once the import is in, the restore goes through").isEqualTo(5);
            }
        }
    }

    @Test
    void aWriteIntoAFileThatWasReplacedIsNotReportedSaved() throws Exception {
        Path file = dir.resolve("payung.db");
        Path other = dir.resolve("other.db");
        PayungServices.open(other, true, TestData.CLOCK).close();
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            // Another program (not a Payung, which would wait) puts another file in its place.
            Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertThatThrownBy(() -> enrol(s, 1, 1)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("was replaced while this was being saved");
        }
    }

    @Test
    void aSymlinkStaysALinkAndTheRestoredFileIsOwnerOnlyFromA0644Copy() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("payung.db");
        PayungServices.open(real, true, TestData.CLOCK).close();
        Path link = dir.resolve("payung.db");
        Files.createSymbolicLink(link, real);
        Path backup = dir.resolve("shared-copy.db");
        try (PayungServices s = PayungServices.open(dir.resolve("source.db"), true, TestData.CLOCK)) {
            enrol(s, 1, 4);
            s.backups().backupTo(backup);
        }
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));
        try (PayungServices s = PayungServices.open(link, false, TestData.CLOCK);
             PayungServices restored = s.restore(backup)) {
            assertThat(people(restored)).isEqualTo(4);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.getPosixFilePermissions(real)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(real.getParent().toFile().list()).as("no working files left").containsExactlyInAnyOrder("payung.db",
                "payung.db.lock");
    }

    @Test
    void aBackupNeverTouchesAFileThatHappensToBeCalledLikeItsWorkingFile() throws Exception {
        Path out = dir.resolve("cadangan.db");
        Path unrelated = Files.writeString(dir.resolve("cadangan.db.part"), "someone else's");
        try (PayungServices s = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK)) {
            s.backups().backupTo(out);
        }
        assertThat(out).exists();
        assertThat(Files.readString(unrelated)).isEqualTo("someone else's");
    }

    /** After a restore that failed past the swap: the message names the safety backup, and putting it back works. */
    @Test
    void theSafetyBackupOfAFailedRestoreIsNamedAndCanBePutBack() throws Exception {
        Path file = dir.resolve("payung.db");
        Path safety = dir.resolve("backups").resolve("payung-before-restore-2026-12-05-101500.db");
        // Named as copies were before session 14: still a safety copy, and still put back.
        assertThat(BackupService.isSafetyCopy(safety)).isTrue();
        String data;
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            enrol(s, 1, 3);
            data = s.digest();
            s.backups().backupTo(safety);
        }
        Files.writeString(file, "what a failed restore left"); // the file at the path no longer opens
        RestoreFailedException failed = new RestoreFailedException(file, safety, new StoreException("disk error"));
        assertThat(failed.getMessage()).contains(safety.toString()).contains("payung restore --from " + safety);

        try (PayungServices back = PayungServices.putBack(failed.database(), failed.safetyBackup(), TestData.CLOCK)) {
            assertThat(back.digest()).isEqualTo(data);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("payung.db.damaged-"));
        }
    }

    private static Process start(String... args) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, CrashChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
