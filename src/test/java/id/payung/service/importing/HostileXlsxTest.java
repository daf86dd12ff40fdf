package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks, each imported by {@code payung import --dry-run} in a child JVM with the office PC's
 * heap ({@code -Xmx1g}): each is refused with a sentence, none ends in an OutOfMemoryError. Before the
 * bounds, each took 1–6 GB of heap.
 */
class HostileXlsxTest {
    @TempDir
    Path dir;

    @Test
    void aCellReferenceFarOutIsRefused() throws Exception {
        Path file = new Xlsx().rows("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c>"
                + "<c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>").write(dir.resolve("jauh.xlsx"));
        assertThat(Files.size(file)).isLessThan(2_600);
        assertRefused(file, "ZZZZZZ2");
    }

    @Test
    void excelsLastCellIsReadInTheHeapOfAnOfficePc() throws Exception {
        Path file = new Xlsx().rows("<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x</t></is></c>"
                + "<c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>").write(dir.resolve("ujung.xlsx"));
        Child child = importInChild(file);
        assertThat(child.err()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        // Read to its last row (whose "x" under NIK is no NIK: listed as not a participant).
        assertThat(child.out()).as(child.err()).contains("row 1048576:", "dry run");
    }

    @Test
    void aSharedStringIndexOfMillionsIsRefused() throws Exception {
        Path file = new Xlsx().rows("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2000000000</v></c></row>")
                .write(dir.resolve("indeks.xlsx"));
        assertThat(Files.size(file)).isLessThan(2_600);
        assertRefused(file, "2000000000");
    }

    @Test
    @Tag("slow")
    void aSheetThatUnpacksToGigabytesIsRefused() throws Exception {
        // One cell of 1,5 billion characters: about 1,5 MB packed.
        Path file = new Xlsx().writeWithSheet(dir.resolve("bom.xlsx"), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>" + Xlsx.HEADER
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
            repeat(out, 'a', 1_500_000_000L);
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(file)).isLessThan(2_000_000);
        assertRefused(file, "");
    }

    @Test
    @Tag("slow")
    void millionsOfBadRowsPackedSmallAreRefused() throws Exception {
        // Five million rows, each a problem: the list of problems alone would not fit in the heap.
        byte[] row = "<row><c t=\"inlineStr\"><is><t>12</t></is></c><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
                .getBytes(StandardCharsets.UTF_8);
        Path file = new Xlsx().writeWithSheet(dir.resolve("baris.xlsx"), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>" + Xlsx.HEADER).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 5_000_000; i++) {
                out.write(row);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(file)).isLessThan(2_000_000);
        assertRefused(file, "");
    }

    @Test
    void aDateCellNoCalendarHoldsIsAProblemOfItsRowNotACrash() throws Exception {
        Path file = new Xlsx().text("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
                <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>""")
                .rows("<row r=\"2\"><c r=\"A2\" s=\"1\"><v>1E+300</v></c><c r=\"B2\" s=\"1\"><v>31000</v></c></row>")
                .write(dir.resolve("tanggal.xlsx"));
        try (TableReader reader = TableReader.open(file, null)) {
            reader.next();
            TableReader.Row row = reader.next();
            assertThat(row.cell(0).date()).isNull();
            assertThat(row.cell(0).kind()).isEqualTo(Cell.Kind.NUMBER);
            assertThat(row.cell(1).date()).isEqualTo(java.time.LocalDate.of(1984, 11, 14));
        }
    }

    @Test
    void aLibraryMessageQuotingACellNeverShowsAFullNik() throws Exception {
        // A number cell the library cannot parse: its message quotes the cell.
        Path file = new Xlsx().rows("<row r=\"2\"><c r=\"A2\"><v>5310011205850001x</v></c></row>")
                .write(dir.resolve("angka.xlsx"));
        // The user reads that the file is damaged (trial 19 L10); the library's words go to the log, masked there too.
        java.util.logging.Logger log = id.payung.service.LogFile.logger("import");
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(catcher);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                try (TableReader reader = TableReader.open(file, null)) {
                    while (reader.next() != null) {
                        // read on
                    }
                }
            }).isInstanceOfSatisfying(ImportFileException.class, e -> {
                assertThat(e.code()).isEqualTo("XLSX_DAMAGED");
                assertThat(e.args()).containsExactly("angka.xlsx");
                assertThat(e.getMessage()).doesNotContain("5310011205850001");
            });
        } finally {
            log.removeHandler(catcher);
        }
        assertThat(String.join(" ", logged)).contains("angka.xlsx").contains("531001********01")
                .doesNotContain("5310011205850001");
    }

    private static void repeat(OutputStream out, char c, long count) throws IOException {
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) c);
        for (long left = count; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    /** Imports the file in a child JVM with a 1 GB heap: exit 1 (the file failed, not the command line) with a sentence naming {@code detail}. */
    private void assertRefused(Path file, String detail) throws Exception {
        Child child = importInChild(file);
        assertThat(child.err()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
        assertThat(child.exit()).as(child.err()).isEqualTo(1);
        assertThat(child.err()).contains(detail);
    }

    record Child(int exit, String out, String err) {
    }

    Child importInChild(Path file) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path err = dir.resolve("err.txt");
        Path out = dir.resolve("out.txt");
        Path db = dir.resolve("payung.db");
        if (!Files.exists(db)) {
            PayungServices.create(db, null, java.time.Clock.systemDefaultZone()); // payung init
        }
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classpath, "id.payung.app.Launcher", "import", file.toString(),
                "--db", dir.resolve("payung.db").toString(), "--dry-run", "--funder", "APBD-KAB-MGR", "--from", "2026-01", "--kecamatan", "Langke Rembong"))
                .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the import ran longer than 3 minutes");
        }
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
