package id.payung.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * Trial 16 L9: at 1920 × 1080 the import window opened at its content's least, about 1100 × 815, the tables
 * cramped in the middle of a large screen. It takes a share of a large screen, and a laptop's screen whole.
 */
class ImportWindowSizeTest {

    @Test
    void aLargeScreenGivesTheWindowAShareOfIt() {
        Dimension2D size = ImportView.fitted(new Rectangle2D(0, 0, 1920, 1050), 1100, width -> 775);
        assertThat(size.getWidth()).isGreaterThanOrEqualTo(1920 * 0.8).isLessThanOrEqualTo(1920);
        assertThat(size.getHeight()).isGreaterThanOrEqualTo(1050 * 0.8).isLessThanOrEqualTo(1050);
    }

    @Test
    void aLaptopScreenIsTakenWholeAsBefore() {
        Dimension2D size = ImportView.fitted(new Rectangle2D(0, 0, 1366, 728), 1100, width -> 900);
        assertThat(size.getWidth()).isEqualTo(1366);
        assertThat(size.getHeight()).isEqualTo(728);
    }

    @Test
    void contentLargerThanTheShareKeepsItsSizeWithinTheScreen() {
        Dimension2D size = ImportView.fitted(new Rectangle2D(0, 0, 2560, 1400), 2400, width -> 1300);
        assertThat(size.getWidth()).isEqualTo(2400);
        assertThat(size.getHeight()).isEqualTo(1340 + 0.0 > 1400 ? 1400 : 1340);
    }
}
