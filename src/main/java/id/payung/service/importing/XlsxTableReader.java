package id.payung.service.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An .xlsx sheet, streamed (fastexcel-reader): numbers, dates and text kept apart. {@link XlsxGuard} reads
 * the workbook first and refuses what would exhaust the memory.
 */
final class XlsxTableReader implements TableReader {
    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final String name;

    XlsxTableReader(Path file, String sheetName) throws IOException {
        XlsxGuard.check(file);
        name = file.getFileName().toString();
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
        try {
            Sheet sheet = sheetName == null ? workbook.getFirstSheet() : workbook.findSheet(sheetName)
                    .orElseThrow(() -> new ImportFileException("SHEET_MISSING", sheetName));
            stream = sheet.openStream();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            if (e instanceof ImportFileException ife) {
                throw ife;
            }
            throw damaged(name, e);
        }
        rows = stream.iterator();
    }

    /**
     * A workbook the library cannot read (a part missing, such as {@code /xl/worksheets/sheet1.xml}, or broken): the
     * user is told it is damaged or incomplete and to have it saved again from Excel; the library's own words, in
     * English and of no use to a clerk, go to the log only (trial 19 L10).
     */
    static ImportFileException damaged(String name, Exception e) {
        id.payung.service.LogFile.logger("import").warning(() -> name + " is damaged or incomplete: "
                + e.getClass().getSimpleName() + ": " + id.payung.service.Masked.niks(String.valueOf(e.getMessage())));
        return new ImportFileException("XLSX_DAMAGED", name);
    }

    @Override
    public Row next() {
        org.dhatim.fastexcel.reader.Row r;
        try {
            if (!rows.hasNext()) {
                return null;
            }
            r = rows.next();
        } catch (RuntimeException e) {
            // A damaged workbook fails while streaming; say so instead of crashing the import.
            throw damaged(name, e);
        }
        List<Cell> cells = new ArrayList<>(r.getCellCount());
        for (int i = 0; i < r.getCellCount(); i++) {
            cells.add(convert(r.getCell(i)));
        }
        return new Row(r.getRowNum(), cells);
    }

    private static Cell convert(org.dhatim.fastexcel.reader.Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return Cell.EMPTY;
        }
        if (c.getType() == CellType.NUMBER) {
            String format = c.getDataFormatString() == null ? "" : c.getDataFormatString().toLowerCase(Locale.ROOT);
            if (looksLikeDate(format)) {
                try {
                    return new Cell(c.getRawValue(), Cell.Kind.DATE, c.asDate().toLocalDate());
                } catch (RuntimeException e) {
                    // A number no calendar holds (1E+300 formatted as a date): the row's check says it is no date.
                    return new Cell(c.getRawValue(), Cell.Kind.NUMBER, null);
                }
            }
            BigDecimal n = c.asNumber();
            return new Cell(n.stripTrailingZeros().toPlainString(), Cell.Kind.NUMBER, null);
        }
        String text = c.getText();
        // "'+Maria" in a text cell: the mark Payung's exports put there until trial 23b, read off as a CSV's is.
        return Cell.text(text == null ? "" : id.payung.service.SafeCells.read(text.strip()));
    }

    private static boolean looksLikeDate(String format) {
        String f = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return (f.contains("d") || f.contains("y")) && !f.contains("0") && !f.contains("#");
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
