package id.payung.ui;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The life of a task, the same for every executor: skipped when cancelled or overtaken, else running, the
 * work, then success, cancel or failure. Every failure is logged with its stack trace (the log file a clerk
 * can send); one the task does not handle itself goes to the executor's handler (the error dialog).
 */
final class TaskSteps {
    static final Logger LOG = id.payung.service.LogFile.logger("task");

    private TaskSteps() {
    }

    /**
     * Runs the task's work on this thread and its callbacks through {@code fx}.
     *
     * @param fx         runs a callback where callbacks belong (the FX thread, or at once)
     * @param unhandled  receives a failure the task has no handler for (called through {@code fx} already)
     */
    static <T> void run(BackgroundTask<T> task, Consumer<Runnable> fx, Consumer<Throwable> unhandled) {
        if (task.isCancelled()) {
            fx.accept(() -> cancelled(task));
            return;
        }
        if (task.skipped()) {
            return;
        }
        fx.accept(task::running);
        T result;
        try {
            result = task.call();
        } catch (CancellationException e) {
            LOG.info(() -> "cancelled: " + describe(task));
            fx.accept(() -> cancelled(task));
            return;
        } catch (Exception e) {
            if (task.isCancelled()) {
                // Work that stopped for the cancel in its own way (a write that gave up waiting for another
                // writer: nothing was written) ended as the user asked: not an error to show.
                LOG.log(Level.INFO, "cancelled: " + describe(task), e);
                fx.accept(() -> cancelled(task));
                return;
            }
            fx.accept(() -> fail(task, e, unhandled));
            return;
        } catch (Error e) {
            LOG.log(Level.SEVERE, "task failed: " + describe(task), e);
            fx.accept(() -> {
                finish(task);
                unhandled.accept(e);
            });
            return;
        }
        fx.accept(() -> {
            try {
                task.succeeded(result);
            } catch (RuntimeException e) {
                fail(task, e, unhandled);
                return;
            }
            task.finished();
        });
    }

    /** Logs the failure and hands it to the task's handler, or to {@code unhandled} when it has none. */
    static void fail(BackgroundTask<?> task, Exception e, Consumer<Throwable> unhandled) {
        boolean handled;
        try {
            handled = task.failed(e);
        } catch (RuntimeException again) {
            LOG.log(Level.SEVERE, "task failed: " + describe(task), e);
            finish(task);
            unhandled.accept(again);
            return;
        }
        finish(task);
        if (handled && e instanceof id.payung.service.InvalidInputException) {
            // A form's input refused by the rules (an overlapping period…): the screen says why; no fault to send to
            // support, so one line, no stack trace (trial 20c L8).
            LOG.info("input refused (shown by its screen): " + describe(task) + ": " + e.getMessage());
        } else if (handled) {
            LOG.log(Level.WARNING, "task failed (shown by its screen): " + describe(task), e);
        } else {
            LOG.log(Level.SEVERE, "task failed: " + describe(task), e);
            unhandled.accept(e);
        }
    }

    /** The task's end by its cancel: its onCancelled, then onFinished. */
    static void cancelled(BackgroundTask<?> task) {
        try {
            task.cancelled();
        } finally {
            task.finished();
        }
    }

    /** Runs the task's last step; a failure there is logged, not shown over the failure being shown. */
    private static void finish(BackgroundTask<?> task) {
        try {
            task.finished();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "task's last step failed: " + describe(task), e);
        }
    }

    private static String describe(BackgroundTask<?> task) {
        return task.titleKey() != null ? task.titleKey() : "background work";
    }
}
