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
            T result;
            try {
                result = work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            onSuccess.accept(result);
        } else {
            live.run(work, onSuccess);
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
