package id.payung.service.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal .xlsx written part by part, so a test can plant exactly the hostile part it is about (a far
 * cell reference, a shared-string index beyond the table, a sheet that unpacks to gigabytes).
 */
final class Xlsx {
    static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NIK</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>Nama</t></is></c></row>";
    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    Xlsx() {
        text("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                </Types>""");
        text("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        text("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Peserta" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        text("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>""");
        text("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>""");
        sharedStrings("Andi");
        rows("");
    }

    /** The sheet's rows after the header row (XML of {@code <row>} elements). */
    Xlsx rows(String rowsXml) {
        return text("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + HEADER + rowsXml + "</sheetData></worksheet>");
    }

    Xlsx sharedStrings(String... strings) {
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String s : strings) {
            sst.append("<si><t>").append(s).append("</t></si>");
        }
        return text("xl/sharedStrings.xml", sst.append("</sst>").toString());
    }

    Xlsx text(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Xlsx part(String name, byte[] bytes) {
        parts.put(name, bytes);
        return this;
    }

    /** A sheet part built by {@code writer} while it is compressed, so it may unpack far larger than memory. */
    Path writeWithSheet(Path file, SheetWriter writer) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                if (p.getKey().equals("xl/worksheets/sheet1.xml")) {
                    writer.write(zip);
                } else {
                    zip.write(p.getValue());
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    Path write(Path file) throws IOException {
        return writeWithSheet(file, out -> out.write(parts.get("xl/worksheets/sheet1.xml")));
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }
}
