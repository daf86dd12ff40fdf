package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens as it was left (size, place, maximized), back on the screen when it was left on one that is
 * gone, and keeps that size when the window manager drops it at showing (JavaFX 21 under Openbox and mutter
 * opened it at its minimum, 900 × 600: trial 11, M1).
 */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("id/payung/test-window-" + System.nanoTime());
    private Stage stage;

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        if (stage != null) {
            robot.interact(stage::close);
        }
        prefs.removeNode();
    }

    /** Opens a new window through the memory; {@code droppedSize}: the window manager makes it 900 × 600 on showing. */
    private Stage open(FxRobot robot, boolean droppedSize) {
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new StackPane()));
            new WindowMemory(prefs).apply(stage);
            if (droppedSize) {
                stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                    stage.setWidth(WindowMemory.MIN_WIDTH);
                    stage.setHeight(WindowMemory.MIN_HEIGHT);
                });
            }
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    private static Rectangle2D usable() {
        return Screen.getPrimary().getVisualBounds();
    }

    @Test
    void theFirstStartFillsTheScreen(FxRobot robot) {
        Stage window = open(robot, false);
        Rectangle2D first = WindowMemory.firstPlace(usable());
        // Maximized on any screen (trial 19: at 1920 × 1080 it was a smaller window), its normal place the whole area.
        assertThat(first).isEqualTo(usable());
        assertThat(window.isMaximized()).isTrue();
        robot.interact(() -> window.setMaximized(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.getWidth()).isEqualTo(first.getWidth());
        assertThat(window.getHeight()).isEqualTo(first.getHeight());
        assertThat(window.getWidth()).isGreaterThan(WindowMemory.MIN_WIDTH);
    }

    @Test
    void aRememberedSmallerWindowIsKeptWhenTheWindowManagerDropsIt(FxRobot robot) {
        // A place remembered smaller than the screen, not maximized: it opens so, not maximized.
        Rectangle2D roomy = new Rectangle2D(usable().getMinX() + 10, usable().getMinY() + 10,
                Math.min(usable().getWidth() - 20, 1600), Math.min(usable().getHeight() - 20, 1000));
        prefs.putDouble("x", roomy.getMinX());
        prefs.putDouble("y", roomy.getMinY());
        prefs.putDouble("width", roomy.getWidth());
        prefs.putDouble("height", roomy.getHeight());
        Stage window = open(robot, true);
        assertThat(window.isMaximized()).isFalse();
        assertThat(window.getWidth()).isEqualTo(roomy.getWidth());
        assertThat(window.getHeight()).isEqualTo(roomy.getHeight());
    }

    @Test
    void theRememberedPlaceComesBackAndIsKept(FxRobot robot) {
        Rectangle2D left = new Rectangle2D(usable().getMinX() + 30, usable().getMinY() + 20, usable().getWidth() - 100,
                usable().getHeight() - 60);
        prefs.putDouble("x", left.getMinX());
        prefs.putDouble("y", left.getMinY());
        prefs.putDouble("width", left.getWidth());
        prefs.putDouble("height", left.getHeight());
        Stage window = open(robot, true);
        assertThat(new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight())).isEqualTo(left);
        assertThat(window.isMaximized()).isFalse();
    }

    @Test
    void aPlaceOnAScreenThatIsGoneComesBackOntoThisOne(FxRobot robot) {
        // Left on the office's second monitor, right of the laptop's screen, which is now unplugged.
        prefs.putDouble("x", usable().getMaxX() + 400);
        prefs.putDouble("y", usable().getMinY() + 100);
        prefs.putDouble("width", 1000);
        prefs.putDouble("height", 650);
        Stage window = open(robot, false);
        assertThat(usable().contains(window.getX(), window.getY(), window.getWidth(), window.getHeight()))
                .as("on this screen, whole").isTrue();
        assertThat(window.getWidth()).isEqualTo(Math.min(1000, usable().getWidth()));
    }

    @Test
    void maximizedIsRememberedAndTheNormalPlaceWithIt(FxRobot robot) {
        Stage window = open(robot, false);
        robot.interact(() -> window.setMaximized(true));
        robot.interact(window::close);
        assertThat(prefs.getBoolean("maximized", false)).isTrue();

        Stage again = open(robot, false);
        assertThat(again.isMaximized()).as("opens maximized again").isTrue();
        robot.interact(() -> again.setMaximized(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.getWidth()).as("un-maximized: the normal place, not the minimum").isGreaterThan(WindowMemory.MIN_WIDTH);
    }

    /**
     * Trial 20: left filling a smaller screen (1366 × 768), not maximized, the window filled only that much of a
     * larger one. Played here by a remembered place smaller than this screen that was said to fill its own.
     */
    @Test
    void aWindowThatFilledItsScreenFillsThisOne(FxRobot robot) {
        prefs.putDouble("x", usable().getMinX());
        prefs.putDouble("y", usable().getMinY());
        prefs.putDouble("width", usable().getWidth() - 200);
        prefs.putDouble("height", usable().getHeight() - 100);
        prefs.putBoolean("maximized", false);
        prefs.putBoolean("filled", true);
        Stage window = open(robot, false);
        assertThat(window.isMaximized()).as("fills this screen").isTrue();
        robot.interact(() -> window.setMaximized(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.getWidth()).as("un-maximized: this screen's width").isEqualTo(usable().getWidth());
        assertThat(window.getHeight()).isEqualTo(usable().getHeight());
    }

    /** Closed as large as its screen, not maximized, the window is remembered as filling it; smaller, it is not. */
    @Test
    void closedAsLargeAsTheScreenItIsRememberedAsFillingIt(FxRobot robot) {
        Stage window = open(robot, false);
        robot.interact(() -> window.setMaximized(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> WindowMemory.place(window, usable(), usable()));
        robot.interact(window::close);
        assertThat(prefs.getBoolean("maximized", true)).isFalse();
        assertThat(prefs.getBoolean("filled", false)).as("filled its screen").isTrue();

        // Left smaller (no word yet whether it filled): written down as not filling.
        prefs.putDouble("x", usable().getMinX() + 50);
        prefs.putDouble("y", usable().getMinY() + 40);
        prefs.putDouble("width", usable().getWidth() - 300);
        prefs.putDouble("height", usable().getHeight() - 200);
        prefs.remove("filled");
        Stage again = open(robot, false);
        assertThat(again.isMaximized()).isFalse();
        robot.interact(again::close);
        assertThat(prefs.getBoolean("filled", true)).as("a smaller window").isFalse();
    }
}
