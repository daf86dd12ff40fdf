package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files that are broken in ways that used to lose data silently or fill the memory. */
class HostileCsvTest {
    @TempDir
    Path dir;

    @Test
    void aRowInAnotherEncodingIsAnErrorNamingTheRow() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("NIK;Nama\n".getBytes(StandardCharsets.UTF_8));
        // More than the first megabyte, which decides the encoding, is valid UTF-8 ("Ngà" with UTF-8's à) …
        int row = 1;
        while (bytes.size() < (3 << 20) / 2) {
            bytes.writeBytes(("5310011205850001;Ngà " + row++ + "\n").getBytes(StandardCharsets.UTF_8));
        }
        int bad = row + 1;
        // … then a part pasted from a Windows-1252 file: é is one byte there, invalid in UTF-8.
        bytes.writeBytes("5310011205850002;André\n".getBytes(Charset.forName("windows-1252")));
        bytes.writeBytes("5310011205850003;Budi\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("campur.csv");
        Files.write(file, bytes.toByteArray());

        List<String> names = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (TableReader reader = TableReader.open(file, null)) {
                TableReader.Row r;
                while ((r = reader.next()) != null) {
                    names.add(r.cell(1).text());
                }
            }
        }).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.code()).isEqualTo("CSV_ENCODING");
            assertThat(e.args()).containsExactly(String.valueOf(bad), "UTF-8");
        });
        assertThat(names).hasSize(bad - 1).noneMatch(n -> n.contains("\uFFFD"));
    }

    /** Reads every row of a file through the reader, as the import does (asking again at the end). */
    private static List<List<String>> rows(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(file, null)) {
            TableReader.Row r;
            while ((r = reader.next()) != null) {
                rows.add(r.cells().stream().map(Cell::text).toList());
            }
            assertThat(reader.next()).isNull(); // asked again at the end: "Current state = FLUSHED" (trial 20b M4)
        }
        return rows;
    }

    @Test
    void theEndMayBeAskedForTwice() throws Exception {
        Path file = Files.writeString(dir.resolve("judul.csv"), "NIK;Nama Lengkap;Jenis Kelamin\n");
        assertThat(rows(file)).containsExactly(List.of("NIK", "Nama Lengkap", "Jenis Kelamin"));
    }

    /** Excel's "Unicode Text" (Teks Unicode): UTF-16LE with its mark, tabs between cells (trial 20b M5). */
    @Test
    void unicodeTextFromExcelIsRead() throws Exception {
        String text = "NIK\tNama\tKecamatan\r\n5310011205850001\tJosé Ñggoro\tLangke Rembong\r\n";
        ByteArrayOutputStream le = new ByteArrayOutputStream();
        le.write(0xff);
        le.write(0xfe);
        le.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        Path file = Files.write(dir.resolve("unicode.txt"), le.toByteArray());
        assertThat(rows(file)).containsExactly(List.of("NIK", "Nama", "Kecamatan"),
                List.of("5310011205850001", "José Ñggoro", "Langke Rembong"));
        Path be = Files.write(dir.resolve("unicode-be.csv"), text.getBytes(StandardCharsets.UTF_16)); // BE with its mark
        assertThat(rows(be)).hasSize(2);
    }

    @Test
    void utf16WithoutItsMarkAndBinaryFilesAreNamed() throws Exception {
        String text = "NIK;Nama\n5310011205850001;Andi\n";
        Path le = Files.write(dir.resolve("le.csv"), text.getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(dir.resolve("be.csv"), text.getBytes(StandardCharsets.UTF_16BE));
        for (Path file : new Path[] {le, be}) {
            assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(ImportFileException.class,
                    e -> assertThat(e.code()).isEqualTo("CSV_UTF16"));
        }
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Path binary = Files.write(dir.resolve("acak.csv"), garbage);
        assertThatThrownBy(() -> rows(binary)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.code()).isEqualTo("NOT_TEXT"));
    }

    @Test
    void aQuoteNeverClosedNamesItsRowInTheBundlesWords() throws Exception {
        Path file = Files.writeString(dir.resolve("kutip.csv"), "NIK;Nama\n5310011205850001;\"Andi\n5310011205850002;Budi\n");
        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.code()).isEqualTo("CSV_OPEN_QUOTE");
            assertThat(e.args()).containsExactly("2");
        });
    }

    @Test
    void aRecordThatNeverEndsIsRefusedWithItsRow() throws Exception {
        StringBuilder csv = new StringBuilder("NIK;Nama\n5310011205850001;Andi\n5310011205850002;\"Budi");
        csv.append("x".repeat(5_000_000));
        Path file = dir.resolve("kutip.csv");
        Files.writeString(file, csv);
        assertThatThrownBy(() -> {
            try (TableReader reader = TableReader.open(file, null)) {
                while (reader.next() != null) {
                    // read on
                }
            }
        }).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.code()).isEqualTo("CSV_RECORD_TOO_LONG");
            assertThat(e.args().get(0)).isEqualTo("3");
        });
    }

    @Test
    void theProblemsKeptAreBoundedAndTheRestCounted() throws Exception {
        StringBuilder csv = new StringBuilder("NIK;Nama;Kecamatan\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("12;Nama ").append(i).append(";Langke Rembong\n");
        }
        Path file = dir.resolve("salah.csv");
        Files.writeString(file, csv);
        try (id.payung.store.Database db = id.payung.store.Database.open(dir.resolve("payung.db"), true)) {
            new id.payung.service.SeedLoader(db, "test").load();
            ImportService imports = new ImportService(db, new id.payung.service.ReferenceService(db),
                    id.payung.service.TestData.CLOCK, "test", () -> "5310");
            ImportService.Report report = imports.importFile(file, ImportOptions.defaults().dry().withFunder("APBD-KAB-MGR")
                    .withPeriod(java.time.YearMonth.of(2026, 1), 12), ImportService.Progress.NONE);
            assertThat(report.rejected()).isEqualTo(30_000);
            assertThat(report.problems()).hasSize(ProblemList.MAX + 1);
            RowProblem last = report.problems().get(ProblemList.MAX);
            assertThat(last.problem().code()).isEqualTo("MORE_PROBLEMS");
            // Each of the 30.000 rows has at least one problem: at least 20.000 are counted, not kept.
            assertThat(Long.parseLong(last.problem().args().get(0).replace(".", ""))).isGreaterThanOrEqualTo(20_000);
            assertThat(last.problem().args().get(1)).isEqualTo("10.000");
        }
    }

    @Test
    void aWindows1252FileIsStillReadWhole() throws Exception {
        Path file = dir.resolve("excel.csv");
        Files.write(file, "NIK;Nama\n5310011205850001;André\n".getBytes(Charset.forName("windows-1252")));
        try (TableReader reader = TableReader.open(file, null)) {
            reader.next();
            assertThat(reader.next().cell(1).text()).isEqualTo("André");
            assertThat(reader.next()).isNull();
        }
    }
}
