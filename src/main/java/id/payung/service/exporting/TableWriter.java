package id.payung.service.exporting;

import java.math.BigDecimal;

import id.payung.service.SafeCells;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Rows out to the files the office exchanges: .xlsx (text cells stay text, so NIKs survive Excel) or
 * .csv (UTF-8 with BOM and ";" as Indonesian Excel expects: {@link id.payung.service.ExcelCsv}). A .csv's cells that would
 * run as formulas are neutralised ({@link SafeCells}); an .xlsx writes text as text cells, which never run. Numbers stay
 * numbers.
 */
public abstract sealed class TableWriter implements Closeable {

    /**
     * Opens a writer on a stream the caller provides, in the format of {@code file}'s extension (.xlsx,
     * else CSV): the stream may be a temporary file that later replaces {@code file}. Closing the writer
     * finishes the table and closes the stream.
     */
    public static TableWriter create(OutputStream out, Path file, String sheet, List<String> headers) throws IOException {
        return create(out, file, sheet, null, headers);
    }

    /**
     * {@link #create(OutputStream, Path, String, List)} with a title ("Kepesertaan 2025"; null for none): an .xlsx
     * carries it as the document's title and the printed page's header, not as a row, so the column headers stay
     * the first row that Payung's import, BPJS's upload and a pivot table read; a .csv has no place for it.
     */
    public static TableWriter create(OutputStream out, Path file, String sheet, String title, List<String> headers)
            throws IOException {
        return create(out, file, sheet, title, List.of(), headers);
    }

    /**
     * {@link #create(OutputStream, Path, String, String, List)} with lines above the column headers ({@code lead}:
     * the office, what the table is, its filter; the first in bold), then an empty row: for a file people read and
     * print, never for one a script or the import reads (whose first row must stay the headers). None: as without.
     */
    public static TableWriter create(OutputStream out, Path file, String sheet, String title, List<String> lead,
                                     List<String> headers) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        TableWriter w = name.endsWith(".xlsx") ? new Xlsx(out, sheet, title) : new Csv(out);
        if (!lead.isEmpty()) {
            for (String line : lead) {
                w.row(line);
            }
            w.row();
        }
        w.headerRow = w.rows;
        w.row(headers.toArray());
        return w;
    }

    /** Rows written so far (lead lines, the empty row after them and the headers included). */
    int rows;
    /** The index of the column headers' row, set in bold like the first lead line. */
    int headerRow;
    /** Excel number format codes per column for the numbers of the rows after this ({@link #formats}). */
    String[] formats = new String[0];

    /**
     * Number formats, per column, for the numbers in the rows written next: Excel's codes ("#,##0", "0.0"),
     * which Excel and LibreOffice show in the reader's locale (5.280 and 81,1 in Indonesian); null leaves a
     * column as it is. A .csv has no formats: its numbers stay as they are written.
     */
    public void formats(String... codes) {
        formats = codes.clone();
    }

    /**
     * Excel's format for a date cell: day, month, year as the office writes them (25/09/2025), whatever the reader's
     * locale; a .csv writes the date so as text, which Indonesian Excel reads as a date.
     */
    static final String DATE_FORMAT = "dd/mm/yyyy";

    /**
     * Excel's format for a date-time cell ({@link java.time.LocalDateTime}: an audit entry's time, trial 21b L7): the
     * office's day and 24-hour time (07/12/2026 14:10:39); a .csv writes it so as text.
     */
    static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";

    /**
     * Excel's format for a month ({@link java.time.YearMonth}: a register's Mulai and Sampai, trial 22b): a date cell
     * on the month's first day shown as the register writes it (01/2026; "/" is Indonesian Excel's date separator), so
     * Excel sorts and filters it as a date; a .csv writes the month so as text (01/2026), as before.
     */
    static final String MONTH_FORMAT = "mm/yyyy";

    /** A date-time as a .csv writes it, and as {@link #DATE_TIME_FORMAT} shows it. */
    private static final java.time.format.DateTimeFormatter DATE_TIME_TEXT =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /**
     * Writes one row; values are strings, numbers, dates ({@link java.time.LocalDate}), date-times
     * ({@link java.time.LocalDateTime}), months ({@link java.time.YearMonth}: {@link #MONTH_FORMAT}) or null.
     */
    public abstract void row(Object... values) throws IOException;

    /** Writes a total row: like {@link #row}, in bold where the format has type faces. */
    public void total(Object... values) throws IOException {
        row(values);
    }

    /**
     * Says what the table is (its filter, who made it and when, how many rows), after the last row: an .xlsx gets
     * a second sheet named {@code sheet} with one label and value a line, so the table's first row stays its
     * column headers; a .csv, which has one table only, gets them under the table after an empty line.
     */
    public abstract void notes(String sheet, List<String[]> lines) throws IOException;

    private static final class Csv extends TableWriter {
        private final Writer writer;
        private final CSVPrinter csv;

        Csv(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv = id.payung.service.ExcelCsv.open(writer);
        }

        @Override
        public void row(Object... values) throws IOException {
            for (Object v : values) {
                csv.print(v instanceof String s ? SafeCells.of(s) : v instanceof BigDecimal d ? decimal(d)
                        : v instanceof java.time.LocalDate d ? id.payung.domain.Formats.date(d)
                        : v instanceof java.time.LocalDateTime t ? DATE_TIME_TEXT.format(t)
                        : v instanceof java.time.YearMonth m ? id.payung.domain.Formats.month(m) : v);
            }
            csv.println();
            rows++;
        }

        /**
         * A fraction with the decimal comma, as Indonesian Excel reads a number ("64,5"); with a point it took
         * "64.5" for text (the point groups thousands there). Whole numbers are written bare ("4280") and read
         * as numbers either way.
         */
        private static String decimal(BigDecimal d) {
            return d.toPlainString().replace('.', ',');
        }

        @Override
        public void notes(String sheet, List<String[]> lines) throws IOException {
            csv.println();
            row(sheet);
            for (String[] line : lines) {
                row((Object[]) line);
            }
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    private static final class Xlsx extends TableWriter {
        private final OutputStream out;
        private final Workbook workbook;
        private final Worksheet sheet;
        /** Columns holding dates: wide enough for 25/09/2025 (Excel shows "########" for a date that does not fit). */
        private final java.util.Set<Integer> dateColumns = new java.util.TreeSet<>();
        /** Columns holding date-times: wide enough for 07/12/2026 14:10:39. */
        private final java.util.Set<Integer> dateTimeColumns = new java.util.TreeSet<>();

        Xlsx(OutputStream out, String name, String title) {
            this.out = out;
            workbook = new Workbook(out, "Payung", "1.0");
            sheet = workbook.newWorksheet(name);
            if (title != null) {
                workbook.properties().setTitle(title);
                sheet.header(title, org.dhatim.fastexcel.Position.CENTER);
            }
        }

        @Override
        public void row(Object... values) {
            write(false, values);
        }

        @Override
        public void total(Object... values) {
            write(true, values);
        }

        private void write(boolean bold, Object... values) {
            int row = rows;
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (v instanceof java.time.LocalDate d) {
                    sheet.value(row, c, d); // a date cell: Excel sorts and filters it as a date
                    dateColumns.add(c);
                } else if (v instanceof java.time.LocalDateTime t) {
                    sheet.value(row, c, t); // a date-time cell, as a date's
                    dateTimeColumns.add(c);
                } else if (v instanceof java.time.YearMonth m) {
                    sheet.value(row, c, m.atDay(1)); // a date cell on the month's first day, shown 01/2026
                    dateColumns.add(c);
                } else if (v != null) {
                    // A text cell as it is: Excel never runs an inline string as a formula, and would show an
                    // apostrophe put in front (trial 23b H1: "'+Maria" in the cell); a CSV needs it (SafeCells).
                    sheet.inlineString(row, c, v.toString());
                }
                String format = v instanceof Number && c < formats.length ? formats[c]
                        : v instanceof java.time.LocalDate ? DATE_FORMAT
                        : v instanceof java.time.LocalDateTime ? DATE_TIME_FORMAT
                        : v instanceof java.time.YearMonth ? MONTH_FORMAT : null;
                boolean strong = bold || row == headerRow || (row == 0 && headerRow > 0);
                if (format != null || strong) {
                    org.dhatim.fastexcel.StyleSetter style = sheet.style(row, c);
                    if (format != null) {
                        style = style.format(format);
                    }
                    if (strong) {
                        style = style.bold();
                    }
                    style.set();
                }
            }
            rows++;
        }

        @Override
        public void notes(String name, List<String[]> lines) {
            Worksheet notes = workbook.newWorksheet(name);
            notes.width(0, 22);
            notes.width(1, 70);
            for (int r = 0; r < lines.size(); r++) {
                String[] line = lines.get(r);
                for (int c = 0; c < line.length; c++) {
                    if (line[c] != null) {
                        notes.inlineString(r, c, line[c]); // a text cell: never a formula (see write)
                    }
                }
                notes.style(r, 0).bold().set();
            }
        }

        @Override
        public void close() throws IOException {
            for (int c : dateColumns) {
                sheet.width(c, 13);
            }
            for (int c : dateTimeColumns) {
                sheet.width(c, 20);
            }
            if (headerRow > 0) {
                // The first column fitted to its codes and headers, not to the lines above them (the office's long
                // name made the code column half a page wide); those lines run on over the empty cells beside them.
                sheet.width(0, 18);
            }
            // finish() completes the zip but leaves the stream open; an open file cannot be moved or
            // deleted on Windows.
            try (out) {
                workbook.finish();
            }
        }
    }
}
