package id.payung.ui;

import id.payung.domain.FunderPalette;
import id.payung.domain.FunderType;

/** The funder palette for JavaFX styles (the same colours as printed reports). */
public final class FunderColors {
    private FunderColors() {
    }

    /** CSS hex colour for a funder type. */
    public static String of(FunderType type) {
        return FunderPalette.hex(type);
    }
}
