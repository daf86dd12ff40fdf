package id.payung.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Runs a task's work and its callbacks at once on the calling thread, so view models test without a
 * toolkit. A failure the task does not handle itself fails the test.
 */
public final class DirectTaskExecutor implements TaskExecutor {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> shown = new ReadOnlyObjectWrapper<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.attach(this);
        TaskSteps.run(task, Runnable::run, e -> {
            throw new AssertionError("background work failed", e);
        });
    }

    @Override
    public void onFx(Runnable update) {
        update.run();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
        return shown.getReadOnlyProperty();
    }
}
