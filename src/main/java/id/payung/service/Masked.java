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
     * any kind of {@link Spaces space} (a no-break space from a PDF too), as {@link Nik#strip} reads them. A digit is
     * one of any script ({@code \p{Nd}}: Arabic-Indic ٥, Persian ۵, full-width ５ from a phone or an Asian keyboard),
     * as {@link Nik#strip} reads them as 0–9: a note or a name that quotes a NIK so is masked too (session 24;
     * {@code \d} is 0–9 only).
     */
    private static final String DIGIT = "\\p{Nd}";
    private static final Pattern LONG_NUMBER = Pattern.compile(
            "(?<!" + DIGIT + ")" + DIGIT + "(?:[" + Spaces.REGEX_CLASS + ".\\-]{0,3}" + DIGIT + "){14,}(?!" + DIGIT + ")");

    private Masked() {
    }

    /**
     * Whether the number at {@code [start, end)} sits between two dots of a file's name, a letter right after the second
     * ({@code .full-2026-12-07-142138.db.6368031234567833.part}, the random part of a temporary file): a name, not a
     * NIK, kept whole so the log names the real file (trial 21b L12). A NIK a clerk gave a file its name by
     * ({@code 5310011205850001.xlsx}, {@code peserta 5310011205850001.csv}) has no dot before it and stays masked.
     */
    private static boolean inFileName(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '.' && end + 1 < text.length() && text.charAt(end) == '.'
                && Character.isLetter(text.charAt(end + 1));
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
            if (inFileName(text, m.start(), m.end())) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
                continue;
            }
            // The one rule: 15 digits (a NIK Excel cut) or 17 are masked as a NIK is, not whole.
            m.appendReplacement(b, Nik.mask(Nik.strip(m.group())));
        } while (m.find());
        return m.appendTail(b).toString();
    }
}
