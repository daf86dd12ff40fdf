package id.payung.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Runs {@link BackgroundTask}s away from the FX thread and calls them back on it. Three kinds: the window's
 * ({@link FxTaskExecutor}: one writing task at a time, reads in a lane of their own), a screen's while it is being built
 * ({@link ScreenTaskExecutor}: at once, on the preparing thread), and the tests' direct one (everything at
 * once on the calling thread, so view models are tested without a toolkit).
 */
public interface TaskExecutor {

    /** Runs the task: its work in the background, its callbacks on the FX thread. */
    <T> void execute(BackgroundTask<T> task);

    /** Runs a small update on the FX thread (e.g. progress reported by background work). */
    void onFx(Runnable update);

    /** True while any work is queued or running. */
    ReadOnlyBooleanProperty busyProperty();

    /** The long work ({@link BackgroundTask#withTitle titled}) now running, for the status bar; else null. */
    ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty();

    /**
     * True when this executor shows {@code task} while its write waits for another writer, with a Cancel
     * (see {@link BackgroundTask#waitingProperty()}); false by default.
     */
    default boolean showsWaits(BackgroundTask<?> task) {
        return false;
    }

    /**
     * Short for {@code BackgroundTask.wrap(work).onSuccess(onSuccess).executeWith(this)}: work whose failure
     * the executor's handler shows.
     */
    default <T> BackgroundTask<T> run(Callable<T> work, Consumer<? super T> onSuccess) {
        return BackgroundTask.wrap(work).onSuccess(onSuccess).executeWith(this);
    }

    /**
     * {@link #run}, for work that never writes to the database (it reads, or writes only a file): marked
     * {@link BackgroundTask#readOnly()}, so it answers while a save waits for another writer (an import).
     */
    default <T> BackgroundTask<T> read(Callable<T> work, Consumer<? super T> onSuccess) {
        return BackgroundTask.wrap(work).readOnly().onSuccess(onSuccess).executeWith(this);
    }
}
