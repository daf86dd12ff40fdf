package id.payung.ui.main;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Builds screens away from the FX thread: their FXML, view models and first data (reading the database,
 * loading FXML with its reflection and class loading: 0,1–0,3 s per screen on a cold start). JavaFX allows
 * nodes to be made on any thread while they are not in a showing window. Their styling and layout are left
 * to the FX thread: JavaFX's control skins measure text through one shared text layout, so laying out a
 * screen on another thread while the window draws corrupts both (seen in tests as index and null pointer
 * errors deep in the text layout).
 *
 * <p>One thread, so screens (and the content of the frame's windows, such as the import window's) are built one
 * after the other and at most one core is taken from the user.
 */
final class ScreenPreparer implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "payung-screens");
        t.setDaemon(true);
        return t;
    });
    /** Builds asked for and not yet done: ended with a cancellation when the preparer closes, never left hanging. */
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

    /**
     * Builds a screen (or a window's content) with {@code build} on the preparing thread; completes there with it,
     * or with a {@link CancellationException} when the preparer is closed first.
     */
    <T> CompletableFuture<T> prepare(Supplier<T> build) {
        CompletableFuture<T> built = new CompletableFuture<>();
        pending.add(built);
        built.whenComplete((result, error) -> pending.remove(built));
        try {
            thread.execute(() -> {
                if (built.isDone()) {
                    return; // closed meanwhile
                }
                try {
                    built.complete(build.get());
                } catch (Throwable e) {
                    built.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            built.completeExceptionally(new CancellationException("closed"));
        }
        return built;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        for (CompletableFuture<?> waiting : pending) {
            waiting.completeExceptionally(new CancellationException("the frame was replaced"));
        }
    }
}
