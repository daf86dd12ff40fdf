package id.payung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A slice carries its figure only where the figure fits: on a laptop's pie (radius about 130 px, figures 62 % out)
 * two neighbouring 5,1 % slices put their "5,1 %" over each other; a 19,7 % slice holds its figure easily.
 */
class SharesPieFitTest {
    @Test
    void aFigureShowsOnlyInASliceWideEnoughForIt() {
        double at = 0.62 * 130;
        double figure = 42; // "5,1 %" in bold 14 px
        assertThat(SharesPie.fits(360 * 0.051, at, figure)).isFalse();
        assertThat(SharesPie.fits(360 * 0.058, at, figure)).isFalse();
        assertThat(SharesPie.fits(360 * 0.197, at, figure)).isTrue();
        // A bigger pie (1920×1080) has room for a 8 % slice's figure.
        assertThat(SharesPie.fits(360 * 0.08, 0.62 * 260, figure)).isTrue();
    }
}
