package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * How the main window opens, decided from what was remembered and the screens there are now (their usable areas,
 * without task bars), no window shown. Trial 20: a window left filling a 1366 × 768 laptop, not maximized, opened at
 * 1366 × 768 on a 1920 × 1080 monitor.
 */
class WindowMemoryTest {
    /** A laptop's 1366 × 768 less a 28-px task bar; a Full HD monitor's less a 40-px one. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 740);
    private static final Rectangle2D MONITOR = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void aWindowThatFilledTheLaptopFillsTheLargerScreen() {
        // Left as large as the laptop's usable area, not maximized: remembered as filling it.
        assertThat(WindowMemory.fills(LAPTOP, List.of(LAPTOP), LAPTOP)).isTrue();
        // A window manager's frame may leave it a few pixels off.
        assertThat(WindowMemory.fills(new Rectangle2D(2, 3, 1362, 733), List.of(LAPTOP), LAPTOP)).isTrue();

        WindowMemory.Opening opening = WindowMemory.opening(LAPTOP, false, true, List.of(MONITOR), MONITOR);
        assertThat(opening.maximized()).as("fills the monitor").isTrue();
        assertThat(opening.place()).as("un-maximized: the monitor's whole area, not the laptop's").isEqualTo(MONITOR);
        assertThat(opening.usable()).isEqualTo(MONITOR);
    }

    @Test
    void aRealSmallerWindowKeepsItsSize() {
        Rectangle2D smaller = new Rectangle2D(120, 60, 1100, 640);
        assertThat(WindowMemory.fills(smaller, List.of(LAPTOP), LAPTOP)).isFalse();
        // Filling the width only is not filling the screen.
        assertThat(WindowMemory.fills(new Rectangle2D(0, 0, 1366, 600), List.of(LAPTOP), LAPTOP)).isFalse();

        WindowMemory.Opening opening = WindowMemory.opening(smaller, false, false, List.of(MONITOR), MONITOR);
        assertThat(opening.maximized()).isFalse();
        assertThat(opening.place()).isEqualTo(smaller);
        // Maximized when left, its normal place the smaller one it had.
        assertThat(WindowMemory.opening(smaller, true, false, List.of(MONITOR), MONITOR))
                .isEqualTo(new WindowMemory.Opening(smaller, MONITOR, true));
    }

    @Test
    void aPlaceOffEveryScreenComesBackOntoThePrimaryOne() {
        // Left on the office's monitor right of the laptop, now unplugged.
        Rectangle2D onTheMonitor = new Rectangle2D(1366 + 200, 100, 1000, 650);
        WindowMemory.Opening opening = WindowMemory.opening(onTheMonitor, false, false, List.of(LAPTOP), LAPTOP);
        assertThat(opening.place()).isEqualTo(new Rectangle2D(366, 90, 1000, 650));
        assertThat(LAPTOP.contains(opening.place())).isTrue();
        // Filling that monitor: it fills the laptop.
        assertThat(WindowMemory.opening(new Rectangle2D(1366, 0, 1920, 1040), false, true, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowMemory.Opening(LAPTOP, LAPTOP, true));
    }

    @Test
    void withTwoScreensTheWindowOpensOnTheOneItWasOnMost() {
        Rectangle2D right = new Rectangle2D(1366, 0, 1920, 1040);
        Rectangle2D mostlyRight = new Rectangle2D(1300, 100, 1200, 800);
        assertThat(WindowMemory.opening(mostlyRight, false, false, List.of(LAPTOP, right), LAPTOP).usable())
                .isEqualTo(right);
        assertThat(WindowMemory.fills(right, List.of(LAPTOP, right), LAPTOP)).isTrue();
        assertThat(WindowMemory.opening(right, false, true, List.of(LAPTOP, right), LAPTOP))
                .isEqualTo(new WindowMemory.Opening(right, right, true));
    }

    @Test
    void theFirstStartIsMaximizedOverThePrimaryScreen() {
        assertThat(WindowMemory.opening(null, true, false, List.of(MONITOR), MONITOR))
                .isEqualTo(new WindowMemory.Opening(MONITOR, MONITOR, true));
    }
}
