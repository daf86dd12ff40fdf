package id.payung.service.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Indonesian offices make it: {@code ;} (Excel in id-ID), {@code ,} or tab separated, UTF-8 with
 * or without a byte-order mark, or Windows-1252; quoted fields may hold separators and line breaks.
 *
 * <p>The rule for the encoding: a UTF-8 BOM means UTF-8; otherwise the first megabyte is decoded as
 * strict UTF-8, and any invalid byte sequence means Windows-1252 (what Excel on Windows writes as
 * "CSV"), because valid UTF-8 beyond ASCII is very unlikely to arise from Windows-1252 text by chance.
 */
final class CsvTableReader implements TableReader {
    private static final int SNIFF = 1 << 20;
    /** One record (row) at most: far above a name list's row, far below what would strain the memory. */
    static final int MAX_RECORD_CHARS = 100_000;
    /** commons-csv's words for a quote never closed, with the line where the quoted cell starts. */
    private static final java.util.regex.Pattern OPEN_QUOTE = java.util.regex.Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final StrictReader input;
    private final String charsetName;
    private int line;

    CsvTableReader(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        String shown = file.getFileName().toString();
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        // Excel's "Unicode Text" (Teks Unicode): UTF-16, little-endian, with its byte-order mark, tabs between cells.
        Charset utf16 = head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe ? StandardCharsets.UTF_16LE
                : head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff ? StandardCharsets.UTF_16BE : null;
        int skip = bom ? 3 : utf16 != null ? 2 : 0;
        if (utf16 == null) {
            refuseNonText(head, shown);
        }
        Charset charset = utf16 != null ? utf16 : bom || isUtf8(head, head.length == SNIFF) ? StandardCharsets.UTF_8
                : Charset.forName("windows-1252");
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(skip);
        String text = new String(head, skip, Math.max(0, head.length - skip), charset);
        input = new StrictReader(in, charset);
        charsetName = charset.name();
        Reader reader = input;
        parser = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get().parse(reader);
        records = parser.iterator();
    }

    @Override
    public Row next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            line++;
            input.recordRead();
            List<Cell> cells = new ArrayList<>(r.size());
            for (String value : r) {
                cells.add(Cell.text(id.payung.service.SafeCells.read(value))); // "'+Maria": an export's mark
            }
            return new Row((int) r.getRecordNumber(), cells);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof BadBytes) {
                throw new ImportFileException("CSV_ENCODING", String.valueOf(line + 1), charsetName);
            }
            if (e.getCause() instanceof RecordTooLong) {
                throw new ImportFileException("CSV_RECORD_TOO_LONG", String.valueOf(line + 1),
                        id.payung.domain.Formats.count(MAX_RECORD_CHARS));
            }
            String why = String.valueOf(e.getCause().getMessage());
            java.util.regex.Matcher open = OPEN_QUOTE.matcher(why);
            if (open.find()) {
                // commons-csv's English ("EOF reached before encapsulated token finished") in the bundle's words.
                throw new ImportFileException("CSV_OPEN_QUOTE", open.group(1));
            }
            throw new ImportFileException("FILE_BROKEN", String.valueOf(line + 1), id.payung.service.Masked.niks(why));
        } catch (RuntimeException e) {
            throw new ImportFileException("FILE_BROKEN", String.valueOf(line + 1), id.payung.service.Masked.niks(String.valueOf(e.getMessage())));
        }
    }

    /**
     * Zero bytes never occur in a text file of one byte per letter: beside every other letter they are UTF-16 without
     * its byte-order mark (said so: save as CSV UTF-8; it was read as garbage, "N I K"), anywhere else a file that is
     * no text at all (it was "row 3 is not valid windows-1252"; trial 20b M5, L7).
     */
    private static void refuseNonText(byte[] head, String shown) {
        int even = 0;
        int odd = 0;
        int control = 0;
        int length = Math.min(head.length, 4096);
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
            if (head[i] >= 0 && head[i] < 0x20 && head[i] != '\t' && head[i] != '\n' && head[i] != '\r' && head[i] != 0x0C) {
                control++;
            }
        }
        // A stray NUL pasted into a cell (from a PDF) is a list still, its cell named by row and column (NUL_CHARACTER);
        // a file of no text has control bytes throughout (random bytes: one in eight).
        if (even + odd == 0 || control <= Math.max(2, length / 100)) {
            return;
        }
        int pairs = length / 2;
        if (pairs > 0 && (odd * 10 >= pairs * 4 && even * 20 < pairs || even * 10 >= pairs * 4 && odd * 20 < pairs)) {
            throw new ImportFileException("CSV_UTF16", shown);
        }
        throw new ImportFileException("NOT_TEXT", shown);
    }

    /** The separator that occurs most on the first non-empty lines: ; , or tab. */
    static char separator(String text) {
        int semi = 0;
        int comma = 0;
        int tab = 0;
        int lines = 0;
        for (String l : text.split("\r?\n")) {
            if (l.isBlank()) {
                continue;
            }
            semi += count(l, ';');
            comma += count(l, ',');
            tab += count(l, '\t');
            if (++lines == 20) {
                break;
            }
        }
        if (tab > semi && tab > comma) {
            return '\t';
        }
        return semi >= comma ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean isUtf8(byte[] bytes, boolean truncated) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = bytes.length;
        if (truncated) {
            // Do not judge a multi-byte character cut by the sniffing window.
            while (length > 0 && length > bytes.length - 4 && (bytes[length - 1] & 0xc0) == 0x80) {
                length--;
            }
            if (length > 0 && (bytes[length - 1] & 0x80) != 0) {
                length--;
            }
        }
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Bytes that are not valid in the file's encoding. */
    static final class BadBytes extends IOException {
        BadBytes() {
            super("bytes not valid in the file's encoding");
        }
    }

    /** A record longer than {@link #MAX_RECORD_CHARS}. */
    static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("record too long");
        }
    }

    /**
     * Decodes strictly, where {@link InputStreamReader} would put U+FFFD in place of bytes that are not valid
     * in the encoding (a part pasted from a Windows-1252 file into a UTF-8 one: "André" became "Andr�").
     * The text before the bad bytes is handed out first, so the parser finishes the rows before them and the
     * error names the row that holds them. It also counts the characters since the last complete record.
     */
    static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
        private boolean eof;
        private boolean flushed;
        private long sinceRecord;

        StrictReader(InputStream in, Charset charset) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        /** The parser has handed out a record: the next one starts counting. */
        void recordRead() {
            sinceRecord = 0;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (flushed) {
                // Asked again after the end (the import reads on past it): a flushed decoder refuses to decode
                // ("Current state = FLUSHED, new state = CODING_END" of a header-only list: trial 20b M4).
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            while (true) {
                CoderResult result = decoder.decode(bytes, out, eof);
                int produced = out.position() - off;
                if (result.isError()) {
                    if (produced > 0) {
                        return counted(produced);
                    }
                    throw new BadBytes();
                }
                if (result.isOverflow() || produced > 0 && !eof && bytes.remaining() > 0) {
                    return counted(produced);
                }
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                    produced = out.position() - off;
                    return produced > 0 ? counted(produced) : -1;
                }
                if (produced > 0) {
                    return counted(produced);
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
        }

        private int counted(int produced) throws RecordTooLong {
            sinceRecord += produced;
            if (sinceRecord > MAX_RECORD_CHARS + (1 << 16)) {
                throw new RecordTooLong();
            }
            return produced;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
