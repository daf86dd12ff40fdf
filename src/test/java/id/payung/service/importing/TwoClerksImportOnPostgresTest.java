package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.DemoData;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.TestEngine;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clerks of one office importing at the same moment on a server, each through services of their own (two
 * write connections): the first import is held open inside its write transaction, all its rows written, until
 * the second is seen waiting for it on the server; then both finish. Nothing is lost, nothing fails for being
 * second, and a new person in both files is registered once: the second import, which waited, finds them
 * registered (same NIK, name, birth date) with that period already, and skips its row as a duplicate with the
 * usual words, as it would have a moment later on SQLite, where writes take turns.
 */
@OnPostgres
class TwoClerksImportOnPostgresTest {
    private static final int ROWS = 300;

    @TempDir
    Path dir;

    private PostgresDatabase server;
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    /** A fresh seeded database for each test (sessions write as regency 53.10). */
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @BeforeEach
    void seeded() {
        engine.services().close();
        server = engine.server();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void twoImportsOf300DifferentRowsAtOnceEndWith600() throws Exception {
        List<String> lines = lines(2 * ROWS);
        Path a = file("a.csv", lines.get(0), lines.subList(1, 1 + ROWS));
        Path b = file("b.csv", lines.get(0), lines.subList(1 + ROWS, 1 + 2 * ROWS));

        ImportService.Report[] reports = together(a, b);

        assertThat(reports[0].written()).isTrue();
        assertThat(reports[1].written()).isTrue();
        assertThat(reports[0].imported()).isEqualTo(ROWS);
        assertThat(reports[1].imported()).isEqualTo(ROWS);
        assertThat(count("SELECT count(*) FROM person")).isEqualTo(2L * ROWS);
        assertThat(count("SELECT count(*) FROM enrollment WHERE deleted = 0")).isEqualTo(2L * ROWS);
        assertThat(count("SELECT count(*) FROM import_batch")).isEqualTo(2);
        assertSummaryRecounted();
    }

    @Test
    void theSameNewPersonInBothFilesAtOnceIsSavedOnceTheSecondImportSkipsItsRow() throws Exception {
        List<String> lines = lines(2 * ROWS);
        String shared = lines.get(1); // the first row of the first file comes again in the second file
        String nik = shared.split(";")[0];
        List<String> second = new ArrayList<>(lines.subList(1 + ROWS, 2 * ROWS));
        second.add(ROWS / 2, shared);
        Path a = file("a.csv", lines.get(0), lines.subList(1, 1 + ROWS));
        Path b = file("b.csv", lines.get(0), second);

        ImportService.Report[] reports = together(a, b);

        assertThat(reports[0].imported()).isEqualTo(ROWS);
        assertThat(reports[1].written()).isTrue();
        assertThat(reports[1].imported()).isEqualTo(ROWS - 1);
        assertThat(reports[1].duplicates()).isEqualTo(1);
        assertThat(reports[1].problems()).extracting(p -> p.problem().code()).containsExactly("IMPORT_DUPLICATE_IN_DB");
        assertThat(reports[1].problems()).extracting(p -> p.problem().error()).containsExactly(false);
        assertThat(count("SELECT count(*) FROM person WHERE nik = '" + nik + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM enrollment e JOIN person p ON p.id = e.person_id WHERE p.nik = '" + nik
                + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM person")).isEqualTo(2L * ROWS - 1);
        assertSummaryRecounted();
    }

    /**
     * An import waiting for another one on the server (V3's payung_import_lock, asked again every fifth of a
     * second) is given up when its user cancels: it returns at once, cancelled, while the first still writes, and
     * leaves nothing; the first goes on. Before, the wait was one blocked statement, deaf to Cancel until the
     * first import committed.
     */
    @Test
    void anImportWaitingForAnotherIsCancelledAtOnceAndLeavesNothing() throws Exception {
        List<String> lines = lines(2 * ROWS);
        Path a = file("a.csv", lines.get(0), lines.subList(1, 1 + ROWS));
        Path b = file("b.csv", lines.get(0), lines.subList(1 + ROWS, 1 + 2 * ROWS));
        try (PayungServices one = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK);
             PayungServices two = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK)) {
            HoldingProgress holding = new HoldingProgress();
            Future<ImportService.Report> first = threads.submit(() -> one.imports().importFile(a,
                    ImportOptions.defaults(), holding));
            assertThat(holding.awaitWriting(60)).isTrue();
            java.util.concurrent.atomic.AtomicBoolean toldWaiting = new java.util.concurrent.atomic.AtomicBoolean();
            // The user presses Cancel as soon as the import says it waits.
            Future<ImportService.Report> second = threads.submit(() -> two.imports().importFile(b,
                    ImportOptions.defaults(), new Progress() {
                        @Override
                        public void rows(long done) {
                        }

                        @Override
                        public void waiting(boolean waiting) {
                            toldWaiting.compareAndSet(false, waiting);
                        }

                        @Override
                        public boolean cancelled() {
                            return toldWaiting.get();
                        }
                    }));
            ImportService.Report cancelled;
            try {
                cancelled = second.get(20, TimeUnit.SECONDS);
                assertThat(first.isDone()).as("the first import still holds its write").isFalse();
            } finally {
                holding.letGo();
            }
            assertThat(toldWaiting.get()).isTrue();
            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.written()).isFalse();
            assertThat(first.get(60, TimeUnit.SECONDS).imported()).isEqualTo(ROWS);
            assertThat(holding.wasLetGoInTime()).isTrue();
        }
        assertThat(count("SELECT count(*) FROM person")).isEqualTo(ROWS);
        assertThat(count("SELECT count(*) FROM import_batch")).isEqualTo(1);
        assertSummaryRecounted();
    }

    /**
     * Starts the import of {@code first}, holds it open inside its write transaction once its rows are written,
     * starts the import of {@code second} and lets the first commit only when the second waits for it on the
     * server. Returns both reports.
     */
    private ImportService.Report[] together(Path first, Path second) throws Exception {
        try (PayungServices one = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK);
             PayungServices two = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK)) {
            // Its rows are reported inside the write transaction, after they are written and recounted.
            HoldingProgress holding = new HoldingProgress();
            Future<ImportService.Report> a = threads.submit(() -> one.imports().importFile(first,
                    ImportOptions.defaults(), holding));
            assertThat(holding.awaitWriting(60)).isTrue();
            Future<ImportService.Report> b = threads.submit(() -> two.imports().importFile(second,
                    ImportOptions.defaults(), ImportService.Progress.NONE));
            Future<?> watcher = threads.submit(() -> {
                try {
                    waitForALockWait();
                } finally {
                    holding.letGo();
                }
                return null;
            });
            watcher.get(60, TimeUnit.SECONDS);
            ImportService.Report ra = a.get(60, TimeUnit.SECONDS);
            ImportService.Report rb = b.get(60, TimeUnit.SECONDS);
            assertThat(holding.wasLetGoInTime()).as("the second import waited for the first on the server").isTrue();
            return new ImportService.Report[] {ra, rb};
        }
    }

    private void waitForALockWait() {
        server.awaitALockWait("the second import");
    }

    /** The summary tables hold what a full recount from the rules' views gives. */
    private void assertSummaryRecounted() {
        assertThat(rows("SELECT person_id, year, enrollment_id FROM person_year"))
                .isEqualTo(rows("SELECT person_id, year, enrollment_id FROM person_year_due")).isNotEmpty();
        assertThat(rows("SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, n FROM year_count"
                + " WHERE n <> 0")).isEqualTo(rows("SELECT year, funder_id, segment, kecamatan_code, occupation_code,"
                + " full_package, count(*) FROM person_year_due GROUP BY 1, 2, 3, 4, 5, 6"));
        assertThat(rows("SELECT * FROM person_transition")).isEqualTo(rows("SELECT * FROM person_transition_due"));
        assertThat(rows("SELECT * FROM continuation")).isEqualTo(rows("SELECT * FROM continuation_due"));
    }

    private List<String> lines(int rows) {
        StringWriter out = new StringWriter();
        DemoData.writeCsv(out, rows, 11);
        return out.toString().lines().toList();
    }

    private Path file(String name, String header, List<String> rows) throws Exception {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return Files.write(dir.resolve(name), all, StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        try (Connection c = server.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> rows(String sql) {
        try (Connection c = server.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    b.append(rs.getString(i)).append('|');
                }
                rows.add(b.toString());
            }
            rows.sort(null);
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private abstract static class Progress implements ImportService.Progress {
        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
