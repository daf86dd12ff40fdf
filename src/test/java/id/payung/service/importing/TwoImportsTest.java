package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.RegisterFilter;
import id.payung.service.DemoData;
import id.payung.service.facade.PayungServices;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two imports started together into one file, each through a database object of its own (two write
 * connections, as two Payung processes have): the second waits for the first, says so, and both finish (on a
 * server it waits for the import lock, {@code YearSummary.lockForImport}).
 */
class TwoImportsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private static final int ROWS = 600;

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void twoImportsStartedTogetherBothFinishTheSecondWaitingVisiblyForTheFirst() throws Exception {
        engine.services().close(); // the database, seeded
        List<Path> files = twoFiles();
        CountDownLatch secondWaits = new CountDownLatch(1);
        AtomicBoolean firstHeldOpen = new AtomicBoolean();
        AtomicBoolean secondWasTold = new AtomicBoolean();
        AtomicBoolean secondResumed = new AtomicBoolean();

        try (PayungServices one = engine.services(); PayungServices two = engine.services()) {
            CountDownLatch firstWriting = new CountDownLatch(1);
            Future<ImportService.Report> first = threads.submit(() -> one.imports().importFile(files.get(0),
                    ImportOptions.defaults(), new Recorder() {
                        @Override
                        public void rows(long done) {
                            // Inside the first import's write transaction: keep it open until the second waits.
                            firstWriting.countDown();
                            try {
                                firstHeldOpen.set(secondWaits.await(20, TimeUnit.SECONDS));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }));
            assertThat(firstWriting.await(30, TimeUnit.SECONDS)).isTrue();
            Future<ImportService.Report> second = threads.submit(() -> two.imports().importFile(files.get(1),
                    ImportOptions.defaults(), new Recorder() {
                        @Override
                        public void waiting(boolean now) {
                            if (now) {
                                secondWasTold.set(true);
                                secondWaits.countDown();
                            } else {
                                secondResumed.set(true);
                            }
                        }
                    }));

            ImportService.Report a = first.get(60, TimeUnit.SECONDS);
            ImportService.Report b = second.get(60, TimeUnit.SECONDS);

            assertThat(firstHeldOpen).as("the second import said it waits while the first was writing").isTrue();
            assertThat(secondWasTold).isTrue();
            assertThat(secondResumed).isTrue();
            assertThat(a.written()).isTrue();
            assertThat(b.written()).isTrue();
            assertThat(a.imported() + b.imported()).isEqualTo(2L * ROWS);
            assertThat(two.register().counts(RegisterFilter.all()).matching()).isEqualTo(2L * ROWS);
            assertThat(one.imports().batches()).hasSize(2);
        }
    }

    /** One generated list (distinct NIKs) split in two files. */
    private List<Path> twoFiles() throws Exception {
        StringWriter out = new StringWriter();
        DemoData.writeCsv(out, 2L * ROWS, 5);
        List<String> lines = out.toString().lines().toList();
        Path a = dir.resolve("kecamatan-a.csv");
        Path b = dir.resolve("kecamatan-b.csv");
        Files.write(a, join(lines.get(0), lines.subList(1, 1 + ROWS)), StandardCharsets.UTF_8);
        Files.write(b, join(lines.get(0), lines.subList(1 + ROWS, lines.size())), StandardCharsets.UTF_8);
        return List.of(a, b);
    }

    private static List<String> join(String header, List<String> rows) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), rows.stream()).toList();
    }

    private abstract static class Recorder implements ImportService.Progress {
        @Override
        public void rows(long done) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
