package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 22c #3, as the trial went: Cadangan → restore of a backup older than Veronika. Jejak audit then named nobody on
 * her entries and "Veronika" found none; Riwayat peserta of a person still registered showed the changes the restore
 * undid with no mark, and not the enrollment it took away from them, where Jejak audit marked them. Now Jejak audit names
 * her (no longer registered) and finds her by name, and a person's history reads the entries a search by them finds,
 * with Jejak audit's marks.
 */
class RestoreGonePersonTest {
    @TempDir
    Path dir;

    private record Done(PayungServices services, long yosef) {
    }

    /** Yosef before the backup; after it Veronika, a correction of Yosef and a second enrollment of his; restored. */
    private Done restoredBeforeVeronika() {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        EnrollmentService.Saved yosef = s.enrollments().enrol(TestData.form("5310011205850002", "Yosef Ndala", "MANDIRI",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        s.backups().backupTo(backup);
        s.enrollments().enrol(TestData.form("5310015204850001", "Veronika Imul", "MANDIRI", YearMonth.of(2026, 1), null));
        s.enrollments().update(yosef.enrollmentId(), TestData.form("5310011205850002", "Yosef Ndala", "MANDIRI",
                YearMonth.of(2026, 1), YearMonth.of(2026, 6)));
        EnrollmentService.Saved second = s.enrollments().enrol(TestData.form("5310011205850002", "Yosef Ndala", "MANDIRI",
                YearMonth.of(2027, 1), YearMonth.of(2027, 12)));
        assertThat(second.personId()).isEqualTo(yosef.personId());
        return new Done(s.restore(s.checkBackup(backup)), yosef.personId());
    }

    @Test
    void jejakAuditNamesAndFindsThePeopleARestoreTookAway() {
        Done d = restoredBeforeVeronika();
        try (PayungServices s = d.services()) {
            Map<Long, Instant> undone = s.audit().undoneByRestore();
            List<AuditRecord> found = AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "Veronika"));
            assertThat(found).extracting(r -> r.change().entity() + " " + r.change().action())
                    .containsExactlyInAnyOrder("person INSERT", "enrollment INSERT", "database RESTORE");
            // The restore that took her away names her too (session 24: its entry keeps the people it took away).
            assertThat(found).filteredOn(r -> r.change().entity().equals("database")).singleElement().satisfies(r -> {
                assertThat(r.personName()).isEqualTo("Veronika Imul");
                assertThat(r.personGone()).isTrue();
            });
            List<AuditRecord> hers = found.stream().filter(r -> !r.change().entity().equals("database")).toList();
            assertThat(hers).allSatisfy(r -> {
                assertThat(r.personName()).isEqualTo("Veronika Imul");
                assertThat(r.personGone()).isTrue();
                assertThat(undone).as("undone by the restore, as Jejak audit marks it").containsKey(r.id());
            });
            // Yosef's second enrollment is gone with the restore, he is not: its entry is his, found by his name.
            List<AuditRecord> his = AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "yosef"));
            assertThat(his).filteredOn(r -> r.change().entity().equals("enrollment") && r.change().action().equals("INSERT"))
                    .hasSize(2).allSatisfy(r -> {
                        assertThat(r.personId()).isEqualTo(d.yosef());
                        assertThat(r.personName()).isEqualTo("Yosef Ndala");
                        assertThat(r.personGone()).isFalse();
                    });
        }
    }

    @Test
    void aPersonsHistoryReadsJejakAuditsEntriesOfThemWithItsRestoreMarks() {
        Done d = restoredBeforeVeronika();
        try (PayungServices s = d.services()) {
            Map<Long, Instant> undone = s.audit().undoneByRestore();
            Instant restoredAt = s.audit().restores().get(0).at();
            List<AuditRecord> found = AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "yosef"));
            PersonHistory h = s.enrollments().history(d.yosef());
            assertThat(h.changes()).extracting(PersonHistory.Change::id)
                    .containsExactlyInAnyOrderElementsOf(found.stream().map(AuditRecord::id).toList());
            // Each change marked as Jejak audit marks it: those after the backup by the restore, his first entries not.
            assertThat(h.changes()).allSatisfy(c -> assertThat(h.undoneByRestore(c)).as(c.action() + " " + c.entity())
                    .isEqualTo(undone.get(c.id())));
            assertThat(h.changes()).filteredOn(c -> h.undoneByRestore(c) != null).extracting(c -> c.entity() + " " + c.action())
                    .containsExactlyInAnyOrder("enrollment UPDATE", "enrollment INSERT");
            assertThat(h.changes()).filteredOn(c -> h.undoneByRestore(c) != null)
                    .allSatisfy(c -> assertThat(h.undoneByRestore(c)).isEqualTo(restoredAt));
            // In the history's words, as Jejak audit's: "… (dibatalkan oleh pemulihan 23/11/2026 11:00)".
            java.util.ResourceBundle id = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.forLanguageTag("id"),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));
            AuditWords words = new AuditWords(id, h.enrollments(), AuditWords.Names.of(s.reference()));
            PersonHistory.Change corrected = h.changes().stream().filter(c -> c.entity().equals("enrollment")
                    && c.action().equals("UPDATE")).findFirst().orElseThrow();
            assertThat(words.what(corrected, h.undoneByRestore(corrected), TestData.CLOCK.getZone()))
                    .contains("(" + AuditWords.undoneMark(id, restoredAt, TestData.CLOCK.getZone()) + ")");
        }
    }
}
