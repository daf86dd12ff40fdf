package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reads on their own connections while a write is under way, and a second writer that waits (saying so)
 * rather than failing: in one database object (two threads) and through two (two write connections, as
 * two Payung processes have). On a server ({@link ReadersAndWritersOnPostgresTest}) there is no database-wide
 * writer: two Payungs write side by side, and only a write in the same process waits for the one under way.
 */
class ReadersAndWritersTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on: SQLite here, PostgreSQL in the twin. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aReadDuringAWriteAnswersAtOnceAndSeesTheLastCommitNeverTheHalfDoneWrite() throws Exception {
        try (Database db = engine.open()) {
            put(db, "before", "1");
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            Future<?> write = threads.submit(() -> db.write(tx -> {
                new MetaRepository().put(tx, "during", "1");
                new MetaRepository().put(tx, "before", "2");
                writing.countDown();
                await(finish);
                return null;
            }));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            String seen = both(db, "before", "during");
            long ms = (System.nanoTime() - start) / 1_000_000;

            assertThat(seen).isEqualTo("1-"); // the last commit, nothing of the write still open
            assertThat(ms).isLessThan(2_000); // it did not wait for the write (which waits for us)
            finish.countDown();
            write.get(10, TimeUnit.SECONDS);
            assertThat(both(db, "before", "during")).isEqualTo("21");
        }
    }

    @Test
    void aSecondWriterInThisProcessWaitsSayingSoAndThenWrites() throws Exception {
        try (Database db = engine.open()) {
            secondWriterWaits(db, db);
        }
    }

    @Test
    void aSecondWriterOnAnotherConnectionWaitsSayingSoInsteadOfFailingAsBusy() throws Exception {
        engine.open().close();
        try (Database first = engine.open(); Database second = engine.open()) {
            if (engine.dialect() == Dialect.SQLITE) {
                secondWriterWaits(first, second);
            } else {
                secondWriterGoesAhead(first, second);
            }
        }
    }

    @Test
    void aWaitingWriteCanBeCancelledAndWritesNothing() throws Exception {
        engine.open().close();
        try (Database first = engine.open(); Database second = engine.open()) {
            // On a server only a write in the same process waits (another Payung's does not: no database-wide writer).
            for (Database other : engine.dialect() == Dialect.SQLITE ? new Database[] {first, second} : new Database[] {first}) {
                CountDownLatch writing = new CountDownLatch(1);
                CountDownLatch finish = new CountDownLatch(1);
                Future<?> holder = threads.submit(() -> first.write(tx -> {
                    writing.countDown();
                    await(finish);
                    return null;
                }));
                assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
                AtomicBoolean cancel = new AtomicBoolean();
                Recorder wait = new Recorder(cancel);
                Future<?> waiter = threads.submit(() -> other.write(wait, tx -> {
                    new MetaRepository().put(tx, "cancelled", "no");
                    return null;
                }));
                assertThat(wait.waiting.await(10, TimeUnit.SECONDS)).isTrue();
                cancel.set(true);
                assertThatThrownBy(() -> waiter.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(WriteCancelledException.class);
                assertThat(wait.resumed.getCount()).isZero();
                finish.countDown();
                holder.get(10, TimeUnit.SECONDS);
                assertThat(both(second, "cancelled", "cancelled")).isEqualTo("?-");
            }
        }
    }

    private void secondWriterWaits(Database first, Database second) throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> one = threads.submit(() -> first.write(tx -> {
            new MetaRepository().put(tx, "one", "1");
            writing.countDown();
            await(finish);
            return null;
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        Recorder wait = new Recorder(new AtomicBoolean());
        Future<?> two = threads.submit(() -> second.write(wait, tx -> {
            new MetaRepository().put(tx, "two", "2");
            return null;
        }));
        // Longer than SQLite's old 10 s busy timeout would matter here: the writer keeps waiting, and says so.
        assertThat(wait.waiting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(two.isDone()).isFalse();
        assertThat(wait.resumed.getCount()).isEqualTo(1);
        finish.countDown();
        one.get(10, TimeUnit.SECONDS);
        two.get(10, TimeUnit.SECONDS);
        assertThat(wait.resumed.getCount()).isZero();
        assertThat(both(first, "one", "two")).isEqualTo("12");
    }

    /** On a server: a write through another connection does not wait for one under way (other rows). */
    private void secondWriterGoesAhead(Database first, Database second) throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> one = threads.submit(() -> first.write(tx -> {
            new MetaRepository().put(tx, "one", "1");
            writing.countDown();
            await(finish);
            return null;
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        Recorder wait = new Recorder(new AtomicBoolean());
        second.write(wait, tx -> {
            new MetaRepository().put(tx, "two", "2");
            return null;
        });
        assertThat(wait.waiting.getCount()).as("never said it waits").isEqualTo(1);
        assertThat(both(second, "one", "two")).as("the first write is not committed yet").isEqualTo("?2");
        finish.countDown();
        one.get(10, TimeUnit.SECONDS);
        assertThat(both(first, "one", "two")).isEqualTo("12");
    }

    /** The values of two keys, "?" and "-" for none. */
    private static String both(Database db, String key1, String key2) {
        return db.<String>read(tx -> new MetaRepository().get(tx, key1).orElse("?")
                + new MetaRepository().get(tx, key2).orElse("-"));
    }

    private static void put(Database db, String key, String value) {
        db.write(tx -> {
            new MetaRepository().put(tx, key, value);
            return null;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Recorder implements WriteWait {
        final CountDownLatch waiting = new CountDownLatch(1);
        final CountDownLatch resumed = new CountDownLatch(1);
        final AtomicBoolean cancel;

        Recorder(AtomicBoolean cancel) {
            this.cancel = cancel;
        }

        @Override
        public void waiting() {
            waiting.countDown();
        }

        @Override
        public void resumed() {
            resumed.countDown();
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }
    }
}
