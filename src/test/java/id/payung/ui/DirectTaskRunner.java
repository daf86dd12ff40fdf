package id.payung.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs work and its follow-up at once on the calling thread, so view models test without a toolkit. */
public final class DirectTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            throw new AssertionError("background work failed", e);
        }
        onSuccess.accept(result);
    }

    @Override
    public void onFx(Runnable update) {
        update.run();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
