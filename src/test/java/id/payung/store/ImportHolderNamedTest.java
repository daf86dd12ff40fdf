package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 21b M5: a save waiting while sqlite3 held the file said "impor lain". A waiting write may name "another
 * import" only when the holder is this Payung's import ({@link WriteWait#isImport}); any other holder (a save, another
 * program) is not named.
 */
class ImportHolderNamedTest {
    @TempDir
    Path dir;

    /** Whether {@link Database#importWriting} held when a second write of this process was told to wait. */
    private Boolean namedWhileHeldBy(Database db, boolean holderIsImport) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WriteWait holder = new WriteWait() {
            @Override
            public void waiting() {
            }

            @Override
            public void resumed() {
            }

            @Override
            public boolean isImport() {
                return holderIsImport;
            }
        };
        CompletableFuture<Object> held = CompletableFuture.supplyAsync(() -> db.write(holder, tx -> {
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Boolean> named = new AtomicReference<>();
        CompletableFuture<Object> waiter = CompletableFuture.supplyAsync(() -> db.write(waits(db, named, release),
                tx -> null));
        waiter.get(30, TimeUnit.SECONDS);
        held.get(30, TimeUnit.SECONDS);
        assertThat(db.importWriting()).as("nothing holds it now").isFalse();
        return named.get();
    }

    private static WriteWait waits(Database db, AtomicReference<Boolean> named, CountDownLatch release) {
        return new WriteWait() {
            @Override
            public void waiting() {
                named.compareAndSet(null, db.importWriting());
                release.countDown();
            }

            @Override
            public void resumed() {
            }
        };
    }

    @Test
    void anotherImportOfThisPayungIsNamedAnyOtherWriterIsNot() throws Exception {
        try (Database db = Database.open(dir.resolve("payung.db"), true)) {
            assertThat(namedWhileHeldBy(db, true)).as("this Payung's import holds it").isTrue();
            assertThat(namedWhileHeldBy(db, false)).as("a save holds it").isFalse();

            // Another program (sqlite3 with BEGIN EXCLUSIVE): whatever this write is, no import is named.
            try (Connection sqlite3 = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("payung.db"));
                 Statement st = sqlite3.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                AtomicReference<Boolean> named = new AtomicReference<>();
                CountDownLatch told = new CountDownLatch(1);
                WriteWait anImport = new WriteWait() {
                    @Override
                    public void waiting() {
                        named.compareAndSet(null, db.importWriting());
                        told.countDown();
                    }

                    @Override
                    public void resumed() {
                    }

                    @Override
                    public boolean isImport() {
                        return true;
                    }
                };
                CompletableFuture<Object> importing = CompletableFuture.supplyAsync(() -> db.write(anImport, tx -> null));
                assertThat(told.await(30, TimeUnit.SECONDS)).isTrue();
                st.execute("ROLLBACK");
                importing.get(30, TimeUnit.SECONDS);
                assertThat(named.get()).as("the import itself waits for sqlite3: it holds nothing to name").isFalse();
            }
        }
    }
}
