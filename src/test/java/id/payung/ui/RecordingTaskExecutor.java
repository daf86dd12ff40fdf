package id.payung.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * {@link DirectTaskExecutor}'s way (work and callbacks at once on the calling thread), keeping the failures a task
 * does not handle itself in {@link #shown}: what the window's error dialog would show, for a test to look at.
 */
final class RecordingTaskExecutor implements TaskExecutor {
    /** The failures the error dialog would have shown, in order. */
    final List<Throwable> shown = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.attach(this);
        TaskSteps.run(task, Runnable::run, shown::add);
    }

    @Override
    public void onFx(Runnable update) {
        update.run();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
        return new ReadOnlyObjectWrapper<BackgroundTask<?>>().getReadOnlyProperty();
    }
}
