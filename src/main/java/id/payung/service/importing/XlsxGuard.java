package id.payung.service.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a workbook once, in constant memory, before the spreadsheet library does, and refuses what would
 * make that library take more memory than an office PC has: a zip that unpacks far beyond its size (a "zip
 * bomb"), a cell reference beyond Excel's last cell (the library makes a row as wide as the column number),
 * a shared-string index beyond the table (the library fills the table up to that index), rows beyond Excel's
 * last row, a cell longer than Excel allows. Each bound is what Excel itself can make or far above what a
 * name list needs, so no workbook saved by Excel or LibreOffice is refused.
 */
final class XlsxGuard {
    /** Excel's own limits. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL_CHARS = 32_767;
    /** What unpacking may produce in all: far above a million-row name list. */
    static final long MAX_UNPACKED = 1L << 30;
    /** An entry this large must not have unpacked from more than 1/{@value #MAX_RATIO} of its bytes. */
    static final long RATIO_FROM = 32L << 20;
    static final long MAX_RATIO = 200;
    /** The shared strings the library keeps in memory: count and characters. */
    static final long MAX_SHARED_STRINGS = 2_000_000;
    static final long MAX_SHARED_CHARS = 100_000_000;
    static final int MAX_ENTRIES = 10_000;
    /**
     * Bytes between two {@code <}: the XML parser holds a whole text or tag in memory before it says how long
     * it is, so a text of a billion characters is refused here, before it reaches the parser.
     */
    static final int MAX_BETWEEN_TAGS = 1 << 20;

    private static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxGuard() {
    }

    /**
     * Checks the workbook; returns normally when the spreadsheet library may read it.
     *
     * @throws ImportFileException with the reason, in words the user can act on
     */
    static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            int count = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                // Two entries under one name: this reader and the library could each take another one.
                if (++count > MAX_ENTRIES || !names.add(normal(entry.getName()))) {
                    throw new ImportFileException("XLSX_HOSTILE", name);
                }
            }
            Scan scan = new Scan(name, size);
            String sharedStrings = sharedStringsPart(zip, scan);
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String n = normal(entry.getName());
                boolean xml = n.endsWith(".xml") || n.endsWith(".rels");
                try (InputStream in = scan.guard(zip.getInputStream(entry), entry, xml)) {
                    if (xml) {
                        scan.xml(in, n.equals(sharedStrings));
                    } else {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
            if (scan.sharedStringsSeen && scan.maxStringIndex >= scan.sharedStrings) {
                throw new ImportFileException("XLSX_STRING_INDEX", name, String.valueOf(scan.maxStringIndex));
            }
        } catch (ZipException | XMLStreamException e) {
            throw XlsxTableReader.damaged(name, e);
        }
    }

    /** The shared-strings part as the library finds it: the last one named in {@code [Content_Types].xml}. */
    private static String sharedStringsPart(ZipFile zip, Scan scan) throws IOException, XMLStreamException {
        ZipEntry types = zip.getEntry("[Content_Types].xml");
        if (types == null) {
            return null;
        }
        String found = null;
        try (InputStream in = scan.guard(zip.getInputStream(types), types, true)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Override".equals(r.getLocalName())
                        && SHARED_STRINGS_TYPE.equals(r.getAttributeValue(null, "ContentType"))) {
                    String part = r.getAttributeValue(null, "PartName");
                    found = part == null ? null : normal(part);
                }
            }
        }
        scan.unpacked = 0;
        return found;
    }

    private static String normal(String entry) {
        String n = entry.startsWith("/") ? entry.substring(1) : entry;
        return n.toLowerCase(Locale.ROOT);
    }

    /** What one reading of the workbook has found so far. */
    private static final class Scan {
        final String name;
        final long fileSize;
        long unpacked;
        boolean sharedStringsSeen;
        long sharedStrings;
        long sharedChars;
        long maxStringIndex = -1;

        Scan(String name, long fileSize) {
            this.name = name;
            this.fileSize = fileSize;
        }

        InputStream guard(InputStream in, ZipEntry entry, boolean xml) {
            long packed = Math.max(1, Math.min(entry.getCompressedSize() < 0 ? fileSize : entry.getCompressedSize(), fileSize));
            return new FilterInputStream(in) {
                long entryBytes;
                long sinceTag;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        for (int i = off; i < off + n; i++) {
                            sinceTag = b[i] == '<' ? 0 : sinceTag + 1;
                        }
                        if (xml && sinceTag > MAX_BETWEEN_TAGS) {
                            // A part, not a cell: the workbook is damaged or made to unpack huge (trial 23b M6: a sheet
                            // of 800 MB of spaces was called "sel xl/worksheets/sheet1.xml").
                            throw new ImportFileException("XLSX_PART_TOO_LARGE", name);
                        }
                        entryBytes += n;
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED || entryBytes > RATIO_FROM && entryBytes / packed > MAX_RATIO) {
                            throw new ImportFileException("XLSX_EXPANDS", name);
                        }
                    }
                    return n;
                }
            };
        }

        /** Reads one XML part: cells, rows and shared strings against the bounds. */
        void xml(InputStream in, boolean isSharedStrings) throws XMLStreamException {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            boolean inCell = false;
            boolean sharedIndex = false;
            boolean inValue = false;
            boolean inString = false;
            long text = 0;
            int rows = 0;
            int cellsInRow = 0;
            StringBuilder index = new StringBuilder();
            String ref = null;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String local = r.getLocalName();
                        if ("row".equals(local)) {
                            String number = r.getAttributeValue(null, "r");
                            if (++rows > MAX_ROWS || number != null && !rowNumber(number)) {
                                throw new ImportFileException("XLSX_TOO_FAR", name, number == null ? String.valueOf(rows) : number);
                            }
                            cellsInRow = 0;
                        } else if ("c".equals(local)) {
                            ref = r.getAttributeValue(null, "r");
                            if (++cellsInRow > MAX_COLUMNS || ref != null && !cellReference(ref)) {
                                throw new ImportFileException("XLSX_TOO_FAR", name, ref == null ? String.valueOf(cellsInRow) : ref);
                            }
                            inCell = true;
                            sharedIndex = "s".equals(r.getAttributeValue(null, "t"));
                            text = 0;
                        } else if ("v".equals(local) && inCell) {
                            inValue = true;
                            index.setLength(0);
                        } else if ("si".equals(local) && isSharedStrings) {
                            inString = true;
                            sharedStringsSeen = true;
                            text = 0;
                            if (++sharedStrings > MAX_SHARED_STRINGS) {
                                throw new ImportFileException("XLSX_EXPANDS", name);
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inCell || inString) {
                            text += r.getTextLength();
                            if (text > MAX_CELL_CHARS) {
                                throw inCell && ref != null && !ref.isEmpty()
                                        ? new ImportFileException("XLSX_CELL_TOO_LONG", name, ref)
                                        : new ImportFileException("XLSX_TEXT_TOO_LONG", name);
                            }
                        }
                        if (inString) {
                            sharedChars += r.getTextLength();
                            if (sharedChars > MAX_SHARED_CHARS) {
                                throw new ImportFileException("XLSX_EXPANDS", name);
                            }
                        }
                        if (inValue && sharedIndex && index.length() < 20) {
                            index.append(r.getTextCharacters(), r.getTextStart(), Math.min(r.getTextLength(), 20));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String local = r.getLocalName();
                        if ("v".equals(local) && inValue) {
                            inValue = false;
                            if (sharedIndex) {
                                stringIndex(index.toString().strip());
                            }
                        } else if ("c".equals(local)) {
                            inCell = false;
                        } else if ("si".equals(local)) {
                            inString = false;
                        }
                    }
                    default -> {
                        // Comments, processing instructions: nothing to bound.
                    }
                }
            }
        }

        private void stringIndex(String digits) {
            if (digits.isEmpty()) {
                return;
            }
            long i;
            try {
                i = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
            } catch (NumberFormatException e) {
                return; // the library reports a broken number itself
            }
            maxStringIndex = Math.max(maxStringIndex, i < 0 ? Long.MAX_VALUE : i);
        }
    }

    /** {@code A1} … {@code XFD1048576}, optionally with {@code $}. */
    static boolean cellReference(String ref) {
        int i = 0;
        int column = 0;
        while (i < ref.length() && (ref.charAt(i) == '$')) {
            i++;
        }
        int letters = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z' || ++letters > 3) {
                return false;
            }
            column = column * 26 + (c - 'A' + 1);
            i++;
        }
        if (letters == 0 || column > MAX_COLUMNS) {
            return false;
        }
        if (i < ref.length() && ref.charAt(i) == '$') {
            i++;
        }
        return rowNumber(ref.substring(i));
    }

    private static boolean rowNumber(String digits) {
        if (digits.isEmpty() || digits.length() > 7) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return false;
            }
        }
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= MAX_ROWS;
    }
}
