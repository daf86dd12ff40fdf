package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DatabaseOpenException;
import id.payung.service.facade.CheckedBackup;
import id.payung.ui.backup.BackupView;
import id.payung.ui.backup.BackupViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore checks the file before it asks: a file that is no backup is refused without a question; a backup is
 * asked about with what it holds, restored on yes, and its checked copy removed on no.
 */
class BackupRestoreViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNoBackupIsRefusedBeforeAnyQuestion() {
        RecordingTaskExecutor tasks = new RecordingTaskExecutor();
        List<BackupViewModel.Holds> asked = new ArrayList<>();
        List<CheckedBackup> restored = new ArrayList<>();
        BackupViewModel model = new BackupViewModel(null, tasks, file -> {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.NOT_SQLITE, file, file + " is not an SQLite database");
        }, restored::add);

        model.restore(dir.resolve("daftar.db"), holds -> asked.add(holds));

        assertThat(asked).isEmpty();
        assertThat(restored).isEmpty();
        assertThat(tasks.shown).singleElement().isInstanceOf(DatabaseOpenException.class);
    }

    @Test
    void aBackupIsAskedAboutWithWhatItHoldsAndItsCopyGoesOnNo() throws Exception {
        RecordingTaskExecutor tasks = new RecordingTaskExecutor();
        Path staged = Files.writeString(dir.resolve(".payung.db.restoring-1-1"), "checked copy");
        CheckedBackup.Current now = new CheckedBackup.Current(5_600, 6_208, Instant.parse("2026-12-06T08:24:00Z"), "siti", 612);
        CheckedBackup checked = new CheckedBackup(dir.resolve("payung-2026-12-06-151605.db"), staged,
                "Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai", 5_580, 5_600, Instant.parse("2026-12-06T07:16:05Z"),
                "budi", now);
        List<BackupViewModel.Holds> asked = new ArrayList<>();
        List<CheckedBackup> restored = new ArrayList<>();
        BackupViewModel model = new BackupViewModel(null, tasks, file -> checked, restored::add);

        model.restore(checked.backup(), holds -> asked.add(holds) && false);
        assertThat(asked).singleElement().isEqualTo(new BackupViewModel.Holds("payung-2026-12-06-151605.db",
                "Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai", 5_580, 5_600, Instant.parse("2026-12-06T07:16:05Z"),
                "budi", now));
        assertThat(restored).isEmpty();
        assertThat(staged).doesNotExist();

        model.restore(checked.backup(), holds -> true);
        assertThat(restored).containsExactly(checked);
        assertThat(tasks.shown).isEmpty();
    }

    /**
     * The question sets the data now beside the backup and says plainly how many of its changes come after the
     * backup's last one, when the last was and by whom: all replaced (trial 14: 608 enrollments lost with no word).
     */
    @Test
    void theQuestionSaysWhatTheDataNowWouldLose() {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Makassar"));
        try {
            BackupViewModel.Holds holds = new BackupViewModel.Holds("payung-2026-12-06-151605.db", "Dinas Manggarai",
                    5_580, 5_600, Instant.parse("2026-12-06T00:16:05Z"), "budi",
                    new CheckedBackup.Current(5_600, 6_208, Instant.parse("2026-12-06T08:24:00Z"), "siti", 612));
            String words = BackupView.question(I18n.bundle(I18n.INDONESIAN), holds);
            assertThat(words).contains("5.580 orang, 5.600 pendaftaran", "Perubahan terakhir: 06/12/2026 08:16 oleh budi",
                    "Data sekarang (akan diganti):", "5.600 orang, 6.208 pendaftaran",
                    "Data sekarang punya 612 perubahan sesudah cadangan ini dibuat (terakhir 06/12/2026 16:24 oleh siti);"
                            + " semuanya akan diganti. Salinan pengaman dibuat dulu.");
            String en = BackupView.question(I18n.bundle(I18n.ENGLISH), holds);
            assertThat(en).contains("The data now has 612 changes made after this backup (the last 06/12/2026 16:24 by siti)");

            BackupViewModel.Holds nothingLost = new BackupViewModel.Holds("payung-2026-12-06-151605.db", null, 1, 1,
                    Instant.parse("2026-12-06T08:24:00Z"), null,
                    new CheckedBackup.Current(1, 1, Instant.parse("2026-12-06T08:24:00Z"), null, 0));
            assertThat(BackupView.question(I18n.bundle(I18n.INDONESIAN), nothingLost))
                    .contains("Perubahan terakhir: 06/12/2026 16:24\n", "tidak punya perubahan sesudah cadangan ini dibuat")
                    .doesNotContain("oleh");
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    /** Trial 23b #2: "4 perubahan" where one import of 49.814 enrollments goes: the import and its enrollments said. */
    @Test
    void theQuestionSaysTheImportsAndTheirEnrollmentsThatGo() {
        BackupViewModel.Holds holds = new BackupViewModel.Holds("bk1.db", "Dinas Manggarai", 2_000, 2_000,
                Instant.parse("2026-12-07T10:00:00Z"), "budi", new CheckedBackup.Current(2_000 + 49_814, 51_814,
                Instant.parse("2026-12-07T12:15:00Z"), "siti", 4, null, null, 1, 49_814));
        assertThat(BackupView.question(I18n.bundle(I18n.INDONESIAN), holds))
                .contains("Data sekarang punya 4 perubahan sesudah cadangan ini dibuat (terakhir ",
                        "di antaranya 1 impor daftar yang membawa 49.814 pendaftaran; semuanya akan diganti,"
                                + " pendaftaran itu hilang dari data.");
        assertThat(BackupView.question(I18n.bundle(I18n.ENGLISH), holds))
                .contains("among them 1 imported lists that brought 49.814 enrollments");
    }

    /** Sizes as the office reads them: "2,9 MB", not "2.960 KB" (trial 14). */
    @Test
    void aBackupsSizeReadsInKbMbOrGb() {
        java.util.ResourceBundle bundle = I18n.bundle(I18n.INDONESIAN);
        assertThat(BackupView.size(bundle, 200)).isEqualTo("1 KB");
        assertThat(BackupView.size(bundle, 512 * 1024)).isEqualTo("512 KB");
        assertThat(BackupView.size(bundle, 2_960L * 1024)).isEqualTo("2,9 MB");
        assertThat(BackupView.size(bundle, 1_500L * 1024 * 1024)).isEqualTo("1,5 GB");
        assertThat(BackupView.size(bundle, 1_048_570L)).as("decided on the figure shown (1.023,99 KB), not 1.024 KB").isEqualTo("1,0 MB");
    }
}
