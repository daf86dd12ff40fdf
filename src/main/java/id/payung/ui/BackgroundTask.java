package id.payung.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of background work (every database call, file read or write) with what happens around it:
 * {@link #onRunning} as it starts, {@link #onSuccess} with its result, {@link #onFailure} when it throws
 * (without one, the executor's handler shows the error dialog), {@link #onCancelled} when it was cancelled.
 * The callbacks run on the FX thread (in tests: at once, on the test's thread). Long work reports
 * {@link #updateProgress progress} and a message, and stops when it sees {@link #isCancelled()}; with a
 * {@link #withTitle title} the window shows it in the status bar with a Cancel button.
 *
 * <p>Modelled on JabRef's {@code BackgroundTask}: a task is built, then handed to a {@link TaskExecutor},
 * which decides the thread. Work runs one task at a time on the window's worker unless the task says
 * {@link #readOnly()} (a lane of reads) or {@link #onOwnThread()}.
 *
 * @param <T> what the work answers
 */
public final class BackgroundTask<T> {

    /** Work that reports progress or looks for a cancel: it is given its own task. */
    @FunctionalInterface
    public interface Work<T> {
        T call(BackgroundTask<T> task) throws Exception;
    }

    private final Work<T> work;
    private Runnable onRunning = () -> { };
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure;
    private Class<? extends Exception> failureType = Exception.class;
    private Runnable onFinished = () -> { };
    private Runnable onCancelled = () -> { };
    private BooleanSupplier skip = () -> false;
    private String titleKey;
    private boolean ownThread;
    private boolean readOnly;
    private volatile boolean cancelled;
    private volatile TaskExecutor executor;
    /** The executor's part in a cancel (a task not yet started ends at once); null: none. */
    private volatile Runnable onCancel;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    /** Set on the FX thread when the task ended by its cancel (its {@link #onCancelled} ran): nothing was done. */
    private boolean endedCancelled;

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    /** A task for plain work. */
    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(task -> work.call());
    }

    /** A task for work that reports progress or stops on a cancel. */
    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Called on the FX thread just before the work starts. */
    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = action;
        return this;
    }

    /** Called on the FX thread with the work's result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    /**
     * Called on the FX thread when the work (or {@link #onSuccess}) throws; without it the executor's own
     * handler shows the error to the user. Either way the failure is written to the log.
     */
    public BackgroundTask<T> onFailure(Consumer<? super Exception> action) {
        this.onFailure = action;
        return this;
    }

    /**
     * Called on the FX thread for failures of one kind (e.g. a file the user chose that cannot be read, shown
     * beside the file); any other failure goes to the executor's handler.
     */
    @SuppressWarnings("unchecked")
    public <E extends Exception> BackgroundTask<T> onFailure(Class<E> type, Consumer<? super E> action) {
        this.failureType = type;
        this.onFailure = e -> action.accept((E) e);
        return this;
    }

    /** Called on the FX thread after success, failure or cancel (not when skipped), before the error dialog. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    /** Called on the FX thread when the task was cancelled before it ran or its work stopped for the cancel. */
    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /**
     * Skips the work (nothing is called back) when {@code condition} holds at its turn: for reads the user has
     * overtaken meanwhile ({@link LatestRead}). Checked on the worker thread.
     */
    public BackgroundTask<T> skipWhen(BooleanSupplier condition) {
        this.skip = condition;
        return this;
    }

    /**
     * Long work the user sees: the window shows the title (a bundle key), the message and progress in its
     * status bar with a Cancel button while it runs.
     */
    public BackgroundTask<T> withTitle(String bundleKey) {
        this.titleKey = bundleKey;
        return this;
    }

    /**
     * Runs beside the one database caller instead of after it: for work that has a connection of its own
     * (the integrity check of a large file) and must not hold up the screens' reads.
     */
    public BackgroundTask<T> onOwnThread() {
        this.ownThread = true;
        return this;
    }

    /**
     * Work that only reads (on the database's read connections): it runs in a lane of its own, so a screen's
     * read never waits behind a write that waits for an import's write lock.
     */
    public BackgroundTask<T> readOnly() {
        this.readOnly = true;
        return this;
    }

    /** Hands this task to {@code tasks}; returns this task (to cancel it or follow its progress). */
    public BackgroundTask<T> executeWith(TaskExecutor tasks) {
        tasks.execute(this);
        return this;
    }

    /** Asks the work to stop: not started, it never starts; running, it stops when it next looks. */
    public void cancel() {
        cancelled = true;
        Runnable hook = onCancel;
        if (hook != null) {
            hook.run();
        }
    }

    /** True once {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} when the task was cancelled: for work between its steps. */
    public void stopIfCancelled() {
        if (cancelled) {
            throw new CancellationException();
        }
    }

    /** Reports how far the work is ({@code total} ≤ 0: not known); from any thread. */
    public void updateProgress(long done, long total) {
        double share = total <= 0 ? -1 : Math.min(1.0, done / (double) total);
        onFx(() -> progress.set(share));
    }

    /** This task as the services' {@link id.payung.service.WorkSteps}: their steps become its progress and they see its cancel. */
    public id.payung.service.WorkSteps steps() {
        return new id.payung.service.WorkSteps() {
            @Override
            public void step(long done, long total) {
                updateProgress(done, total);
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        };
    }

    /** Reports what the work is doing, in the user's words; from any thread. */
    public void updateMessage(String text) {
        onFx(() -> message.set(text));
    }

    private void onFx(Runnable update) {
        TaskExecutor tasks = executor;
        if (tasks == null) {
            update.run();
        } else {
            tasks.onFx(update);
        }
    }

    /** The share done, 0 to 1, or -1 while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * True while the work's write waits for another writer (an import here or in another Payung); set on the
     * FX thread. The window shows such a task with a Cancel ({@code LongWork}, {@link WaitLine}).
     */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** True once the task ended by its cancel (on the FX thread, from its {@link #onCancelled} on): nothing was done. */
    public boolean endedCancelled() {
        return endedCancelled;
    }

    /** The bundle key of the title, or null for work the user does not follow. */
    public String titleKey() {
        return titleKey;
    }

    public boolean runsOnOwnThread() {
        return ownThread;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The task whose work runs on this thread now (set by {@link TaskSteps}); null elsewhere. */
    private static final ThreadLocal<BackgroundTask<?>> CURRENT = new ThreadLocal<>();

    /**
     * True when the task whose work runs on this thread was cancelled: for a write waiting for another writer
     * deep in the services, so the task's Cancel reaches the wait (see {@code PayungServices.onWriteWait}).
     */
    public static boolean currentCancelled() {
        BackgroundTask<?> task = CURRENT.get();
        return task != null && task.isCancelled();
    }

    /**
     * Tells the task whose work runs on this thread that its write waits for another writer ({@code true}) or
     * goes on ({@code false}): for the services' write-wait listener, called on the waiting thread.
     *
     * @return true when the task's executor shows the wait with its task (and its Cancel); false when there is
     *         no such task here (the caller says it in its own way)
     */
    public static boolean currentWaits(boolean waits) {
        return currentWaits(waits, false);
    }

    /** {@link #currentWaits(boolean)}, {@code forImport} when the writer waited for is an import of this Payung. */
    public static boolean currentWaits(boolean waits, boolean forImport) {
        BackgroundTask<?> task = CURRENT.get();
        TaskExecutor tasks = task == null ? null : task.executor;
        if (tasks == null || !tasks.showsWaits(task)) {
            return false;
        }
        if (waits) {
            task.waitsForImport = forImport;
        }
        tasks.onFx(() -> task.waiting.set(waits));
        return true;
    }

    /** Whether the writer this task's write waits for is an import of this Payung ("impor lain"); else anyone's. */
    private volatile boolean waitsForImport;

    /** The words of this task's wait: another import's when Payung knows it is one, else any writer's (trial 21b M5). */
    public String waitWords(java.util.ResourceBundle resources) {
        return resources.getString(waitsForImport ? "wait.write.import" : "wait.write");
    }

    // For the executors: the steps in order. Not for view models.

    /** Called by the executor: what it does when the task is cancelled (after the flag is set). */
    void whenCancelled(Runnable hook) {
        this.onCancel = hook;
    }

    /** Called by the executor on the FX thread: the task waits for another writer, or no longer. */
    void setWaiting(boolean waits) {
        waiting.set(waits);
    }

    /** Called by the executor as it takes the task. */
    void attach(TaskExecutor tasks) {
        this.executor = tasks;
    }

    /** True when the work is to be skipped (cancelled before its turn, or overtaken). */
    boolean skipped() {
        return skip.getAsBoolean();
    }

    void running() {
        onRunning.run();
    }

    T call() throws Exception {
        BackgroundTask<?> outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call(this);
        } finally {
            CURRENT.set(outer);
        }
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void cancelled() {
        endedCancelled = true;
        onCancelled.run();
    }

    void finished() {
        onFinished.run();
    }

    /** Hands a failure to the task's own handler; false when it has none (the executor's is used). */
    boolean failed(Exception e) {
        if (onFailure == null || !failureType.isInstance(e)) {
            return false;
        }
        onFailure.accept(e);
        return true;
    }
}
