package id.payung.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Gives a view model's reads of one kind to the executor so that only the latest one counts. On a large register a read
 * (a count, a page, a year's shares) takes a second or more, and the executor works through its queue
 * in order: a quick series of filter changes must not queue seconds of counting for choices the user has
 * already left, and an old answer must never overwrite a newer one on the screen.
 *
 * <p>So a read that is no longer the latest when its turn comes is skipped before it touches the
 * database, and (with {@link #run}) a result that arrives after a newer read was asked for is dropped.
 * Asked for on the FX thread, like all of a view model's work; one instance per kind of read.
 */
public final class LatestRead {
    private final TaskExecutor tasks;
    /** Counts the reads asked for; the worker thread reads it too. */
    private final AtomicLong latest = new AtomicLong();

    public LatestRead(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /**
     * Runs {@code read} in the background unless a newer read has been asked for by its turn, then hands
     * its result to {@code show} on the FX thread if no newer read has been asked for meanwhile. A read
     * that answers null shows nothing.
     */
    public <T> void run(Callable<T> read, Consumer<? super T> show) {
        long asked = latest.incrementAndGet();
        BackgroundTask.wrap(read).readOnly().skipWhen(() -> asked != latest.get()).onSuccess(result -> {
            if (result != null && asked == latest.get()) {
                show.accept(result);
            }
        }).executeWith(tasks);
    }

    /**
     * Like {@link #run}, but hands on every result that was read, even when a newer read has been asked
     * for since: for a caller that tells a stale answer by what it answers (e.g. its year and filter), so
     * that an answer to the very question on screen is shown at once rather than after the newer read.
     */
    public <T> void runSkipOnly(Callable<T> read, Consumer<? super T> show) {
        long asked = latest.incrementAndGet();
        BackgroundTask.wrap(read).readOnly().skipWhen(() -> asked != latest.get()).onSuccess(result -> {
            if (result != null) {
                show.accept(result);
            }
        }).executeWith(tasks);
    }
}
