package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.service.LogFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every task failure lands in the log file with its stack trace, whether the task handles it or not. */
class TaskLogTest {
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        LogFile.uninstall();
    }

    @Test
    void aFailureTheTaskHandlesAndOneItDoesNotAreBothLoggedWithTheirTrace() throws IOException {
        Path file = LogFile.install(dir, Level.INFO, LogFile.LIMIT_BYTES, LogFile.FILES);
        DirectTaskExecutor tasks = new DirectTaskExecutor();
        List<String> shown = new ArrayList<>();

        BackgroundTask.wrap(() -> {
            throw new java.io.UncheckedIOException(new IOException("cannot read daftar-desa.xlsx"));
        }).withTitle("task.export").onFailure(e -> shown.add(e.getMessage())).executeWith(tasks);
        assertThatThrownBy(() -> tasks.run(() -> {
            throw new IllegalStateException("database is locked");
        }, r -> { })).isInstanceOf(AssertionError.class);
        LogFile.uninstall();

        assertThat(shown).hasSize(1);
        String log = Files.readString(file);
        assertThat(log).contains("WARNING").contains("task failed (shown by its screen): task.export")
                .contains("java.io.IOException: cannot read daftar-desa.xlsx")
                .contains("SEVERE").contains("task failed: background work")
                .contains("java.lang.IllegalStateException: database is locked")
                .contains("at id.payung.ui.TaskLogTest");
    }
}
