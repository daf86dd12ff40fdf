package id.payung.domain;

/**
 * The 16-digit national identity number. Personal data under UU 27/2022, so it is shown masked
 * unless a user explicitly reveals it.
 */
public final class Nik {
    public static final int LENGTH = 16;

    private Nik() {
    }

    /** The quotes a clerk or a program leaves around a number kept as text (Excel's {@code '5310…}). */
    private static final String QUOTES = "'`\u2018\u2019\"\u201C\u201D";

    /**
     * The NIK as typed, pasted or read from a file, the one cleaning the form, the import and the command line
     * use: without any kind of {@link Spaces space} (also the no-break spaces of a PDF or a web page), without
     * the quotes around it (Excel's text apostrophe {@code '5310…}), and without the dots or dashes people put
     * between the groups ("5310.0312…", "53-10-…"). Text with anything else in it is kept as it is (spaces and
     * quotes removed), so the NIK check can say what is wrong with it ("5.31001E+15": Excel's damage).
     * A plain loop: it runs for every row of a large import.
     */
    public static String strip(String text) {
        String t = Spaces.removed(text);
        int from = 0;
        int to = t.length();
        while (from < to && QUOTES.indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && QUOTES.indexOf(t.charAt(to - 1)) >= 0) {
            to--;
        }
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            } else if (ch != '.' && ch != '-') {
                return t.substring(from, to);
            }
        }
        return digits.length() == t.length() ? t : digits.toString();
    }

    /**
     * Masks all but the district prefix (6 digits) and the last two digits:
     * {@code 5310015204850001} becomes {@code 531001********01}. Anything that is not 16 characters
     * long is masked whole, so a malformed value never leaks either.
     */
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
