package id.payung.service;

import id.payung.domain.Nik;
import id.payung.domain.Spaces;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that may quote a cell of a user's file (a parser's error, a value in the wrong column) with every
 * number long enough to be a NIK masked, so a full NIK never reaches an error message or an error file.
 */
public final class Masked {
    /**
     * 15 digits or more, possibly grouped as people write NIKs ("5310 0312 …", "5310.0312…"): by dots, dashes or
     * any kind of {@link Spaces space} (a no-break space from a PDF too), as {@link Nik#strip} reads them.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile(
            "(?<!\\d)\\d(?:[" + Spaces.REGEX_CLASS + ".\\-]{0,3}\\d){14,}(?!\\d)");

    private Masked() {
    }

    /** The text with each NIK-like number masked as {@link Nik#mask} masks a NIK; null stays null. */
    public static String niks(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LONG_NUMBER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        do {
            // The one rule: 15 digits (a NIK Excel cut) or 17 are masked as a NIK is, not whole.
            m.appendReplacement(b, Nik.mask(Nik.strip(m.group())));
        } while (m.find());
        return m.appendTail(b).toString();
    }
}
