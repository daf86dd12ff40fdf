package id.payung.ui.main;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * Builds screens away from the FX thread: their FXML, view models and first data (reading the database,
 * loading FXML with its reflection and class loading: 0,1–0,3 s per screen on a cold start). JavaFX allows
 * nodes to be made on any thread while they are not in a showing window. Their styling and layout are left
 * to the FX thread: JavaFX's control skins measure text through one shared text layout, so laying out a
 * screen on another thread while the window draws corrupts both (seen in tests as index and null pointer
 * errors deep in the text layout).
 *
 * <p>One thread, so screens are built one after the other and at most one core is taken from the user.
 */
final class ScreenPreparer implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "payung-screens");
        t.setDaemon(true);
        return t;
    });

    /** Builds a screen with {@code build} on the preparing thread; completes there with the screen. */
    CompletableFuture<Parent> prepare(Supplier<Parent> build) {
        return CompletableFuture.supplyAsync(build, thread);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
