package id.payung.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The executor of a screen that is built off the FX thread. While the screen is being prepared (not yet in
 * the window), a task's work and its callbacks all run at once on the preparing thread, so the screen
 * arrives with its data and nothing of it is still in flight when it goes live. Once live, tasks go through
 * the window's executor as everywhere else.
 */
public final class ScreenTaskExecutor implements TaskExecutor {
    private final TaskExecutor live;
    private volatile boolean preparing = true;
    private Throwable failure;

    public ScreenTaskExecutor(TaskExecutor live) {
        this.live = live;
    }

    /** From now on (called on the FX thread when the screen enters the window) work runs in the background. */
    public void goLive() {
        preparing = false;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (preparing && !Platform.isFxApplicationThread()) {
            task.attach(this);
            // A failure the task does not handle is not thrown from here: the call may come through a property
            // listener, which would only pass it to the thread's handler of uncaught errors. The builder asks
            // afterwards (the screen is then not shown).
            TaskSteps.run(task, Runnable::run, e -> {
                if (failure == null) {
                    failure = e;
                }
            });
        } else {
            live.execute(task);
        }
    }

    /**
     * Throws the first failure no task handled while preparing, if any (the screen is then not to be shown).
     *
     * @throws RuntimeException that failure, wrapped when it was a checked exception
     */
    public void throwIfFailed() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void onFx(Runnable update) {
        if (preparing && !Platform.isFxApplicationThread()) {
            update.run();
        } else {
            live.onFx(update);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return live.busyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
        return live.shownTaskProperty();
    }
}
