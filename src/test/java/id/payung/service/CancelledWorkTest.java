package id.payung.service;

import id.payung.service.facade.PayungServices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and restore report their steps and, cancelled, stop with nothing left half-done. */
class CancelledWorkTest {
    @TempDir
    Path dir;

    /** Steps recorded; cancelled once {@code cancelAt} steps were reported. */
    private static final class Steps implements WorkSteps {
        final List<String> seen = new ArrayList<>();
        final int cancelAt;

        Steps(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void step(long done, long total) {
            seen.add(done + "/" + total);
        }

        @Override
        public boolean cancelled() {
            return seen.size() >= cancelAt;
        }
    }

    private PayungServices withData() {
        PayungServices s = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK);
        s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
        return s;
    }

    @Test
    void aBackupReportsItsStepsAndCancelledLeavesNoFile() throws Exception {
        try (PayungServices s = withData()) {
            Steps all = new Steps(Integer.MAX_VALUE);
            Path made = s.backups().backupNow(all);
            assertThat(made).exists();
            assertThat(all.seen).containsExactly("0/3", "1/3", "2/3", "3/3");

            Steps cancelled = new Steps(2); // after the copy
            assertThatThrownBy(() -> s.backups().backupNow(cancelled)).isInstanceOf(CancellationException.class);
            try (Stream<Path> files = Files.list(made.getParent())) {
                assertThat(files).containsExactly(made); // neither a second backup nor its temporary file
            }
        }
    }

    @Test
    void aRestoreCancelledBeforeTheSwapChangesNothing() {
        PayungServices s = withData();
        Path backup = s.backups().backupNow();
        s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes", "MANDIRI", YearMonth.of(2026, 1), null));
        String before = s.digest();

        assertThatThrownBy(() -> s.restore(backup, new Steps(2))).isInstanceOf(CancellationException.class);

        assertThat(s.isClosed()).isFalse();
        assertThat(s.digest()).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".restoring-"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        s.close();
    }
}
