package id.payung.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Folds a file's WAL into the file itself once writing has paused. SQLite does so by itself only when the WAL passes
 * 1.000 pages, so a day of clerks' saves lived in {@code payung.db-wal} alone, and a clerk copying {@code payung.db}
 * to a flash disk while Payung was open copied none of the day's work (trial 18). A write schedules one attempt
 * {@link #DELAY_MS} after it; the next write moves it on; a reader still on an older state makes it try again.
 */
final class IdleCheckpoint {
    /** How long writing must pause: longer than between the saves of a clerk typing a list. */
    static final long DELAY_MS = 2_000;
    private static final int TRIES = 5;
    /** One daemon thread for every open database: an attempt takes milliseconds. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "payung-wal-checkpoint");
        t.setDaemon(true);
        return t;
    });

    private final BooleanSupplier attempt;
    private ScheduledFuture<?> pending;
    private int tries;
    private boolean stopped;

    /** {@code attempt} folds what it can and says whether the whole WAL is in the file (or there is nothing to do). */
    IdleCheckpoint(BooleanSupplier attempt) {
        this.attempt = attempt;
    }

    /** After a committed write: the attempt waits until writing has paused. */
    synchronized void afterWrite() {
        if (stopped) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        tries = 0;
        pending = TIMER.schedule(this::run, DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /** No attempt after this (the database is closing: closing folds the WAL itself). */
    synchronized void stop() {
        stopped = true;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    private void run() {
        boolean done;
        try {
            done = attempt.getAsBoolean();
        } catch (RuntimeException e) {
            // Only a copy's freshness is at stake: the data is safe in the WAL, and the next write tries again.
            java.util.logging.Logger.getLogger(IdleCheckpoint.class.getName()).fine(() -> "checkpoint: " + e);
            done = true;
        }
        synchronized (this) {
            if (!done && !stopped && ++tries < TRIES) {
                pending = TIMER.schedule(this::run, DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
    }
}
