package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.payung.domain.DatabaseOpenException;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A damaged database's "Pulihkan dari cadangan…" at start is a restore like Cadangan's (trial 21b #2): the button's
 * words are whole, the chosen backup is checked and the same question says what it holds before anything is swapped,
 * and the restore is in the restored file's trail; Batal leaves the damaged file as it was.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedRestoreWindowTest {
    @TempDir
    Path dir;
    private final AtomicReference<Optional<PayungServices>> result = new AtomicReference<>();

    @AfterEach
    void closeWhatOpened() {
        Optional<PayungServices> opened = result.get();
        if (opened != null) {
            opened.ifPresent(PayungServices::close);
        }
    }

    /** kantor.db, half of a backup of two people's data; returns the backup. */
    private Path damaged(Path file) throws Exception {
        Path backup = dir.resolve("backups").resolve("penuh.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            for (int i = 1; i <= 2; i++) {
                s.enrollments().enrol(TestData.form(String.format("531001120585%04d", i), TestData.name("Peserta", i), "MANDIRI",
                        YearMonth.of(2026, 1), null));
            }
            s.backups().backupTo(backup);
        }
        byte[] whole = Files.readAllBytes(backup);
        for (String side : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + side));
        }
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        return backup;
    }

    private DialogPane start(Path file, Path backup, FxRobot robot) {
        DatabaseOpenException failure = catchThrowableOfType(() -> PayungServices.open(file, false, TestData.CLOCK),
                DatabaseOpenException.class);
        assertThat(failure.problem()).isEqualTo(DatabaseOpenException.Problem.CORRUPT);
        Platform.runLater(() -> result.set(new StartupRecovery(I18n.bundle(I18n.INDONESIAN), file, TestData.CLOCK,
                folder -> backup).recover(failure)));
        waitUntil(() -> robot.lookup("#openProblem").tryQuery().isPresent());
        DialogPane problem = robot.lookup("#openProblem").queryAs(DialogPane.class);
        Button restore = problem.getButtonTypes().stream().map(t -> (Button) problem.lookupButton(t))
                .filter(b -> b.getText().startsWith("Pulihkan")).findFirst().orElseThrow();
        assertThat(restore.getText()).isEqualTo("Pulihkan dari cadangan…");
        assertThat(restore.getWidth()).as("the button's words whole, not \"Pulihkan dari cadan…\"")
                .isGreaterThanOrEqualTo(restore.prefWidth(-1) - 0.5);
        robot.clickOn(restore);
        waitUntil(() -> robot.lookup("#restoreQuestion").tryQuery().isPresent());
        return robot.lookup("#restoreQuestion").queryAs(DialogPane.class);
    }

    @Test
    void theBackupIsPutInPlaceOnlyAfterTheQuestionAndTheRestoreIsInTheTrail(FxRobot robot) throws Exception {
        Path file = dir.resolve("kantor.db");
        Path backup = damaged(file);
        long damagedSize = Files.size(file);
        DialogPane question = start(file, backup, robot);

        assertThat(question.getContentText()).contains("penuh.db", "2 orang, 2 pendaftaran", "kantor.db.damaged-");
        assertThat(Files.size(file)).as("nothing swapped while the clerk reads").isEqualTo(damagedSize);

        robot.clickOn((Button) question.lookupButton(ButtonType.OK));
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).isPresent();
        PayungServices restored = result.get().get();
        List<AuditLog.Entry> restores = restored.audit().restores();
        assertThat(restores).hasSize(1);
        assertThat(restores.get(0).afterJson()).contains(backup.toAbsolutePath().toString(), "kantor.db.damaged-");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the damaged file kept aside").anyMatch(n -> n.startsWith("kantor.db.damaged-"))
                    .as("no checked copy left").noneMatch(n -> n.contains(".restoring-"));
        }
    }

    @Test
    void batalLeavesTheDamagedFileAsItWas(FxRobot robot) throws Exception {
        Path file = dir.resolve("kantor.db");
        Path backup = damaged(file);
        byte[] before = Files.readAllBytes(file);
        DialogPane question = start(file, backup, robot);

        robot.clickOn((Button) question.lookupButton(ButtonType.CANCEL));
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("kantor.db.damaged-") || n.contains(".restoring-"));
        }
    }
}
