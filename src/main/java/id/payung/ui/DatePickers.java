package id.payung.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates and months the way clerks type them: 12/05/1985 (or 12-5-1985), and 01/2026. */
public final class DatePickers {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private DatePickers() {
    }

    /**
     * Shows dd/MM/yyyy and takes what is typed as soon as it is a date, so no Enter is needed before Tab. Text that
     * is not a date is kept ({@link #unreadableText}) and shown again in the field when leaving it empties it (the
     * value is then null): the form says it is not a date rather than finding the field empty and asking for it
     * (trial 13: "25 September 2025" vanished and the dialog said the date was required).
     */
    public static void dayMonthYear(DatePicker picker) {
        javafx.beans.property.StringProperty unread = new javafx.beans.property.SimpleStringProperty();
        picker.getProperties().put(UNREADABLE, unread);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                if (d != null) {
                    unread.set(null);
                    return DATE.format(d);
                }
                return "";
            }

            @Override
            public LocalDate fromString(String s) {
                LocalDate d = parseDate(s);
                if (d != null || s == null || s.isBlank()) {
                    unread.set(null);
                    return d;
                }
                unread.set(s.strip());
                // Leaving the field sets the value to null and with it the text to ""; the clerk's text comes back.
                javafx.application.Platform.runLater(() -> {
                    if (picker.getValue() == null && picker.getEditor().getText().isEmpty() && unread.get() != null) {
                        picker.getEditor().setText(unread.get());
                    }
                });
                return null;
            }
        });
        picker.getEditor().textProperty().addListener((obs, old, now) -> {
            LocalDate d = parseDate(now);
            if (d != null && !d.equals(picker.getValue())) {
                picker.setValue(d);
            }
            if (now != null && !now.isBlank()) {
                unread.set(d == null ? now.strip() : null);
            }
        });
    }

    private static final String UNREADABLE = "payung.unreadableDate";

    /**
     * The text typed in a {@link #dayMonthYear} field that is no date ("31/02/2025", "kemarin"), or null when it
     * holds a date or nothing. A form refuses to save while it is set: the field's value is null then, which would
     * read as "not filled" (or, for a filter, as no bound at all).
     */
    public static javafx.beans.value.ObservableStringValue unreadableText(DatePicker picker) {
        return (javafx.beans.value.ObservableStringValue) picker.getProperties().get(UNREADABLE);
    }

    /** {@link #unreadableText}'s value now. */
    public static String unreadable(DatePicker picker) {
        javafx.beans.value.ObservableStringValue text = unreadableText(picker);
        return text == null ? null : text.get();
    }

    /**
     * "12/05/1985", "12-5-1985", "12.05.1985", and the way a letter writes it: "25 September 2025", "6 Des 2026",
     * "17 Agustus 1945" (Indonesian or English month names, full or short) → the date; anything else, and a day
     * the month does not have ("31/02/2025", which a lenient reading moved to the 28th without a word), → null.
     */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            java.util.regex.Matcher words = IN_WORDS.matcher(t);
            if (words.matches()) {
                Integer month = MONTH_WORDS.get(words.group(2).toLowerCase(java.util.Locale.ROOT));
                return month == null ? null
                        : LocalDate.of(Integer.parseInt(words.group(3)), month, Integer.parseInt(words.group(1)));
            }
            return LocalDate.parse(t.replace('-', '/').replace('.', '/'), NUMERIC);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final java.util.regex.Pattern IN_WORDS =
            java.util.regex.Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    /**
     * Month names as the JDK has them in Indonesian and English, full and short, and the short forms Indonesian
     * offices also write that the JDK does not (Agt, Ags, Nop, Pebruari).
     */
    private static final java.util.Map<String, Integer> MONTH_WORDS = monthWords();

    private static java.util.Map<String, Integer> monthWords() {
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        for (java.util.Locale locale : java.util.List.of(I18n.INDONESIAN, java.util.Locale.ENGLISH)) {
            for (java.time.Month m : java.time.Month.values()) {
                for (java.time.format.TextStyle style : java.util.List.of(java.time.format.TextStyle.FULL,
                        java.time.format.TextStyle.SHORT)) {
                    words.put(m.getDisplayName(style, locale).toLowerCase(java.util.Locale.ROOT), m.getValue());
                }
            }
        }
        words.putAll(java.util.Map.of("agt", 8, "ags", 8, "nop", 11, "nopember", 11, "pebruari", 2, "sept", 9));
        return java.util.Map.copyOf(words);
    }

    /** "01/2026", "1/2026", "01-2026" → the month; blank or anything else → null. */
    public static YearMonth parseMonth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('-', '/').replace('.', '/');
        try {
            return YearMonth.parse(t.length() == 6 ? "0" + t : t, MONTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** 2026-01 → "01/2026". */
    public static String formatMonth(YearMonth m) {
        return m == null ? "" : MONTH.format(m);
    }
}
