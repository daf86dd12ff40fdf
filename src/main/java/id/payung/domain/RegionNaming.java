package id.payung.domain;

import java.util.regex.Pattern;

/**
 * The words villages and clerks put before a region's name ("Desa Poco", "Ds. Poco", "Kel. Wae Rii", "Kec. Satar
 * Mese"), taken off so the name is what is looked up. One rule for the import (a list's desa and kecamatan columns)
 * and the enrollment form's desa search, so a name the import finds the clerk finds too.
 */
public final class RegionNaming {
    /** "Desa", "Ds", "Kelurahan", "Kel" (and the misspelling "Kelurhan") followed by a dot, a colon or a space. */
    private static final Pattern DESA_PREFIX =
            Pattern.compile("(?i)^\\s*(desa|ds|kelurahan|kel|kelurhan)(\\s*[.:]\\s*|\\s+)");
    /** "Kecamatan" or "Kec" followed by a dot, a colon or a space. */
    private static final Pattern KECAMATAN_PREFIX = Pattern.compile("(?i)^\\s*(kecamatan|kec)(\\s*[.:]\\s*|\\s+)");

    private RegionNaming() {
    }

    /**
     * {@code text} without a leading "Desa", "Ds.", "Kelurahan" or "Kel." ("Ds. Poco" → "Poco"); the word alone
     * with nothing after its dot or space gives "". A null text gives "". Only the first such word is taken off.
     */
    public static String withoutDesaPrefix(String text) {
        return DESA_PREFIX.matcher(text == null ? "" : text).replaceFirst("");
    }

    /** {@code text} without a leading "Kecamatan" or "Kec." ("Kec. Wae Rii" → "Wae Rii"); null gives "". */
    public static String withoutKecamatanPrefix(String text) {
        return KECAMATAN_PREFIX.matcher(text == null ? "" : text).replaceFirst("");
    }
}
