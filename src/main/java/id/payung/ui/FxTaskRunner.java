package id.payung.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The window's task runner: one background thread, so work runs in the order it was asked for; long work
 * asked for with {@link #runAside} (an import) runs on a thread of its own beside it. Screens
 * being built read their first data on the preparer's thread instead ({@link ScreenTaskRunner}); reads
 * run on connections of their own beside each other, and the database keeps writes one at a time.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "payung-worker");
        t.setDaemon(true);
        return t;
    });
    /** Long work (imports) runs here, beside the worker: the screens' reads do not queue behind it. */
    private final ExecutorService aside = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "payung-long-work");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Consumer<Throwable> onFailure;

    /** @param onFailure called on the FX thread with whatever a piece of work threw */
    public FxTaskRunner(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        submit(executor, work, onSuccess);
    }

    @Override
    public <T> void runAside(Callable<T> work, Consumer<? super T> onSuccess) {
        submit(aside, work, onSuccess);
    }

    private <T> void submit(ExecutorService on, Callable<T> work, Consumer<? super T> onSuccess) {
        changePending(+1);
        on.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    try {
                        onSuccess.accept(result);
                    } catch (RuntimeException e) {
                        onFailure.accept(e);
                    } finally {
                        changePending(-1);
                    }
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    changePending(-1);
                    onFailure.accept(e);
                });
            }
        });
    }

    @Override
    public void onFx(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    private void changePending(int delta) {
        int now = pending.addAndGet(delta);
        if (Platform.isFxApplicationThread()) {
            busy.set(now > 0);
        } else {
            Platform.runLater(() -> busy.set(pending.get() > 0));
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
        aside.shutdown();
    }
}
