package id.payung.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's executor: one background thread, so tasks run in the order they were given and the database
 * sees one caller; a task that says {@link BackgroundTask#onOwnThread()} runs beside it. Screens being built
 * read their first data on the preparer's thread instead ({@link ScreenTaskExecutor}); the database's own
 * lock keeps those reads and this thread's work one at a time.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "payung-worker"));
    private final ExecutorService beside = Executors.newCachedThreadPool(r -> {
        Thread t = daemon(r, "payung-beside");
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> shown = new ReadOnlyObjectWrapper<>();
    private final Consumer<Throwable> onFailure;

    /** @param onFailure called on the FX thread with a failure its task did not handle */
    public FxTaskExecutor(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.attach(this);
        changePending(+1);
        (task.runsOnOwnThread() ? beside : worker).execute(() -> {
            if (task.titleKey() != null && !task.isCancelled()) {
                Platform.runLater(() -> shown.set(task));
            }
            try {
                TaskSteps.run(task, Platform::runLater, onFailure);
            } finally {
                Platform.runLater(() -> {
                    if (shown.get() == task) {
                        shown.set(null);
                    }
                    changePending(-1);
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
    public ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
        return shown.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdown();
        beside.shutdown();
    }
}
