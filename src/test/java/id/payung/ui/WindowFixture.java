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
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Payung's window (or one screen of it, {@link #showing}) as the window tests use it, opened before each test
 * and closed after it: on a database of
 * its own in a temporary folder, with a task runner that fails the test when background work fails. A test
 * class keeps TestFX's {@code @ExtendWith(ApplicationExtension.class)} (the toolkit, the {@code FxRobot}
 * parameters) and registers the window after it:
 * <pre>
 * &#64;RegisterExtension
 * final WindowFixture ui = WindowFixture.seeded("payung-history").dashboardShown();
 * </pre>
 * The window opens after TestFX's set-up and before the class's {@code @BeforeEach} methods; it closes after
 * the class's {@code @AfterEach} methods (which may still use it, e.g. to let an import go first).
 */
final class WindowFixture implements BeforeEachCallback, AfterEachCallback {
    private final String folderPrefix;
    private Function<Path, PayungServices> opener = file -> PayungServices.open(file, true, TestData.CLOCK);
    private String version = "test";
    private Consumer<Stage> beforeOpen = stage -> { };
    private boolean dashboardShown;
    private boolean showsErrors;
    /** One screen shown alone instead of the whole window; null: the window. */
    private Screen screen;
    private double width = -1;
    private double height = -1;

    private Stage stage;
    private Path dir;
    private PayungServices services;
    private FxTaskExecutor tasks;
    private MainWindow window;
    private boolean opened;
    /** What the test asked to close with the window (before it, last first). */
    private final java.util.Deque<AutoCloseable> closing = new java.util.ArrayDeque<>();

    private WindowFixture(String folderPrefix) {
        this.folderPrefix = folderPrefix;
    }

    /** The window on a new seeded database in a folder named from {@code folderPrefix}. */
    static WindowFixture seeded(String folderPrefix) {
        return new WindowFixture(folderPrefix);
    }

    /** The window on the database {@code opener} makes of a file in the new folder (e.g. seeded, then a row added). */
    WindowFixture on(Function<Path, PayungServices> databaseOpener) {
        this.opener = databaseOpener;
        return this;
    }

    /** The version the window says it is (the status bar, About). */
    WindowFixture version(String shown) {
        this.version = shown;
        return this;
    }

    /** Something done to the stage on the FX thread before the window opens on it (e.g. its place). */
    WindowFixture beforeOpen(Consumer<Stage> action) {
        this.beforeOpen = action;
        return this;
    }

    /** What a test shows alone in the stage instead of the whole window (e.g. the import screen). */
    @FunctionalInterface
    interface Screen {
        javafx.scene.Parent build(WindowFixture ui) throws Exception;
    }

    /** Shows {@code alone} (built on the FX thread, in the window's style) instead of the whole window. */
    WindowFixture showing(Screen alone) {
        this.screen = alone;
        return this;
    }

    /** The scene's size for {@link #showing}; else the screen's own. */
    WindowFixture size(double sceneWidth, double sceneHeight) {
        this.width = sceneWidth;
        this.height = sceneHeight;
        return this;
    }

    /** Failures of background work are shown as the application shows them (its dialogs), not failed on. */
    WindowFixture showsErrors() {
        this.showsErrors = true;
        return this;
    }

    /** Each test starts once the dashboard, the first screen, is shown. */
    WindowFixture dashboardShown() {
        this.dashboardShown = true;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            // TestFX shares one stage among the tests of a run: a test that sizes it (1366 × 700) is undone after it,
            // so the next test's window does not depend on which test ran before it.
            stageAsFound = new double[] {stage.getWidth(), stage.getHeight(), stage.isMaximized() ? 1 : 0};
            beforeOpen.accept(stage);
            dir = Files.createTempDirectory(folderPrefix);
            services = opener.apply(dir.resolve("payung.db"));
            tasks = new FxTaskExecutor(error -> {
                if (showsErrors && window != null) {
                    window.showError(error);
                    return;
                }
                throw new AssertionError("background work failed", error);
            });
            if (screen == null) {
                window = new MainWindow(stage, services, tasks, TestData.CLOCK, I18n.INDONESIAN, version);
                window.show();
            } else {
                // As MainWindow does for every window of the app: a screen tested alone is laid out as it is there.
                LayoutRescue.install();
                javafx.scene.Scene scene = new javafx.scene.Scene(screen.build(this), width, height);
                scene.getStylesheets().add(MainWindow.class.getResource("/theme/payung.css").toExternalForm()); // as the window
                stage.setScene(scene);
                stage.show();
            }
            opened = true;
            return null;
        });
        if (dashboardShown) {
            ScreenWaits.shown(new FxRobot(), id.payung.ui.main.Screen.DASHBOARD);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            while (!closing.isEmpty()) {
                closing.pop().close();
            }
        } finally {
            if (opened) {
                close();
            }
            double[] found = stageAsFound;
            if (found != null && stage != null) {
                FxToolkit.setupFixture(() -> {
                    stage.setMaximized(found[2] == 1);
                    if (found[2] == 0 && !Double.isNaN(found[0]) && !Double.isNaN(found[1])) {
                        stage.setWidth(found[0]);
                        stage.setHeight(found[1]);
                    }
                });
            }
        }
    }

    /** The shared stage's width, height and maximized (1) as this test found it; restored after it. */
    private double[] stageAsFound;

    /** Closes {@code resource} after the test, before the window (e.g. another Payung's import holding the file). */
    <T extends AutoCloseable> T closing(T resource) {
        closing.push(resource);
        return resource;
    }

    Stage stage() {
        return stage;
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

    /** The whole window (null when {@link #showing} one screen alone). */
    MainWindow window() {
        return window;
    }

    /** Stops the background work, closes the window (its frame first, then the database) and the folder. */
    private void close() throws Exception {
        opened = false;
        if (window != null) {
            // A form or import window a test left open goes first, asking nothing: TestFX then hides the main window,
            // and nothing of Payung's may wait there on a question nobody answers (a hang, not a failure).
            MainWindow closing = window;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(closing::closeOwnedWindows));
        }
        tasks.close();
        if (window != null) {
            window.close();
            window = null;
        } else {
            services.close();
        }
        // TestFX hands every test class the same stage: a size a test gave it (ImportWindowTest makes it
        // 1000×680) must not decide what the next class sees, so it goes back to where a first start puts it.
        Stage shared = stage;
        javafx.application.Platform.runLater(() -> {
            javafx.geometry.Rectangle2D usable = javafx.stage.Screen.getPrimary().getVisualBounds();
            WindowMemory.place(shared, WindowMemory.firstPlace(usable), usable);
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
