package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.RegisterFilter;
import id.payung.service.facade.CheckedBackup;
import id.payung.service.facade.PayungServices;
import id.payung.store.AuditLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a restore says it will take away, and what the audit trail keeps of restores (trial 14): the check counts the
 * data now beside the backup's, with the changes made after the backup; the safety copy is named in Indonesian; after
 * two restores the trail still shows the first, whose entry was in the data the second replaced.
 */
class RestoreTrailTest {
    @TempDir
    Path dir;

    private static void enrol(PayungServices s, int first, int count) {
        for (int i = first; i < first + count; i++) {
            s.enrollments().enrol(TestData.form(String.format("531001120585%04d", i), TestData.name("Peserta", i), "MANDIRI",
                    YearMonth.of(2026, 1), null));
        }
    }

    private static long auditEntries(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static <T> T as(String user, java.util.function.Supplier<T> work) {
        String was = System.getProperty("user.name");
        System.setProperty("user.name", user);
        try {
            return work.get();
        } finally {
            System.setProperty("user.name", was);
        }
    }

    @Test
    void theCheckCountsTheDataNowAndItsChangesAfterTheBackup() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            enrol(s, 1, 3);
            s.backups().backupTo(backup);
        }
        long inBackup = auditEntries(backup);
        PayungServices s = as("siti", () -> PayungServices.open(file, false, TestData.CLOCK));
        try {
            enrol(s, 10, 4);
            long now = auditEntries(file);
            assertThat(now - inBackup).as("the test made changes after the backup").isGreaterThanOrEqualTo(4);

            CheckedBackup checked = s.checkBackup(backup);
            assertThat(checked.people()).isEqualTo(3);
            assertThat(checked.enrollments()).isEqualTo(3);
            assertThat(checked.lastActor()).isEqualTo(Actor.current());
            CheckedBackup.Current current = checked.current();
            assertThat(current.people()).isEqualTo(7);
            assertThat(current.enrollments()).isEqualTo(7);
            assertThat(current.lastActor()).isEqualTo("siti");
            assertThat(current.lastChange()).isAfter(checked.lastChange());
            assertThat(current.changesAfter()).as("every entry written after the backup's last one").isEqualTo(now - inBackup);
            checked.discard();

            Path fresh = dir.resolve("sekarang.db");
            s.backups().backupTo(fresh);
            CheckedBackup same = s.checkBackup(fresh);
            assertThat(same.current().changesAfter()).as("a backup of the data as it is loses nothing").isZero();
            same.discard();
        } finally {
            s.close();
        }
    }

    /** Entries of one second order by their time, not by their text ("…05Z" is later text than "…05.5Z"). */
    @Test
    void changesWithinTheBackupsLastSecondAreCountedByTime() throws Exception {
        Path file = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            enrol(s, 1, 1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO audit_log (at, actor, action, entity) VALUES"
                    + " ('2030-01-01T00:00:05Z', 'a', 'UPDATE', 'x'), ('2030-01-01T00:00:05.5Z', 'b', 'UPDATE', 'x'),"
                    + " ('2030-01-01T00:00:05.25Z', 'c', 'UPDATE', 'x'), ('2030-01-01T00:00:06Z', 'd', 'UPDATE', 'x')");
        }
        try (id.payung.store.Database db = id.payung.store.Database.open(file, false)) {
            AuditLog log = new AuditLog();
            assertThat(db.<Long>read(tx -> log.countAfter(tx, Instant.parse("2030-01-01T00:00:05.25Z")))).isEqualTo(2L);
            assertThat(db.<Long>read(tx -> log.countAfter(tx, Instant.parse("2030-01-01T00:00:05Z")))).isEqualTo(3L);
            assertThat(db.<Long>read(tx -> log.countAfter(tx, Instant.parse("2030-01-01T00:00:06Z")))).isZero();
        }
    }

    /**
     * Restore A (by siti), then restore the safety copy that restore made (by budi): the trail of the data now shows
     * both restores, with their times and who did them; a third restore carries both again, each once.
     */
    @Test
    void afterTwoRestoresTheTrailShowsBoth() throws Exception {
        Path file = dir.resolve("payung.db");
        Path a = dir.resolve("pagi.db");
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        enrol(s, 1, 3);
        s.backups().backupTo(a);
        enrol(s, 10, 2);
        s.close();

        PayungServices before = as("siti", () -> PayungServices.open(file, false, TestData.CLOCK));
        PayungServices first = as("siti", () -> before.restore(a));
        Path safety = first.safetyCopy().orElseThrow();
        assertThat(safety.getFileName().toString()).startsWith("payung-sebelum-pulih-").endsWith(".db");
        assertThat(BackupService.isSafetyCopy(safety)).isTrue();
        assertThat(first.backups().list()).as("shown in the backup list").anyMatch(b -> b.file().equals(safety));
        assertThat(first.register().counts(RegisterFilter.all()).total()).isEqualTo(3);
        first.close();

        PayungServices byBudi = as("budi", () -> PayungServices.open(file, false, TestData.CLOCK));
        PayungServices second = as("budi", () -> byBudi.restore(safety));
        assertThat(second.register().counts(RegisterFilter.all()).total()).as("the data before the first restore").isEqualTo(5);
        List<AuditLog.Entry> trail = second.audit().restores();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).actor()).isEqualTo("siti");
        assertThat(trail.get(0).afterJson()).contains(a.toString());
        assertThat(trail.get(1).actor()).isEqualTo("budi");
        assertThat(trail.get(1).afterJson()).contains(safety.toString()).contains("\"earlier_restores_carried\":1");
        assertThat(trail.get(0).at()).isNotNull().isBeforeOrEqualTo(trail.get(1).at());
        // Trial 22c HIGH: the entries of the two enrolments the second restore brought back were marked "dibatalkan
        // oleh pemulihan" by siti's restore (carried in after them): only siti's restore is undone now, by budi's.
        assertThat(second.audit().undoneByRestore()).containsOnlyKeys(trail.get(0).id())
                .containsEntry(trail.get(0).id(), trail.get(1).at());
        Path secondSafety = second.safetyCopy().orElseThrow();
        assertThat(secondSafety).isNotEqualTo(safety);

        // The data the second restore replaced (A, restored by siti) holds siti's entry; restoring it again carries
        // budi's in, and siti's stays once.
        PayungServices third = second.restore(secondSafety);
        List<AuditLog.Entry> again = third.audit().restores();
        assertThat(again).extracting(AuditLog.Entry::actor).containsExactly("siti", "budi", Actor.current());
        assertThat(again.get(0).at()).isEqualTo(trail.get(0).at());
        assertThat(again.get(1).at()).isEqualTo(trail.get(1).at());
        third.close();
    }

    /** A carried entry keeps its own time and actor: not now, not the user who restores. */
    @Test
    void theAuditLogCarriesAnEntryWithItsOwnTimeAndActor() throws Exception {
        Path file = dir.resolve("payung.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            enrol(s, 1, 1);
        }
        try (id.payung.store.Database db = id.payung.store.Database.open(file, false)) {
            AuditLog log = new AuditLog();
            AuditLog.Entry old = new AuditLog.Entry(0, Instant.parse("2026-12-06T01:02:03.456Z"), "siti", "RESTORE",
                    "database", "payung.db", null, "{\"from\":\"x\"}");
            db.write(tx -> log.carry(tx, old));
            assertThat(db.read(log::restores)).singleElement().satisfies(e -> {
                assertThat(e.at()).isEqualTo(old.at());
                assertThat(e.actor()).isEqualTo("siti");
                assertThat(e.afterJson()).isEqualTo(old.afterJson());
            });
        }
    }

    private record Row(String at, String actor, String action, String entity, String entityId, String before,
                       String after) {
    }

    /** The audit log of {@code file}, in the trail's order (by id). */
    private static List<Row> trail(Path file) throws Exception {
        List<Row> rows = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT at, actor, action, entity, entity_id, before_json, after_json"
                     + " FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
            }
        }
        return rows;
    }

    /**
     * Trial 15, finding 1: a deletion (with its reason) made after the backup stays in the trail when the backup is
     * restored, with its own time and actor, followed by the restore's entry, which says changes were undone; a
     * second restore of the same backup carries nothing twice.
     */
    @Test
    void aRestoreKeepsEveryEntryWrittenAfterTheBackup() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        long enrollment;
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            enrol(s, 1, 2);
            enrollment = s.enrollments().enrol(TestData.form("5310011205850099", "Theresia Nimat", "MANDIRI",
                    YearMonth.of(2026, 1), null)).enrollmentId();
            s.backups().backupTo(backup);
        }
        PayungServices bySiti = as("siti", () -> PayungServices.open(file, false, TestData.CLOCK));
        as("siti", () -> {
            bySiti.enrollments().delete(enrollment, new id.payung.domain.Deletion(id.payung.domain.DeleteReason.WRONG_ENTRY,
                    "bukan warga Desa Lalong"));
            return null;
        });
        List<Row> before = trail(file);
        Row deletion = before.get(before.size() - 1);
        assertThat(deletion.action()).isEqualTo("DELETE");
        assertThat(deletion.after() + deletion.before()).contains("bukan warga Desa Lalong");

        PayungServices first = as("budi", () -> bySiti.restore(backup));
        first.close();
        List<Row> after = trail(file);
        assertThat(after).as("the backup's entries, the deletion, then the restore")
                .hasSize(trail(backup).size() + 2);
        assertThat(after.get(after.size() - 2)).as("the deletion with its own time, actor and reason").isEqualTo(deletion);
        Row restore = after.get(after.size() - 1);
        assertThat(restore.action()).isEqualTo("RESTORE");
        assertThat(restore.actor()).isEqualTo("budi");
        assertThat(restore.after()).contains("\"changes_undone_kept_in_trail\":1");

        PayungServices again = as("budi", () -> PayungServices.open(file, false, TestData.CLOCK));
        PayungServices second = as("budi", () -> again.restore(backup));
        second.close();
        List<Row> twice = trail(file);
        assertThat(twice).as("each entry once, then the second restore").hasSize(after.size() + 1);
        assertThat(twice.subList(0, after.size())).isEqualTo(after);
        assertThat(twice.stream().filter(r -> r.equals(deletion)).count()).isEqualTo(1);
        // The backup lacks both the deletion and the first restore: carried again into the backup's log, once each.
        // Both were written after the backup: the question before the restore counts them as 2 changes, and so does
        // the entry (trial 21b #6: one rule).
        assertThat(twice.get(twice.size() - 1).after()).contains("\"changes_undone_kept_in_trail\":2")
                .contains("\"earlier_restores_carried\":1");
    }

    /**
     * Trial 15, finding 3: a Manggarai Barat database offered Manggarai's backup with no word. The check knows both
     * offices' regencies, and the question says so first, plainly.
     */
    @Test
    void anotherRegencysBackupIsSaidFirst() throws Exception {
        Path manggarai = dir.resolve("p.db");
        Path mabar = dir.resolve("mabar.db");
        Path backup = dir.resolve("manggarai-pagi.db");
        try (PayungServices s = PayungServices.open(manggarai, true, TestData.CLOCK)) {
            s.useRegency("53.10");
            s.backups().backupTo(backup);
        }
        try (PayungServices s = PayungServices.open(mabar, true, TestData.CLOCK)) {
            s.useRegency("53.15");
            CheckedBackup checked = s.checkBackup(backup);
            CheckedBackup.Current now = checked.current();
            assertThat(now.backupRegency().code()).isEqualTo("53.10");
            assertThat(now.regency().code()).isEqualTo("53.15");
            assertThat(now.otherRegency()).isTrue();
            java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id-ID"),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
            String question = id.payung.ui.backup.BackupView.question(words, new id.payung.ui.backup.BackupViewModel.Holds(
                    "manggarai-pagi.db", checked.officeName(), checked.people(), checked.enrollments(),
                    checked.lastChange(), checked.lastActor(), now));
            assertThat(question).startsWith("⚠ Cadangan ini milik Kabupaten Manggarai (53.10), bukan kantor ini"
                    + " (Kabupaten Manggarai Barat, 53.15).");
            checked.discard();

            // Its own regency's backup: no such sentence.
            Path own = dir.resolve("mabar-pagi.db");
            s.backups().backupTo(own);
            CheckedBackup same = s.checkBackup(own);
            assertThat(same.current().otherRegency()).isFalse();
            same.discard();
        }
    }

    private static List<PersonHistory.Change> refusals(PayungServices s) {
        return s.audit().search(id.payung.service.AuditFilter.ALL, 0, 1_000).rows().stream().map(AuditRecord::change)
                .filter(c -> c.action().startsWith("RESTORE_")).toList();
    }

    /**
     * A restore the app refused (not a backup; a newer Payung's) left no trace in Jejak audit: now an entry says who
     * tried, from which file and why, and the data is unchanged. A backup the user declined (another regency's, Batal)
     * is no refusal and writes nothing.
     */
    @Test
    void aRefusedRestoreIsInTheTrailADeclinedOneIsNot() throws Exception {
        Path file = dir.resolve("payung.db");
        Path text = java.nio.file.Files.writeString(dir.resolve("catatan.db"), "bukan basis data\n");
        Path future = dir.resolve("payung-masa-depan.db");
        Path other = dir.resolve("mabar-pagi.db");
        try (PayungServices s = PayungServices.open(future, true, TestData.CLOCK)) {
            enrol(s, 1, 1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + future); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA journal_mode = DELETE");
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                version = rs.getInt(1);
            }
            st.executeUpdate("PRAGMA user_version = " + (version + 1)); // a newer Payung's
        }
        try (PayungServices s = PayungServices.open(dir.resolve("mabar.db"), true, TestData.CLOCK)) {
            s.useRegency("53.15");
            s.backups().backupTo(other);
        }
        PayungServices s = as("siti", () -> PayungServices.open(file, true, TestData.CLOCK));
        try {
            enrol(s, 1, 2);
            long before = auditEntries(file);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.restore(text))
                    .isInstanceOfSatisfying(id.payung.domain.DatabaseOpenException.class, e -> assertThat(e.problem())
                            .isEqualTo(id.payung.domain.DatabaseOpenException.Problem.NOT_SQLITE));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.checkBackup(future))
                    .isInstanceOfSatisfying(id.payung.domain.DatabaseOpenException.class, e -> assertThat(e.problem())
                            .isEqualTo(id.payung.domain.DatabaseOpenException.Problem.NEWER_VERSION));
            // Declined: checked, shown, and the user said no.
            s.checkBackup(other).discard();

            assertThat(auditEntries(file)).isEqualTo(before + 2);
            List<PersonHistory.Change> refused = refusals(s);
            assertThat(refused).hasSize(2).allSatisfy(c -> {
                assertThat(c.action()).isEqualTo("RESTORE_REFUSED");
                assertThat(c.entity()).isEqualTo("database");
                assertThat(c.entityId()).isEqualTo("payung.db");
                assertThat(c.actor()).isEqualTo("siti");
            });
            java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id-ID"),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
            AuditWords said = new AuditWords(words, List.of(), AuditWords.Names.of(java.util.Map.of(), List.of(), List.of()));
            // Newest first: the newer version's, then the text file's.
            assertThat(said.what(refused.get(0))).isEqualTo("Pemulihan dari cadangan ditolak; tidak ada yang diganti");
            // (The temporary folder's long number is masked as a NIK would be: the file's name is compared.)
            assertThat(said.details(refused.get(0))).contains("Dari: /", "/payung-masa-depan.db;",
                    "Ditolak karena: dibuat oleh Payung versi yang lebih baru");
            assertThat(refused.get(0).after()).contains("\"from\":\"" + future.toAbsolutePath() + "\"");
            assertThat(said.details(refused.get(1))).contains("/catatan.db;",
                    "Ditolak karena: bukan cadangan Payung (bukan basis data)");
            assertThat(refused.get(1).after()).contains("\"from\":\"" + text.toAbsolutePath() + "\"");
            assertThat(s.audit().restores()).as("no restore happened").isEmpty();
            assertThat(s.enrollments().personByNik("5310011205850002")).as("the data stays").isPresent();
        } finally {
            s.close();
        }
    }

    /**
     * Trial 21b #6: the question said "11 perubahan", the restore's entry 16: the entry counted the full NIKs seen and
     * the exports too. Both count by one rule now; and the entries of the changes a restore undid are known as such
     * (Jejak audit marks them), not the backup's own entries nor the restore's.
     */
    @Test
    void theQuestionAndTheRestoresEntryCountTheChangesAlikeAndTheUndoneAreKnown() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        long enrollment;
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        try {
            enrollment = s.enrollments().enrol(TestData.form("5310011205850099", "Yosef Jemarut", "MANDIRI",
                    YearMonth.of(2026, 1), null)).enrollmentId();
            s.backups().backupTo(backup);
            long backupLast = auditEntries(backup);
            s.enrollments().revealNik(enrollment); // a full NIK seen: no change of data
            s.enrollments().delete(enrollment, new id.payung.domain.Deletion(id.payung.domain.DeleteReason.WRONG_ENTRY,
                    "salah input"));
            enrol(s, 20, 2);
            s.enrollments().revealNik(enrollment);
            CheckedBackup checked = s.checkBackup(backup);
            long asked = checked.current().changesAfter();
            assertThat(asked).as("the deletion and two enrolments (with their people)").isGreaterThanOrEqualTo(3);
            s = s.restore(checked);
            AuditLog.Entry restore = s.audit().restores().get(0);
            assertThat(restore.afterJson()).contains("\"changes_undone_kept_in_trail\":" + asked);

            java.util.Map<Long, Instant> undone = s.audit().undoneByRestore();
            assertThat(undone).hasSize((int) asked).allSatisfy((id, at) -> {
                assertThat(id).isGreaterThan(backupLast).isLessThan(restore.id());
                assertThat(at).isEqualTo(restore.at());
            });
        } finally {
            s.close();
        }
    }

    /**
     * Trial 21d: Jejak audit marks an entry a restore undid, but {@code export audit} (the CSV) and the window's
     * export (.xlsx, .csv) wrote it plain ("Daftar diimpor"). They write the mark as the window shows it, and the
     * restore's own entry in words (no bare "entries_kept_in_trail").
     */
    @Test
    void theExportsOfTheTrailSayWhatARestoreUndid() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        try {
            long enrollment = s.enrollments().enrol(TestData.form("5310011205850099", "Yosef Jemarut", "MANDIRI",
                    YearMonth.of(2026, 1), null)).enrollmentId();
            s.backups().backupTo(backup);
            s.enrollments().delete(enrollment, new id.payung.domain.Deletion(id.payung.domain.DeleteReason.WRONG_ENTRY,
                    "salah input"));
            s = s.restore(s.checkBackup(backup));
            Instant at = s.audit().restores().get(0).at();
            String mark = "(dibatalkan oleh pemulihan " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .format(at.atZone(TestData.CLOCK.getZone())) + ")";

            java.io.StringWriter csv = new java.io.StringWriter();
            s.audit().exportCsv(csv);
            List<String> deleted = csv.toString().lines().filter(l -> l.contains(";DELETE;enrollment;")).toList();
            assertThat(deleted).singleElement().asString().contains("Kepesertaan dihapus").contains(mark);
            assertThat(csv.toString().lines().filter(l -> l.contains(";INSERT;enrollment;")))
                    .isNotEmpty().noneSatisfy(l -> assertThat(l).contains("dibatalkan oleh pemulihan"));
            assertThat(csv.toString().lines().filter(l -> l.contains(";RESTORE;database;"))).singleElement().asString()
                    .doesNotContain("entries_kept_in_trail:");

            java.util.ResourceBundle words = java.util.ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id"),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
            for (String name : List.of("jejak.xlsx", "jejak.csv")) {
                Path out = dir.resolve(name);
                s.exports().auditTrail(AuditFilter.ALL, out, words, WorkSteps.NONE);
                List<String> cells = new java.util.ArrayList<>();
                if (name.endsWith(".csv")) {
                    cells.addAll(java.nio.file.Files.readString(out).lines().toList());
                } else {
                    try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.toFile());
                         java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> sheet = wb.getFirstSheet().openStream()) {
                        sheet.forEach(r -> cells.add(String.join(";", r.stream().map(c -> c == null ? "" : c.getText()).toList())));
                    }
                }
                assertThat(cells).as(name).anySatisfy(l -> assertThat(l).contains("Kepesertaan dihapus", mark));
            }
        } finally {
            s.close();
        }
    }

    /**
     * Trial 23b: a restore refused (another Payung had the file open; here: not a backup) changed nothing, yet after a
     * later restore Jejak audit read it "… ditolak; tidak ada yang diganti (dibatalkan oleh pemulihan …)". It is no
     * change the question counts nor one the restore undid: its entry is kept, unmarked.
     */
    @Test
    void aRefusedRestoreIsNoChangeARestoreUndoes() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        Path text = java.nio.file.Files.writeString(dir.resolve("catatan.db"), "bukan basis data\n");
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        try {
            enrol(s, 1, 1);
            s.backups().backupTo(backup);
            PayungServices open = s;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> open.restore(text))
                    .isInstanceOf(id.payung.domain.DatabaseOpenException.class);
            enrol(s, 10, 1);
            CheckedBackup checked = s.checkBackup(backup);
            long asked = checked.current().changesAfter();
            assertThat(asked).as("the enrolment and its person, not the refusal").isEqualTo(2);
            s = s.restore(checked);
            AuditLog.Entry restore = s.audit().restores().get(0);
            assertThat(restore.afterJson()).contains("\"changes_undone_kept_in_trail\":2");

            long refusal = s.audit().search(AuditFilter.ALL, 0, 1_000).rows().stream()
                    .filter(r -> r.change().action().equals("RESTORE_REFUSED")).mapToLong(AuditRecord::id)
                    .findFirst().orElseThrow();
            java.util.Map<Long, Instant> undone = s.audit().undoneByRestore();
            assertThat(undone).as("the two changes, not the refusal").hasSize(2).doesNotContainKey(refusal);

            java.io.StringWriter csv = new java.io.StringWriter();
            s.audit().exportCsv(csv);
            assertThat(csv.toString().lines().filter(l -> l.contains(";RESTORE_REFUSED;database;"))).singleElement()
                    .asString().contains("ditolak").doesNotContain("dibatalkan oleh pemulihan");
        } finally {
            s.close();
        }
    }
}
