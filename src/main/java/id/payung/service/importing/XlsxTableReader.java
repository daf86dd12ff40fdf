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

    XlsxTableReader(Path file, String sheetName) throws IOException {
        XlsxGuard.check(file);
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("FILE_UNREADABLE", file.getFileName().toString(), String.valueOf(e.getMessage()));
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
            throw new ImportFileException("FILE_UNREADABLE", file.getFileName().toString(), String.valueOf(e.getMessage()));
        }
        rows = stream.iterator();
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
            throw new ImportFileException("FILE_BROKEN", "?", String.valueOf(e.getMessage()));
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
        return Cell.text(text == null ? "" : text.strip());
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
