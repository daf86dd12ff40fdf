package id.payung.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's executor: one background thread for work that may write, so those tasks run in the order they
 * were given and the database sees one writer from here; {@link BackgroundTask#readOnly() reads} run in
 * order on a second thread, so a screen's read never queues behind a write that waits for an import's write
 * lock; a task that says {@link BackgroundTask#onOwnThread()} (an import, its check) runs beside both.
 * Screens being built read their first data on the preparer's thread instead ({@link ScreenTaskExecutor}).
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    /** How long {@link #close()} waits for the work beside to stop (an import rolling back). */
    private static final long CLOSE_WAIT_SECONDS = 60;
    /** A pool of one whose queue a cancelled task can be taken out of before its turn. */
    private final java.util.concurrent.ThreadPoolExecutor worker = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0L,
            TimeUnit.MILLISECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> daemon(r, "payung-worker"));
    // The worker's tasks as the FX thread sees them: the one running, whether its write waits, those queued
    // behind it (they wait as long: they say so, with a Cancel that ends them at once).
    private BackgroundTask<?> running;
    private boolean runningWaits;
    private final java.util.List<BackgroundTask<?>> queued = new java.util.ArrayList<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> daemon(r, "payung-reader"));
    private final ExecutorService beside = Executors.newCachedThreadPool(r -> {
        Thread t = daemon(r, "payung-beside");
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    /** The tasks given and not yet ended: {@link #close()} cancels them. */
    private final java.util.Set<BackgroundTask<?>> open = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> shown = new ReadOnlyObjectWrapper<>();
    private final Consumer<Throwable> onFailure;

    /** @param onFailure called on the FX thread with a failure its task did not handle */
    public FxTaskExecutor(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.attach(this);
        // Work beside (an import, its check) shows its own progress in its own window: not the status bar's
        // busy bar, which would animate for the whole import.
        boolean counted = !task.runsOnOwnThread();
        if (counted) {
            changePending(+1);
        }
        open.add(task);
        if (showsWaits(task)) {
            task.waitingProperty().addListener((obs, was, waits) -> showWaiting(task, waits));
        }
        ExecutorService lane = task.runsOnOwnThread() ? beside : task.isReadOnly() ? reader : worker;
        boolean write = lane == worker;
        Runnable job = () -> {
            if (write) {
                Platform.runLater(() -> startsWriting(task));
            }
            if (task.titleKey() != null && !task.isCancelled()) {
                Platform.runLater(() -> shown.set(task));
            }
            try {
                TaskSteps.run(task, Platform::runLater, onFailure);
            } finally {
                ended(task, counted);
            }
        };
        if (write) {
            onFx(() -> {
                queued.add(task);
                task.setWaiting(runningWaits);
            });
            task.whenCancelled(() -> {
                if (worker.remove(job)) {
                    // Not started, and now never: it ends here, cancelled, instead of at its turn (which may
                    // come only after another program's import).
                    Platform.runLater(() -> {
                        queued.remove(task);
                        TaskSteps.cancelled(task);
                        task.setWaiting(false);
                    });
                    ended(task, counted);
                }
            });
        }
        try {
            lane.execute(job);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // Given after close() (a search's pause ending as the window closes): it never runs.
            task.cancel();
            if (write) {
                onFx(() -> queued.remove(task));
            }
            ended(task, counted);
        }
    }

    private void ended(BackgroundTask<?> task, boolean counted) {
        open.remove(task);
        Platform.runLater(() -> {
            if (shown.get() == task) {
                shown.set(null);
            }
            if (running == task) {
                running = null;
                runningWaits = false;
            }
            if (counted) {
                changePending(-1);
            }
        });
    }

    /** The worker takes {@code task}: it waits no longer behind another, until its own write waits. */
    private void startsWriting(BackgroundTask<?> task) {
        queued.remove(task);
        running = task;
        task.setWaiting(false);
    }

    /**
     * Work that waits for another writer is shown in the status bar with its Cancel; not work beside (an import
     * says it waits, with its own Cancel, in its own window).
     */
    @Override
    public boolean showsWaits(BackgroundTask<?> task) {
        return !task.runsOnOwnThread();
    }

    /**
     * A task's write waits (shown, titled or not) or goes on (an untitled one is no longer shown). A cancelled
     * one stays shown until it ends, so the status bar can say what became of it.
     */
    private void showWaiting(BackgroundTask<?> task, boolean waits) {
        if (task != running) {
            return; // queued behind the running one: it says so where it was asked for (the form), not here
        }
        runningWaits = waits;
        queued.forEach(behind -> behind.setWaiting(waits));
        if (waits) {
            shown.set(task);
        } else if (shown.get() == task && task.titleKey() == null && !task.isCancelled()) {
            shown.set(null);
        }
    }

    @Override
    public void onFx(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    private void changePending(int delta) {
        int now = pending.addAndGet(delta);
        if (Platform.isFxApplicationThread()) {
            busy.set(now > 0);
        } else {
            Platform.runLater(() -> busy.set(pending.get() > 0));
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * Stops taking work, cancels what was given (an import rolls back, a write waiting for it gives up, what
     * has not started never starts) and waits for the work beside to end, so the database is closed after
     * the import's rollback rather than blocking behind it.
     */
    @Override
    public void close() {
        worker.shutdown();
        reader.shutdown();
        beside.shutdown();
        open.forEach(BackgroundTask::cancel);
        try {
            beside.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
