package id.payung.service.importing;

import java.time.LocalDate;

/**
 * One cell of an imported row: its text, and whether the spreadsheet stored it as a number or a date
 * (which matters for NIKs, which Excel ruins as numbers, and for dates, which it stores as numbers).
 */
public record Cell(String text, Kind kind, LocalDate date) {
    /** How the file stored the value. */
    public enum Kind { TEXT, NUMBER, DATE }

    public static final Cell EMPTY = new Cell("", Kind.TEXT, null);

    public static Cell text(String s) {
        return new Cell(s == null ? "" : s, Kind.TEXT, null);
    }

    public boolean isBlank() {
        return text.isBlank() && date == null;
    }
}
