package id.payung.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key a written word is compared by, where lists write it as they please ("Petani/Pekebun", "KAUR KEU.",
 * "Kepala  Desa"): lower case, accents removed, only letters and digits kept. The import's column headers, desa
 * names and occupations are compared by it, and so is the form's occupation search ({@link OccupationWords}).
 */
public final class TextKey {
    private TextKey() {
    }

    /** The key of {@code s}; empty for null. */
    public static String of(String s) {
        if (s == null) {
            return "";
        }
        String ascii = asciiKey(s);
        if (ascii != null) {
            return ascii;
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The key of a plain-ASCII text without regular expressions (every row's names go through here), or null. */
    private static String asciiKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                b.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
