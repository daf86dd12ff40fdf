package id.payung.service;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Payung starts a .csv file that people open (the exports, the window's and the command line's): for
 * Indonesian Excel, a UTF-8 BOM first (without it Excel on Windows reads the file as ANSI and garbles "—", "–" and
 * accented names) and ";" between cells (Indonesian Excel's list separator: with "," each row landed in one cell).
 * Cells are not neutralised here: callers pass text through {@link SafeCells}. The {@code --format csv} that
 * {@code payung report} prints on the screen is another thing: the plain machine form (README).
 */
public final class ExcelCsv {
    private ExcelCsv() {
    }

    /** Writes the BOM to {@code out} and returns a printer that separates cells with ";" (the caller flushes it). */
    public static CSVPrinter open(Writer out) throws IOException {
        out.write('\uFEFF');
        return CSVFormat.RFC4180.builder().setDelimiter(';').get().print(out);
    }
}
