package id.payung.ui;

import id.payung.app.MainWindow;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Payung's window as the window tests use it: on a database of its own in a temporary folder, with a task
 * runner that fails the test when background work fails.
 */
final class WindowFixture {
    private final Stage stage;
    private final Path dir;
    private final PayungServices services;
    private final FxTaskExecutor tasks;
    private final MainWindow window;

    private WindowFixture(Path dir, PayungServices services, String version, Stage stage) {
        this.dir = dir;
        this.services = services;
        this.tasks = new FxTaskExecutor(error -> {
            throw new AssertionError("background work failed", error);
        });
        this.stage = stage;
        this.window = new MainWindow(stage, services, tasks, TestData.CLOCK, I18n.INDONESIAN, version);
        window.show();
    }

    /** Opens the window on a new seeded database. */
    static WindowFixture open(Stage stage, String folderPrefix) throws IOException {
        return open(stage, folderPrefix, file -> PayungServices.open(file, true, TestData.CLOCK), "test");
    }

    /** Opens the window on the database {@code opener} makes of a file in a new folder. */
    static WindowFixture open(Stage stage, String folderPrefix, Function<Path, PayungServices> opener, String version)
            throws IOException {
        Path dir = Files.createTempDirectory(folderPrefix);
        return new WindowFixture(dir, opener.apply(dir.resolve("payung.db")), version, stage);
    }

    Path dir() {
        return dir;
    }

    PayungServices services() {
        return services;
    }

    FxTaskExecutor tasks() {
        return tasks;
    }

    /** Stops the background work, closes the window (its frame first, then the database) and the folder. */
    void close() throws IOException {
        tasks.close();
        window.close();
        // TestFX hands every test class the same stage: a size a test gave it (ImportWindowTest makes it
        // 1000×680) must not decide what the next class sees, so it goes back to where a first start puts it.
        javafx.application.Platform.runLater(() -> {
            javafx.geometry.Rectangle2D usable = javafx.stage.Screen.getPrimary().getVisualBounds();
            WindowMemory.place(stage, WindowMemory.firstPlace(usable), usable);
        });
        WaitForAsyncUtils.waitForFxEvents();
        id.payung.TestFiles.deleteTree(dir);
    }

    /** Waits up to 10 s for {@code condition}, then for the FX thread to settle. */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
