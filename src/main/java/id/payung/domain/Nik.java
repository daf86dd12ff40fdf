package id.payung.domain;

/**
 * The 16-digit national identity number. Personal data under UU 27/2022, so it is shown masked
 * unless a user explicitly reveals it.
 */
public final class Nik {
    public static final int LENGTH = 16;

    private Nik() {
    }

    /**
     * Masks all but the district prefix (6 digits) and the last two digits:
     * {@code 5310015204850001} becomes {@code 531001********01}. Anything that is not 16 characters
     * long is masked whole, so a malformed value never leaks either.
     */
    /**
     * The NIK as typed without the spaces, dots and dashes people put in to read it ("5310 0312 …").
     * A plain loop: it runs for every row of a large import.
     */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = c == '.' || c == '-' || Character.isWhitespace(c);
            if (drop && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    public static String mask(String nik) {
        if (nik == null || nik.isEmpty()) {
            return "";
        }
        if (nik.length() != LENGTH) {
            return "*".repeat(nik.length());
        }
        return nik.substring(0, 6) + "*".repeat(8) + nik.substring(14);
    }
}
