package id.payung.domain;

import java.util.Optional;

/**
 * Reads an amount of whole rupiah (or a whole number) as people in Indonesia write it: the one reading the
 * form, the dialogs and the import share. {@code 1.000.000}, {@code Rp 1.000.000}, {@code Rp. 1.000.000,00},
 * {@code 1.000.000,-}, {@code rp2500000}, {@code 2 500 000}: the id-ID way, where the dot groups thousands
 * and the comma starts the cents, which must be zero (contributions are whole rupiah). Spaces anywhere
 * (a no-break space pasted from a PDF too) are ignored. At most 15 digits (a province's budget fits).
 */
public final class Rupiah {
    private static final int MAX_DIGITS = 15;

    private Rupiah() {
    }

    /** The amount, or empty when the text is blank or not a whole amount written as above. */
    public static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Spaces.removed(text);
        if (t.regionMatches(true, 0, "rp", 0, 2)) {
            t = t.substring(t.length() > 2 && t.charAt(2) == '.' ? 3 : 2);
        }
        t = t.replaceFirst(",(00?|-)$", "");
        if (!t.matches("\\d{1,3}(\\.\\d{3})*|\\d+")) {
            return Optional.empty();
        }
        String digits = t.replace(".", "");
        return digits.length() <= MAX_DIGITS ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }
}
