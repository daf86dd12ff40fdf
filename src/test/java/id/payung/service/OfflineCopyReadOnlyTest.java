package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.OfflineCopyMark;
import id.payung.domain.ReadOnlyRefusal;
import id.payung.domain.RegisterFilter;
import id.payung.service.facade.PayungServices;
import id.payung.store.OfflineCopyMarks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clerk's offline copy of the office server opened as a file (the window's open, {@code --db salinan.db}) was an
 * ordinary writable file: a day's work typed into it never reached the server. Marked as it is written, it opens
 * read-only and refuses every write with what it is; it still reads (register, dashboard, backup). The way back in a
 * disaster stays open: restored into a working file, the mark goes. An ordinary backup is no offline copy.
 */
class OfflineCopyReadOnlyTest {
    @TempDir
    Path dir;

    private Path copyWithOneRecord() {
        Path copy = dir.resolve("salinan.db");
        try (PayungServices server = PayungServices.open(copy, true, TestData.CLOCK)) {
            server.enrollments().enrol(TestData.form("5310015204850002", "Theresia Nimat", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), null));
        }
        OfflineCopyMarks.mark(copy);
        return copy;
    }

    @Test
    void aMarkedCopyReadsAndRefusesEveryWriteSayingWhatItIs() throws Exception {
        Path copy = copyWithOneRecord();
        Path other = dir.resolve("other.db");
        TestData.seeded(Files.createDirectories(dir.resolve("o"))).close();
        Files.copy(dir.resolve("o").resolve("payung.db"), other);
        try (PayungServices offline = PayungServices.open(copy, false, TestData.CLOCK)) {
            assertThat(offline.readOnly()).isTrue();
            assertThat(offline.offlineCopyMark()).isEqualTo(new OfflineCopyMark(OfflineCopyMarks.SERVER,
                    OfflineCopyMarks.LOGIN, LocalDateTime.parse(OfflineCopyMarks.WRITTEN)));
            // Reads: the register, the dashboard, a backup of it.
            assertThat(offline.register().counts(RegisterFilter.all()).total()).isEqualTo(1);
            offline.dashboard().fundingShares(2026);
            assertThat(offline.backups().backupNow()).exists();
            long recorded = offline.register().page(RegisterFilter.all(), new id.payung.domain.RegisterSort(
                    id.payung.domain.RegisterSort.Column.NAME, true), null, 10).rows().get(0).id();

            for (org.assertj.core.api.ThrowableAssert.ThrowingCallable write : java.util.List.<org.assertj.core.api
                    .ThrowableAssert.ThrowingCallable>of(
                    () -> offline.enrollments().enrol(TestData.form("5310011205850001", "Kornelis Jelahu",
                            "APBD-KAB-MGR", YearMonth.of(2026, 1), null)),
                    () -> offline.enrollments().delete(recorded, id.payung.domain.Deletion.of(
                            id.payung.domain.DeleteReason.WRONG_ENTRY)),
                    () -> offline.enrollments().end(recorded, YearMonth.of(2026, 6), id.payung.domain.EndReason.values()[0]),
                    () -> offline.saveSettings(offline.settings()),
                    () -> offline.checkBackup(other))) {
                assertThatThrownBy(write).isInstanceOf(ReadOnlyRefusal.class).satisfies(e -> {
                    assertThat(((ReadOnlyRefusal) e).offlineCopy()).isEqualTo(offline.offlineCopyMark());
                    assertThat(e.getMessage()).contains("is an offline copy of the server kantor.local/payung (login siti,"
                            + " 07/12/2026 05:12): for reading only; changes are made on the server", "payung restore --from");
                });
            }
            assertThat(offline.register().counts(RegisterFilter.all()).total()).isEqualTo(1);
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".restoring-"));
        }
    }

    /**
     * The server lost: the copy restored into a working file (the deliberate step, docs/SERVER.md) is the office's
     * data, writable, no longer marked; an ordinary backup of a working file opens writable.
     */
    @Test
    void restoredIntoAWorkingFileTheCopyIsWritableAndAnOrdinaryBackupStaysWritable() {
        Path copy = copyWithOneRecord();
        PayungServices working = TestData.seeded(dir.resolve("kantor"));
        try (PayungServices restored = working.restore(copy)) {
            assertThat(restored.readOnly()).isFalse();
            assertThat(restored.offlineCopyMark()).isNull();
            assertThat(restored.register().counts(RegisterFilter.all()).total()).isEqualTo(1);
            restored.enrollments().enrol(TestData.form("5310011205850001", "Kornelis Jelahu", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), null));
            Path backup = restored.backups().backupNow();
            try (PayungServices fromBackup = PayungServices.open(backup, false, TestData.CLOCK)) {
                assertThat(fromBackup.readOnly()).as("an ordinary backup is no offline copy").isFalse();
                assertThat(fromBackup.offlineCopyMark()).isNull();
                fromBackup.enrollments().enrol(TestData.form("5310011205850003", "Yohanes Jemarut", "APBD-KAB-MGR",
                        YearMonth.of(2026, 1), null));
            }
        }
    }
}
