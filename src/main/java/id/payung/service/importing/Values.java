package id.payung.service.importing;

import id.payung.domain.Phones;
import id.payung.domain.Rupiah;
import id.payung.domain.Spaces;
import id.payung.domain.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the values of a name list the way offices write them. Each returns empty when it cannot. */
final class Values {
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** An Excel day number, maybe written with Excel's ".0". */
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{4,5}(\\.0+)?");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("\\.0+$");
    private static final Pattern WORD_MONTH = Pattern.compile("([A-Za-z]+)\\s+(\\d{4})");
    private static final List<DateTimeFormatter> MONTH_FORMATS = List.of(DateTimeFormatter.ofPattern("M/yyyy"),
            DateTimeFormatter.ofPattern("M-yyyy"), DateTimeFormatter.ofPattern("yyyy-M"));

    /** Quotes a clerk or a program leaves around a number kept as text ({@code '5310…}, {@code "0812…"}). */
    private static final String QUOTES = "'`\u2018\u2019\"\u201C\u201D";

    private Values() {
    }

    /** dd/MM/yyyy, dd-MM-yyyy, yyyy-MM-dd, "12 Mei 1985", an Excel date cell or an Excel serial number. */
    static Optional<LocalDate> date(Cell c) {
        if (c.date() != null) {
            return Optional.of(c.date());
        }
        String t = c.text().strip();
        Optional<LocalDate> written = id.payung.domain.WrittenDates.parse(t);
        if (written.isPresent()) {
            return written;
        }
        try {
            if (EXCEL_SERIAL.matcher(t).matches()) {
                int dot = t.indexOf('.');
                long serial = Long.parseLong(dot < 0 ? t : t.substring(0, dot));
                if (serial > 60 && serial < 80_000) {
                    return Optional.of(EXCEL_EPOCH.plusDays(serial));
                }
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "01/2026", "1-2026", "2026-01", "Januari 2026", or a date (its month). */
    static Optional<YearMonth> month(Cell c) {
        if (c.date() != null) {
            return Optional.of(YearMonth.from(c.date()));
        }
        String t = c.text().strip();
        for (DateTimeFormatter f : MONTH_FORMATS) {
            try {
                return Optional.of(YearMonth.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        Matcher m = WORD_MONTH.matcher(t);
        if (m.matches() && id.payung.domain.WrittenDates.month(m.group(1)).isPresent()) {
            return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), id.payung.domain.WrittenDates.month(m.group(1)).get()));
        }
        return date(c).map(YearMonth::from);
    }

    /** L / P, Laki-laki / Perempuan, M / F, Pria / Wanita. */
    static Optional<Sex> sex(String text) {
        String t = Column.normalize(text);
        return switch (t) {
            case "l", "lk", "lakilaki", "laki", "m", "male", "pria" -> Optional.of(Sex.L);
            case "p", "pr", "perempuan", "f", "female", "wanita" -> Optional.of(Sex.P);
            default -> Optional.empty();
        };
    }

    /**
     * An amount as {@link Rupiah#parse} reads it ("Rp 1.000.000", "1.000.000,-" …), or a spreadsheet number
     * ("2500000.0" as some programs write it).
     */
    static Optional<Long> rupiah(Cell c) {
        String t = c.text();
        if (c.kind() == Cell.Kind.NUMBER) {
            t = TRAILING_ZEROS.matcher(Spaces.removed(t)).replaceAll("");
        }
        return Rupiah.parse(t);
    }

    /**
     * An Indonesian mobile number in one form, {@code 08…}: as typed ({@code 0812-3456-7890},
     * {@code +62 812 3456 7890}, {@code 62812…}, {@code (0812) 345 678}) or as a spreadsheet stored it
     * when typed into an ordinary cell (the number {@code 81234567890}: the leading 0 dropped).
     */
    static Optional<String> phone(Cell c) {
        String t = unquoted(Spaces.removed(c.text()));
        if (c.kind() == Cell.Kind.NUMBER && t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        return Phones.normalise(t);
    }

    /** The text without the quotes a clerk or a program leaves around a number kept as text. */
    private static String unquoted(String t) {
        int from = 0;
        int to = t.length();
        while (from < to && QUOTES.indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && QUOTES.indexOf(t.charAt(to - 1)) >= 0) {
            to--;
        }
        return t.substring(from, to);
    }

    /**
     * A date written with a two-digit year ({@code 12-03-85}, {@code 12 Maret 85}): the century is not said, so it is
     * no date until something else says it (the row's NIK, {@link #sameDay}).
     */
    record ShortDate(int day, int month, int year, String written) {
        /** Whether {@code date} is this day, month and two-digit year. */
        boolean sameDay(LocalDate date) {
            return date != null && date.getDayOfMonth() == day && date.getMonthValue() == month
                    && date.getYear() % 100 == year;
        }
    }

    private static final Pattern SHORT_NUMERIC = Pattern.compile("(\\d{1,2})[/\\-.](\\d{1,2})[/\\-.](\\d{2})");
    private static final Pattern SHORT_IN_WORDS = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{2})");

    /** A date written with a two-digit year, or empty (a four-digit year, no date, no month of that name). */
    static Optional<ShortDate> shortDate(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = SHORT_NUMERIC.matcher(t);
        Integer month = null;
        if (m.matches()) {
            month = Integer.parseInt(m.group(2));
        } else {
            m = SHORT_IN_WORDS.matcher(t);
            if (m.matches()) {
                month = id.payung.domain.WrittenDates.month(m.group(2)).orElse(null);
            }
        }
        if (month == null || month < 1 || month > 12) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        return day < 1 || day > 31 ? Optional.empty()
                : Optional.of(new ShortDate(day, month, Integer.parseInt(m.group(3)), t));
    }

    /**
     * A place and date of birth as one cell writes them: the place, and either the date or, when the year has two
     * digits, the {@link ShortDate} (never both).
     */
    record PlaceAndDate(String place, LocalDate date, ShortDate shortDate) {
    }

    /** Longer than this, a cell is no place and date (and the search for a date at its end stays short). */
    private static final int PLACE_AND_DATE_MAX = 200;

    /** A date at the end of a birth cell: by numbers (year of 4 or 2 digits), in words, or ISO. */
    private static final Pattern DATE_AT_END = Pattern.compile("^(.*?)[\\s,;/|\\-]*+("
            + "\\d{1,2}[/\\-.]\\d{1,2}[/\\-.]\\d{2}(?:\\d{2})?"
            + "|\\d{1,2}\\s+\\p{L}+\\.?,?\\s+\\d{2}(?:\\d{2})?"
            + "|\\d{4}-\\d{1,2}-\\d{1,2})$");

    /**
     * "Ruteng, 12-05-1985", "Ruteng / 15 Maret 1986", "Ruteng - 12/05/1985", "Ruteng 12 Mei 1985", "Reo,12-03-85" →
     * place and date (trial 19 M4). The place is what stands before the date, without the separator between them
     * (a comma, '/', ';', '|', '-', or only spaces); it must hold a letter, or there is no place and date.
     */
    static Optional<PlaceAndDate> placeAndDate(String text) {
        int comma = text.lastIndexOf(',');
        if (comma >= 0) {
            Optional<PlaceAndDate> split = placeAnd(text.substring(0, comma).strip(), text.substring(comma + 1));
            if (split.isPresent()) {
                return split;
            }
        }
        if (text.length() > PLACE_AND_DATE_MAX) {
            return Optional.empty();
        }
        Matcher m = DATE_AT_END.matcher(text.strip());
        if (!m.matches() || m.group(1).strip().codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return placeAnd(m.group(1).strip(), m.group(2));
    }

    private static Optional<PlaceAndDate> placeAnd(String place, String date) {
        // written, never an Excel serial: "Ruteng, 12 Mei, 1985" would otherwise be the 1985th day after 1899
        Optional<LocalDate> d = id.payung.domain.WrittenDates.parse(date);
        if (d.isPresent()) {
            return Optional.of(new PlaceAndDate(place, d.get(), null));
        }
        return shortDate(date).map(s -> new PlaceAndDate(place, null, s));
    }
}
