package id.payung.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The task runner of a screen that is built off the FX thread. While the screen is being prepared
 * (not yet in the window), its work and the result's hand-over both run at once on the preparing
 * thread, so the screen arrives with its data and nothing of it is still in flight when it goes live.
 * Once live, work goes through the window's runner as everywhere else.
 */
public final class ScreenTaskRunner implements TaskRunner {
    private final TaskRunner live;
    private volatile boolean preparing = true;
    private Exception failure;

    public ScreenTaskRunner(TaskRunner live) {
        this.live = live;
    }

    /** From now on (called on the FX thread when the screen enters the window) work runs in the background. */
    public void goLive() {
        preparing = false;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        if (preparing && !Platform.isFxApplicationThread()) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                // Not thrown from here: the call may come through a property listener, which would only pass
                // it to the thread's handler of uncaught errors. The builder asks afterwards.
                if (failure == null) {
                    failure = e;
                }
            }
        } else {
            live.run(work, onSuccess);
        }
    }

    @Override
    public <T> void runAside(Callable<T> work, Consumer<? super T> onSuccess) {
        if (preparing && !Platform.isFxApplicationThread()) {
            run(work, onSuccess);
        } else {
            live.runAside(work, onSuccess);
        }
    }

    /**
     * Throws the first failure of the work done while preparing, if any (the screen is then not to be shown).
     *
     * @throws RuntimeException that failure, wrapped when it was a checked exception
     */
    public void throwIfFailed() {
        if (failure instanceof RuntimeException e) {
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
}
