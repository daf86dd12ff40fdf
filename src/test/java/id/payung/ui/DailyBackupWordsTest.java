package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DatabaseOpenException;
import id.payung.ui.backup.BackupView;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Trial 23b #12: opening a database on a full disk, the daily backup Payung makes by itself failed with "Tidak dapat
 * dilakukan / Disk penuh … backups/f-…db", though the clerk had done nothing. The words say it is the automatic daily
 * backup and that the data is safe, then why.
 */
class DailyBackupWordsTest {
    @Test
    void aFailedDailyBackupSaysItIsTheAutomaticOneAndTheDataIsSafe() {
        Path backup = Path.of("/media/data/backups/f-2026-12-07-201500.db").toAbsolutePath();
        Throwable full = new RuntimeException("backup failed", new DatabaseOpenException(
                DatabaseOpenException.Problem.DISK_FULL, backup, "writing to " + backup + " failed: the disk is full"));

        String id = BackupView.dailyFailed(I18n.bundle(Locale.forLanguageTag("id")), full);
        assertThat(id).startsWith("Cadangan harian otomatis (dibuat sendiri oleh Payung saat basis data dibuka) tidak"
                + " dapat dibuat. Data Anda tidak berubah dan aman;").contains("\n\nDisk penuh: tidak ada ruang untuk menulis "
                + backup);
        String en = BackupView.dailyFailed(I18n.bundle(I18n.ENGLISH), full);
        assertThat(en).startsWith("The automatic daily backup").contains("today's backup is missing");
    }
}
