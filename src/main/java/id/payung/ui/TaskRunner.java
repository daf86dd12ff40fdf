package id.payung.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs slow work (every database call) away from the FX thread and hands the result back on it.
 * Failures go to the runner's failure handler, which shows them to the user. Tests use a runner that
 * does both at once on the calling thread.
 */
public interface TaskRunner {

    /** Runs {@code work} in the background, then {@code onSuccess} with its result on the FX thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess);

    /**
     * Runs long work (an import, a whole-file check) on a thread of its own, so it does not hold up the
     * screens' reads queued behind it; then {@code onSuccess} on the FX thread. The database keeps writes
     * one at a time and lets reads go on beside them.
     */
    default <T> void runAside(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess);
    }

    /** Runs a small update on the FX thread (e.g. progress reported by background work). */
    void onFx(Runnable update);

    /** True while any work is queued or running. */
    ReadOnlyBooleanProperty busyProperty();
}
