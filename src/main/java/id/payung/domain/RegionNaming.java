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

    /**
     * A kecamatan as the register names it (its Kecamatan column and filter, and the register's export): for a reader
     * of several regencies with its regency ("Satar Mese (Kabupaten Manggarai)"), since two regencies may each have a
     * kecamatan of that name; else its name alone. One rule for the window and the files. Null stays null.
     *
     * @param code      the kecamatan's code (null when not known: the name alone)
     * @param regencies the regencies' names by code for a reader of several (the service's {@code localRegencies});
     *                  empty for a regency's clerk and a file, whose kecamatan are all their own regency's
     * @param pattern   how a region is named with its parent: the bundle's {@code region.nameOf}, "{0} ({1})"
     */
    public static String kecamatanWithRegency(String name, String code, java.util.Map<String, String> regencies,
                                              String pattern) {
        String regency = name == null || code == null || RegionCodes.levelOf(code) != RegionLevel.KECAMATAN ? null
                : regencies.get(RegionCodes.parentOf(code));
        return regency == null ? name : java.text.MessageFormat.format(pattern, name, regency);
    }

    /**
     * A regency's name under a column headed "Kabupaten/kota" (a provincial reader's Jejak audit and Penghargaan,
     * trial 20a: "Kabupaten Mang…" in every row): without the word "Kabupaten" the header already says
     * ("Kabupaten Manggarai Barat" → "Manggarai Barat"); a city keeps "Kota" ("Kota Kupang"), which tells it from a
     * regency of the same name. Null stays null.
     */
    public static String regencyUnderHeader(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        return s.regionMatches(true, 0, "Kabupaten ", 0, 10) && s.length() > 10 ? s.substring(10).strip() : s;
    }

    /** {@code text} without a leading "Kecamatan" or "Kec." ("Kec. Wae Rii" → "Wae Rii"); null gives "". */
    public static String withoutKecamatanPrefix(String text) {
        return KECAMATAN_PREFIX.matcher(text == null ? "" : text).replaceFirst("");
    }
}
