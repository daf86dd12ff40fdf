package id.payung.service.importing;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Rows of cells from a CSV or XLSX file, read as a stream (the file is never held in memory). */
public interface TableReader extends Closeable {

    /** The next row (1-based number as in the file), or null at the end. */
    Row next() throws IOException;

    /** A row with its number in the file, as the user sees it in Excel or a text editor. */
    record Row(int number, List<Cell> cells) {
        public Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.EMPTY;
        }

        public boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /**
     * Opens a file by its type: {@code .xlsx} (the named sheet, or the first), {@code .csv} / {@code .txt}.
     *
     * @throws ImportFileException for a type Payung cannot read (e.g. the old binary {@code .xls}) or a
     *                             sheet that does not exist
     */
    static TableReader open(Path file, String sheet) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxTableReader(file, sheet);
        }
        if (name.endsWith(".xls")) {
            throw new ImportFileException("FILE_XLS", file.getFileName().toString());
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return new CsvTableReader(file);
        }
        throw new ImportFileException("FILE_TYPE", file.getFileName().toString());
    }
}
