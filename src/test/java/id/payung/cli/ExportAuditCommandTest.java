package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code payung export audit} narrowed as the auditor's screen narrows: by kind, person, days and clerk; the same
 * CSV columns, oldest first; a filter it cannot answer is refused with the reason and no file.
 */
class ExportAuditCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    private String db;

    private String imported() throws Exception {
        db = console.init(dir.resolve("payung.db"));
        Path list = Files.writeString(dir.resolve("lalong.csv"), """
                NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan;Pekerjaan
                5310011205850001;Andi Jehadu;L;12/05/1985;Langke Rembong;Petani
                5310015204850002;Maria Nabu;P;12/04/1985;Langke Rembong;Petani
                """, StandardCharsets.UTF_8);
        assertThat(console.run("import", list.toString(), "--db", db, "--funder", "APBD-KAB-MGR", "--from", "2026-01")).isZero();
        return db;
    }

    /** The file's lines, after the BOM it starts with (a CSV for Indonesian Excel, as every export). */
    private List<String> lines(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 BOM").startsWith("\uFEFF");
        return text.substring(1).lines().toList();
    }

    /** The file's rows by header (";" between cells, after the BOM). */
    private static List<org.apache.commons.csv.CSVRecord> records(Path csv, List<String> header) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(header);
            return parser.getRecords();
        }
    }

    private static final List<String> HEADER = List.of("id", "at", "actor", "action", "entity", "entity_id", "before",
            "after", "what", "details", "person_name", "nik_masked", "at_local", "person_name_now");

    @Test
    void narrowedByKindAndPersonInTheSameColumnsOldestFirst() throws Exception {
        imported();
        Path all = dir.resolve("semua.csv");
        assertThat(console.run("export", "audit", "--out", all.toString(), "--db", db)).isZero();
        Path imports = dir.resolve("impor.csv");
        assertThat(console.run("export", "audit", "--kind", "imports", "--out", imports.toString(), "--db", db)).isZero();
        assertThat(console.out()).contains("1 audit entries written to");
        List<String> rows = lines(imports);
        assertThat(rows.get(0)).isEqualTo(lines(all).get(0)).isEqualTo("id;at;actor;action;entity;entity_id;before;after;"
                + "what;details;person_name;nik_masked;at_local;person_name_now");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains(";IMPORT;import_batch;", "lalong.csv");

        Path maria = dir.resolve("maria.csv");
        assertThat(console.run("export", "audit", "--person", "maria", "--out", maria.toString(), "--db", db)).isZero();
        assertThat(lines(maria)).hasSize(2).last().asString().contains("IMPORT");

        Path other = dir.resolve("lain.csv");
        assertThat(console.run("export", "audit", "--kind", "OTHER", "--by", System.getProperty("user.name"),
                "--out", other.toString(), "--db", db)).isZero();
        List<String> seeds = lines(other).subList(1, lines(other).size());
        assertThat(seeds).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain(";IMPORT;import_batch;"));
        List<Long> ids = seeds.stream().map(l -> Long.valueOf(l.substring(0, l.indexOf(';')))).toList();
        assertThat(ids).isSorted();
        // Each export is itself an entry, saying what it was asked.
        Path exports = dir.resolve("ekspor.csv");
        assertThat(console.run("export", "audit", "--kind", "privacy", "--out", exports.toString(), "--db", db)).isZero();
        assertThat(String.join("\n", lines(exports))).contains("EXPORT;audit_log", "IMPORTS", "maria");
        // Trial 21b L8: the file's name and the filter, as the window's export records them (it was {"rows":20}).
        List<String> exportRows = lines(exports).stream().filter(l -> l.contains(";EXPORT;audit_log;")).toList();
        assertThat(exportRows).anySatisfy(l -> assertThat(l).contains("semua.csv", "rows", "topic"))
                .anySatisfy(l -> assertThat(l).contains("impor.csv", "IMPORTS"))
                .anySatisfy(l -> assertThat(l).contains("maria.csv", "maria"));
    }

    /** {@code --kind deletions}: an import undone (and any record deleted), named in the help as a kind to ask. */
    @Test
    void deletionsAreAKindToAskFor() throws Exception {
        imported();
        try (id.payung.service.facade.PayungServices s = id.payung.service.facade.PayungServices.open(Path.of(db), false,
                id.payung.service.TestData.CLOCK)) {
            s.imports().undo(s.imports().batches().get(0).id());
        }
        Path deleted = dir.resolve("hapus.csv");
        assertThat(console.run("export", "audit", "--kind", "deletions", "--out", deleted.toString(), "--db", db)).isZero();
        List<String> rows = lines(deleted);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains(";UNDO_IMPORT;import_batch;", "lalong.csv");
        Path imports = dir.resolve("impor.csv");
        assertThat(console.run("export", "audit", "--kind", "imports", "--out", imports.toString(), "--db", db)).isZero();
        assertThat(lines(imports)).hasSize(2).last().asString().contains(";IMPORT;import_batch;");
        assertThat(console.run("export", "audit", "--help")).isZero();
        assertThat(console.out().replaceAll("\\s+", " ")).contains("PRIVACY, DELETIONS, IMPORTS",
                "DELETIONS: whatever was deleted, of any kind, and imports undone.");
    }

    @Test
    void daysTheWrongWayRoundAreRefusedAndNoFileIsLeft() throws Exception {
        imported();
        Path out = dir.resolve("terbalik.csv");
        assertThat(console.run("export", "audit", "--from", "2026-12-06", "--to", "2026-12-01", "--out", out.toString(),
                "--db", db)).isEqualTo(1);
        assertThat(console.err()).contains("The \"To\" date (01/12/2026) is before the \"From\" date (06/12/2026).",
                "nothing written");
        assertThat(out).doesNotExist();
        Path later = dir.resolve("nanti.csv");
        assertThat(console.run("export", "audit", "--from", "2100-01-01", "--out", later.toString(), "--db", db)).isZero();
        assertThat(lines(later)).hasSize(1);
        // "Up to the end of time" is every entry, not none.
        Path forever = dir.resolve("selamanya.csv");
        Path all = dir.resolve("semua.csv");
        assertThat(console.run("export", "audit", "--out", all.toString(), "--db", db)).isZero();
        assertThat(console.run("export", "audit", "--to", "9999-12-31", "--out", forever.toString(), "--db", db)).isZero();
        assertThat(lines(forever)).hasSize(lines(all).size() + 1); // and the export of all, made since
    }

    /** Trial 18 M13: `--out audit.xlsx` wrote CSV text under a .xlsx name, which Excel refused to open. */
    @Test
    void aSpreadsheetOrPdfNameIsRefusedForTheCsv() throws Exception {
        imported();
        for (String name : List.of("audit.xlsx", "audit.pdf", "audit.ods")) {
            Path out = dir.resolve(name);
            assertThat(console.run("export", "audit", "--out", out.toString(), "--db", db)).isEqualTo(2);
            assertThat(console.err()).contains("--out must be a .csv file, not " + name).contains("--out audit.csv");
            assertThat(out).doesNotExist();
        }
    }

    /**
     * Trial 16 L12: a deletion's row showed an internal id and JSON only. The stored columns stay first, as scripts read
     * them; after them the entry in Jejak audit's words, the person (name, NIK masked) and the window's local time.
     */
    @Test
    void aDeletionReadsInWordsWithThePersonAfterTheStoredColumns() throws Exception {
        imported();
        try (id.payung.service.facade.PayungServices s = id.payung.service.facade.PayungServices.open(Path.of(db), false,
                java.time.Clock.systemDefaultZone())) {
            long yosefina = s.enrollments().enrol(id.payung.service.TestData.form("5310016307900003", "Yosefina Dhiu", "CSR",
                    java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))).enrollmentId();
            s.enrollments().delete(yosefina, new id.payung.domain.Deletion(id.payung.domain.DeleteReason.WRONG_ENTRY, null));
        }
        Path deleted = dir.resolve("hapus.csv");
        assertThat(console.run("export", "audit", "--kind", "deletions", "--out", deleted.toString(), "--db", db)).isZero();
        List<org.apache.commons.csv.CSVRecord> rows = records(deleted, HEADER);
        assertThat(rows).hasSize(1);
        org.apache.commons.csv.CSVRecord row = rows.get(0);
        assertThat(row.get("action")).isEqualTo("DELETE");
        assertThat(row.get("entity")).isEqualTo("enrollment");
        assertThat(row.get("what")).isEqualTo("Kepesertaan dihapus: CSR / perusahaan donor, 01/2026–12/2026");
        assertThat(row.get("details")).startsWith("Dihapus — alasan: ");
        assertThat(row.get("person_name")).isEqualTo("Yosefina Dhiu");
        assertThat(row.get("nik_masked")).isEqualTo(id.payung.domain.Nik.mask("5310016307900003"))
                .isEqualTo("531001********03");
        assertThat(row.get("at_local")).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(java.time.Instant.parse(row.get("at")).atZone(java.time.ZoneId.systemDefault())));
        assertThat(String.join("\n", lines(deleted))).doesNotContain("5310016307900003");
    }

    /**
     * A CSV for Indonesian Excel as every export (UTF-8 BOM, ";"): without the BOM Excel on Windows read the words'
     * "—" and "–" as ANSI. And person_name is the name the entry was about when it was written: her enrolment was
     * Yosefina Dhiu's, renamed since; person_name_now, last, is today's name, by which the register finds her.
     */
    @Test
    void aRenamedPersonsOldEntriesKeepTheNameTheyWereAboutInAFileForIndonesianExcel() throws Exception {
        db = console.init(dir.resolve("payung.db"));
        try (id.payung.service.facade.PayungServices s = id.payung.service.facade.PayungServices.open(Path.of(db), false,
                java.time.Clock.systemDefaultZone())) {
            long enrolled = s.enrollments().enrol(id.payung.service.TestData.form("5310016307900003", "Yosefina Dhiu", "CSR",
                    java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))).enrollmentId();
            s.enrollments().update(enrolled, id.payung.service.TestData.form("5310016307900003", "Yosefina Jehadu", "CSR",
                    java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
            s.enrollments().delete(enrolled, new id.payung.domain.Deletion(id.payung.domain.DeleteReason.WRONG_ENTRY, null));
        }
        Path out = dir.resolve("yosefina.csv");
        assertThat(console.run("export", "audit", "--person", "jehadu", "--out", out.toString(), "--db", db)).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);
        List<org.apache.commons.csv.CSVRecord> rows = records(out, HEADER);
        assertThat(rows).extracting(r -> r.get("entity") + " " + r.get("action") + ": " + r.get("person_name") + " / "
                + r.get("person_name_now")).containsExactly(
                "person INSERT: Yosefina Dhiu / Yosefina Jehadu",
                "enrollment INSERT: Yosefina Dhiu / Yosefina Jehadu",
                "person UPDATE: Yosefina Jehadu / Yosefina Jehadu",
                "enrollment DELETE: Yosefina Jehadu / Yosefina Jehadu");
        assertThat(rows.get(3).get("details")).startsWith("Dihapus — alasan: ");
        assertThat(rows.get(1).get("what")).contains("01/2026–12/2026");
    }

    /**
     * Trial 18 M15: a NIK Excel cut to 15 digits or wrote as 5.31001E+15 found nobody and read as "0 audit entries
     * written", exit 0. Refused with the import's words, exit 2, no file; a NIK's start and a name still search.
     */
    @Test
    void aNikExcelDestroyedIsRefusedNotAnEmptyExport() throws Exception {
        imported();
        Path cut = dir.resolve("cut.csv");
        assertThat(console.run("export", "audit", "--person", "531001150580005", "--out", cut.toString(), "--db", db))
                .isEqualTo(2);
        assertThat(console.err()).contains("--person 531001*******05: only 15 digits; Excel cuts long numbers to 15 digits."
                + " Retype the 16 digits from the KTP.").doesNotContain("531001150580005");
        assertThat(cut).doesNotExist();
        assertThat(console.run("export", "audit", "--person", "5.31001E+15", "--out", cut.toString(), "--db", db))
                .isEqualTo(2);
        assertThat(console.err()).contains("--person 5.31001E+15: 5.31001E+15 is a NIK destroyed by Excel");
        assertThat(console.run("export", "audit", "--person", "53100112058500011", "--out", cut.toString(), "--db", db))
                .isEqualTo(2);
        assertThat(console.err()).contains("a NIK has 16 digits, not 17.");
        assertThat(cut).doesNotExist();
        Path start = dir.resolve("start.csv");
        assertThat(console.run("export", "audit", "--person", "531001", "--out", start.toString(), "--db", db)).isZero();
        assertThat(lines(start)).hasSize(2);
        Path name = dir.resolve("name.csv");
        assertThat(console.run("export", "audit", "--person", "Andi", "--out", name.toString(), "--db", db)).isZero();
        assertThat(lines(name)).hasSize(2);
    }

    /**
     * An auditor looks for a person by the name an old entry names (person_name): Yosefina Dhiu, renamed Yosefina
     * Jehadu since, was found by today's name only ("dhiu": 0 entries). Either name now finds all her entries, by the
     * Jejak audit's rule (each word typed starts a word of the name: "hiu" finds no one).
     */
    @Test
    void aPersonIsFoundByTheNameAnEntryWasWrittenUnderAsByTodaysName() throws Exception {
        db = console.init(dir.resolve("payung.db"));
        try (id.payung.service.facade.PayungServices s = id.payung.service.facade.PayungServices.open(Path.of(db), false,
                java.time.Clock.systemDefaultZone())) {
            long enrolled = s.enrollments().enrol(id.payung.service.TestData.form("5310016307900003", "Yosefina Dhiu", "CSR",
                    java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12))).enrollmentId();
            s.enrollments().update(enrolled, id.payung.service.TestData.form("5310016307900003", "Yosefina Jehadu", "CSR",
                    java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
            s.enrollments().enrol(id.payung.service.TestData.form("5310011205850002", "Yosef Ndala", "CSR",
                    java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
        }
        for (String asked : List.of("dhiu", "Yosefina Dhiu", "jehadu")) {
            Path out = dir.resolve(asked.replace(' ', '-') + ".csv");
            assertThat(console.run("export", "audit", "--person", asked, "--out", out.toString(), "--db", db)).isZero();
            assertThat(records(out, HEADER)).as(asked).extracting(r -> r.get("entity") + " " + r.get("action") + ": "
                    + r.get("person_name")).containsExactly(
                    "person INSERT: Yosefina Dhiu",
                    "enrollment INSERT: Yosefina Dhiu",
                    "person UPDATE: Yosefina Jehadu");
        }
        Path none = dir.resolve("hiu.csv");
        assertThat(console.run("export", "audit", "--person", "hiu", "--out", none.toString(), "--db", db)).isZero();
        assertThat(records(none, HEADER)).isEmpty();
        assertThat(console.out()).contains("3 audit entries written").contains("0 audit entries written");
    }
}
