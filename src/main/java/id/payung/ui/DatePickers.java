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
     * Shows dd/MM/yyyy and takes what is typed as soon as it is a date, so no Enter is needed before Tab.
     */
    public static void dayMonthYear(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return parseDate(s);
            }
        });
        picker.getEditor().textProperty().addListener((obs, old, now) -> {
            LocalDate d = parseDate(now);
            if (d != null && !d.equals(picker.getValue())) {
                picker.setValue(d);
            }
        });
    }

    /** "12/05/1985", "12-5-1985", "12.05.1985" → the date; anything else → null. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip().replace('-', '/').replace('.', '/'), DateTimeFormatter.ofPattern("d/M/yyyy"));
        } catch (DateTimeParseException e) {
            return null;
        }
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
