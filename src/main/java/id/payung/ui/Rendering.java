package id.payung.ui;

/**
 * How JavaFX draws Payung's window, set before the toolkit starts (JavaFX reads these once).
 *
 * <p>Region caching is turned off. JavaFX keeps each control background of more than one layer (table
 * rows, buttons, the table's frame) as an image and stretches it into place each frame. On a graphics
 * card that saves work; without one (office PCs without a driver, remote desktops, Xvfb) JavaFX draws in
 * software, where stretching those images took 60 % of the time to draw the register, and filling the
 * layers directly takes a fraction of it. Measured in {@code docs/PERFORMANCE.md}: the frame that opens
 * the register went from 46–91 ms to 22–41 ms. With a graphics card, a few more rectangle fills a frame
 * cost nothing one could see.
 */
public final class Rendering {
    static final String REGION_CACHING = "prism.disableRegionCaching";

    private Rendering() {
    }

    /** Applies Payung's rendering settings, keeping any the user gave on the command line. */
    public static void configure() {
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }
}
