package id.payung.ui.main;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * Builds screens away from the FX thread. Building a screen the first time (its FXML, the skins of its
 * controls, the first CSS pass and layout, the cells of its tables) costs 0,3–0,6 s of cold code, which on
 * the FX thread froze the window for that long. JavaFX allows a scene graph to be built, styled and laid
 * out on any thread while it is not in a showing window, so that is done here, in a scene of its own with
 * the window's style sheets and the frame's style classes around it; the FX thread then only moves the
 * finished screen into the window.
 *
 * <p>One thread, so screens are built one after the other and at most one core is taken from the user.
 */
final class ScreenPreparer implements AutoCloseable {
    /** Used until the window has a size (the first screen is asked for before the first layout). */
    private static final double DEFAULT_WIDTH = 1000;
    private static final double DEFAULT_HEIGHT = 650;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "payung-screens");
        t.setDaemon(true);
        return t;
    });

    /**
     * Builds a screen with {@code build} on the preparing thread and styles and lays it out at the given
     * size, as inside the frame's content area.
     *
     * @param stylesheets the window's style sheets (read on the FX thread by the caller)
     * @return the finished screen, not in any scene; completes on the preparing thread
     */
    CompletableFuture<Parent> prepare(Supplier<Parent> build, List<String> stylesheets, double width, double height) {
        return CompletableFuture.supplyAsync(() -> {
            Parent screen = build.get();
            // The same ancestors' style classes as in the window, so the same rules apply.
            StackPane content = new StackPane(screen);
            content.getStyleClass().add(MainView.CONTENT_STYLE);
            BorderPane frame = new BorderPane(content);
            frame.getStyleClass().add(MainView.FRAME_STYLE);
            Scene scene = new Scene(frame, width > 0 ? width : DEFAULT_WIDTH, height > 0 ? height : DEFAULT_HEIGHT);
            scene.getStylesheets().setAll(stylesheets);
            frame.applyCss();
            frame.layout();
            content.getChildren().clear();
            return screen;
        }, thread);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
