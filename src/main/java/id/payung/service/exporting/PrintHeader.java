package id.payung.service.exporting;

import id.payung.service.Settings;

/**
 * Who prints a report and where: the office's name, street address (null for none) and town (from Settings),
 * the name of its regency (e.g. "Kabupaten Manggarai", for the letterhead and the regent's title) and an
 * optional logo (PNG or JPEG bytes, null for none).
 */
public record PrintHeader(String office, String address, String place, String regencyName, byte[] logo) {

    /** A header without a street address. */
    public PrintHeader(String office, String place, String regencyName, byte[] logo) {
        this(office, null, place, regencyName, logo);
    }

    /** The header for an office's settings and the name of its regency; no logo. */
    public static PrintHeader of(Settings settings, String regencyName) {
        String address = settings.address() == null || settings.address().isBlank() ? null : settings.address().strip();
        return new PrintHeader(settings.officeName(), address, settings.place(), regencyName, null);
    }

    /** The same header with a logo (PNG or JPEG bytes; null for none). */
    public PrintHeader withLogo(byte[] logoBytes) {
        return new PrintHeader(office, address, place, regencyName, logoBytes);
    }

    /**
     * The head of the regency's government as written in a decree: "BUPATI MANGGARAI" for
     * "Kabupaten Manggarai", "WALI KOTA KUPANG" for "Kota Kupang"; "BUPATI" when the regency is unknown.
     */
    public String regentTitle() {
        if (regencyName == null || regencyName.isBlank()) {
            return "BUPATI";
        }
        String name = regencyName.strip();
        if (name.regionMatches(true, 0, "Kota ", 0, 5)) {
            return "WALI KOTA " + name.substring(5).toUpperCase(java.util.Locale.ROOT);
        }
        if (name.regionMatches(true, 0, "Kabupaten ", 0, 10)) {
            name = name.substring(10);
        }
        return "BUPATI " + name.toUpperCase(java.util.Locale.ROOT);
    }

    /** "PEMERINTAH KABUPATEN MANGGARAI", or null when the regency is unknown. */
    public String government() {
        return regencyName == null || regencyName.isBlank() ? null
                : "PEMERINTAH " + regencyName.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
