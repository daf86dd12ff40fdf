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
     * Digits of another script ({@link #holdsOtherDigits}: Arabic-Indic ٥٣١٠…, full-width ５３１０… of a phone's or
     * an Asian keyboard) are digits: read as 0–9 here, once for the form, the import and the command line, and
     * said as a warning by the NIK check (trial 23b M5: they were "not digits").
     * A plain loop: it runs for every row of a large import.
     */
    public static String strip(String text) {
        String t = Spaces.removed(text);
        if (isDigits(t)) {
            return t; // the usual NIK: asked for several times per row of a large import, so without a copy
        }
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
            } else if (Character.isDigit(ch)) {
                digits.append((char) ('0' + Character.digit(ch, 10)));
            } else if (ch != '.' && ch != '-') {
                return t.substring(from, to);
            }
        }
        return digits.toString(); // not all 0–9 as it stood (above): quotes, separators or other digits were taken out
    }

    /**
     * Whether {@code text} writes a digit in another script than 0–9 (Arabic-Indic ٥, Persian ۵, full-width ５,
     * Devanagari ५): {@link #strip} reads them as 0–9, and the NIK check warns that it did.
     */
    public static boolean holdsOtherDigits(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch < '0' || ch > '9') && Character.isDigit(ch)) {
                return true;
            }
        }
        return false;
    }

    /** The digits a masked NIK keeps in front: its province, regency and district (the place of registration). */
    private static final int REGION = 6;
    /** The digits a masked NIK keeps at its end: the end of its serial. */
    private static final int TAIL = 2;
    /** The digits of a birth date (DDMMYY): the least a mask hides between its front and its end. */
    private static final int BIRTH_DATE = 6;
    /** A number Excel wrote in scientific notation ("5.31001E+15", "5,31001E+15"): a NIK it destroyed. */
    private static final java.util.regex.Pattern EXCEL_SCIENTIFIC = java.util.regex.Pattern.compile("\\d[.,]\\d+[eE][+]?\\d+");

    /** Whether a cleaned value ({@link #strip}) is a number Excel wrote in scientific notation ("5.31001E+15"). */
    public static boolean excelScientific(String stripped) {
        return stripped != null && EXCEL_SCIENTIFIC.matcher(stripped).matches();
    }

    /**
     * The one masking of a NIK, or of what a file holds where a NIK should be, for the screen, the command line and
     * exported files. A NIK keeps its district prefix (6 digits) and its last two digits: {@code 5310015204850001}
     * becomes {@code 531001********01}. A value that is no NIK is masked the same way when it holds more digits
     * than a district prefix (a 15-digit NIK Excel cut, a NIK with a letter typed in it, text around a NIK): its
     * first six characters and, when at least a birth date's six stay hidden between, its last two. A value with
     * no more digits than a district prefix (Excel's {@code 5.31001E+15}, whose exponent is no digit of the NIK;
     * {@code -}; {@code belum ada}) points at nobody and is shown as the file has it, so the clerk can find the
     * row in the village's sheet. Spaces, quotes and group separators are taken out of a value that is otherwise
     * all digits ({@link #strip}), so a NIK is masked alike however it was grouped. Null or empty: empty.
     */
    public static String mask(String nik) {
        if (nik == null || nik.isEmpty()) {
            return "";
        }
        String stripped = strip(nik);
        String value = isDigits(stripped) ? stripped : nik.strip();
        if (significantDigits(value) <= REGION) {
            return value;
        }
        int tail = value.length() - REGION - TAIL >= BIRTH_DATE ? TAIL : 0;
        return value.substring(0, REGION) + "*".repeat(value.length() - REGION - tail)
                + value.substring(value.length() - tail);
    }

    /** The digits of a value, not counting the exponent of Excel's scientific notation. */
    private static int significantDigits(String value) {
        String number = excelScientific(value) ? value.substring(0, Math.max(value.indexOf('e'), value.indexOf('E')))
                : value;
        int n = 0;
        for (int i = 0; i < number.length(); i++) {
            if (Character.isDigit(number.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }
}
