package id.payung.domain;

import java.util.Map;

/**
 * One colour per kind of funder, the same on screen, in exports and on paper, so a reader learns that
 * blue is the province and orange the regency.
 */
public final class FunderPalette {
    private static final Map<FunderType, String> COLORS = Map.of(
            FunderType.APBD_PROVINSI, "#1f6fb2",
            FunderType.APBD_KABUPATEN, "#e07b39",
            FunderType.APBDES, "#3a9d5d",
            FunderType.APBN, "#8e44ad",
            FunderType.CSR, "#c0392b",
            FunderType.MANDIRI, "#d4ac0d",
            FunderType.OTHER, "#7f8c8d");

    private FunderPalette() {
    }

    /** CSS-style hex colour ("#rrggbb") for a funder type. */
    public static String hex(FunderType type) {
        return COLORS.getOrDefault(type, "#7f8c8d");
    }
}
