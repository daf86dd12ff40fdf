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
     * Opens a file by its type: {@code .xlsx} (the named sheet, or the first), {@code .csv} / {@code .txt}. What the
     * file is, is judged first by its first bytes, whatever its name: an old {@code .xls} renamed {@code .xlsx}, or a
     * web page (an HTML table, as SIKS-NG/DTKS exports are) named {@code .xls} or {@code .xlsx}, is said so (they got
     * "zip END header not found": trial 18, LOW 29); an {@code .xlsx} named {@code .xls} is read.
     *
     * @throws ImportFileException for a type Payung cannot read (e.g. the old binary {@code .xls}, an HTML page) or a
     *                             sheet that does not exist
     */
    static TableReader open(Path file, String sheet) throws IOException {
        String shown = file.getFileName().toString();
        String name = shown.toLowerCase(Locale.ROOT);
        byte[] start = start(file);
        if (startsWith(start, 0xd0, 0xcf, 0x11, 0xe0)) { // OLE2: Excel 97-2003, whatever it is named
            throw new ImportFileException("FILE_XLS", shown);
        }
        if (html(start)) {
            throw new ImportFileException("FILE_HTML", shown);
        }
        boolean zip = startsWith(start, 'P', 'K', 3, 4);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || (zip && name.endsWith(".xls"))) {
            return new XlsxTableReader(file, sheet);
        }
        if (name.endsWith(".xls")) {
            throw new ImportFileException("FILE_XLS", shown);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
            return new CsvTableReader(file);
        }
        throw new ImportFileException("FILE_TYPE", shown);
    }

    /** The file's first bytes (fewer when it is shorter; none when it cannot be read: the reader then says why). */
    private static byte[] start(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * An HTML (or XML) page: after a byte-order mark and white space, "&lt;" then a letter, "!" or "?" ("&lt;!DOCTYPE",
     * "&lt;html", "&lt;table", "&lt;?xml"). UTF-16 pages have a zero byte beside each letter; zeros are skipped.
     */
    private static boolean html(byte[] bytes) {
        int i = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) ? 2 : 0;
        while (i < bytes.length && (bytes[i] == 0 || bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r'
                || bytes[i] == '\n')) {
            i++;
        }
        if (i >= bytes.length || bytes[i] != '<') {
            return false;
        }
        i++;
        while (i < bytes.length && bytes[i] == 0) {
            i++;
        }
        return i < bytes.length && (Character.isLetter(bytes[i]) || bytes[i] == '!' || bytes[i] == '?');
    }
}
