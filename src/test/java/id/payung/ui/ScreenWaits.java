package id.payung.ui;

import id.payung.ui.main.Screen;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Screens arrive a moment after they are asked for (they are built off the FX thread): tests wait for them. */
final class ScreenWaits {
    private ScreenWaits() {
    }

    /** Waits until {@code screen} is the one shown in the window. */
    static void shown(FxRobot robot, Screen screen) {
        try {
            // Looked at on the FX thread: a lookup from the test's thread while the window swaps screens read a
            // children list as it shrank (IndexOutOfBoundsException in Parent.lookupAll).
            // An FX thread busy past 5 s (a loaded machine) is a "not yet", not the end of the wait.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try {
                    return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#screenArea")
                            .tryQuery().map(area -> ((Parent) area).getChildrenUnmodifiable().stream()
                                    .anyMatch(n -> n.isVisible() && n.getOpacity() == 1
                                            && n.getProperties().get(Screen.class) == screen))
                            .orElse(false)).get(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException busy) {
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(screen + " was not shown", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the screen's navigation button and waits until it is shown. */
    static void open(FxRobot robot, Screen screen) {
        robot.clickOn("#" + screen.navId());
        shown(robot, screen);
    }
}
