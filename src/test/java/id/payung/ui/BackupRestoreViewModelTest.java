package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DatabaseOpenException;
import id.payung.service.facade.CheckedBackup;
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
        CheckedBackup checked = new CheckedBackup(dir.resolve("payung-2026-12-06-151605.db"), staged,
                "Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai", 5_580, 5_600, Instant.parse("2026-12-06T07:16:05Z"));
        List<BackupViewModel.Holds> asked = new ArrayList<>();
        List<CheckedBackup> restored = new ArrayList<>();
        BackupViewModel model = new BackupViewModel(null, tasks, file -> checked, restored::add);

        model.restore(checked.backup(), holds -> asked.add(holds) && false);
        assertThat(asked).singleElement().isEqualTo(new BackupViewModel.Holds("payung-2026-12-06-151605.db",
                "Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai", 5_580, 5_600, Instant.parse("2026-12-06T07:16:05Z")));
        assertThat(restored).isEmpty();
        assertThat(staged).doesNotExist();

        model.restore(checked.backup(), holds -> true);
        assertThat(restored).containsExactly(checked);
        assertThat(tasks.shown).isEmpty();
    }
}
