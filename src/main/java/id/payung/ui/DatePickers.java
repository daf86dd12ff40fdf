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
            // Taken at once only when the text is already as the field shows the date: a new value rewrites the
            // text, and rewriting "12 November 2026" or "2/2/1975" under the clerk's fingers broke the typing
            // ("The start must be <= the end", trial 13). Other ways of writing it are taken on leaving the field.
            if (d != null && !d.equals(picker.getValue()) && DATE.format(d).equals(now.strip())) {
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
     * The date typed, as {@link id.payung.domain.WrittenDates} reads it (the import reads a list's dates the same
     * way): "12/05/1985", "25 September 2025", "6 Des 2026" …; anything else, and a day the month does not have
     * ("31/02/2025", which a lenient reading moved to the 28th without a word), → null.
     */
    public static LocalDate parseDate(String s) {
        return id.payung.domain.WrittenDates.parse(s).orElse(null);
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
