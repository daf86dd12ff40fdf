package id.payung.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as offices write them, read one way everywhere (the form, the dialogs, the lists villages send): by numbers
 * ({@code 25/09/2025}, {@code 25-9-2025}, {@code 25.09.2025}, {@code 2025-09-25}) or as a letter writes them
 * ({@code 25 September 2025}, {@code 6 Des 2026}, {@code 17 Agt. 1945}, {@code 31 Maret, 2026}; Indonesian or
 * English month names, full or short). A day the month does not have ({@code 31/02/2025}) is no date, never moved
 * to the 28th; nor is a year before {@link #FIRST_YEAR} (a year typed short, {@code 0025}).
 */
public final class WrittenDates {
    /** No date Payung keeps (a birth, an award, an audit day) lies before it. */
    public static final int FIRST_YEAR = 1900;
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/\\-.](\\d{1,2})[/\\-.](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern IN_WORDS = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTH_WORDS = monthWords();

    private WrittenDates() {
    }

    /** The date {@code text} writes, or empty (blank, no date, a day the month does not have). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher m = NUMERIC.matcher(t);
            if (m.matches()) {
                return checked(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return checked(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = IN_WORDS.matcher(t);
            if (m.matches()) {
                Optional<Integer> month = month(m.group(2));
                return month.isEmpty() ? Optional.empty()
                        : checked(Integer.parseInt(m.group(3)), month.get(), Integer.parseInt(m.group(1)));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The month a word names ("Agustus", "agt", "Sept", "December"), or empty. */
    public static Optional<Integer> month(String word) {
        return Optional.ofNullable(word == null ? null : MONTH_WORDS.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    private static Optional<LocalDate> checked(int year, int month, int day) {
        if (year < FIRST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Month names as the JDK has them in Indonesian and English, full and short, and the forms Indonesian offices
     * also write that the JDK does not (Agt, Ags, Nop, Nopember, Pebruari, Sept).
     */
    private static Map<String, Integer> monthWords() {
        Map<String, Integer> words = new HashMap<>();
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            for (Month m : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    words.put(m.getDisplayName(style, locale).toLowerCase(Locale.ROOT), m.getValue());
                }
            }
        }
        words.putAll(Map.of("agt", 8, "ags", 8, "nop", 11, "nopember", 11, "pebruari", 2, "sept", 9));
        return Map.copyOf(words);
    }
}
