package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterSort;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.service.TestRegions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code payung import} with a village's own list, on a fresh database that has loaded Manggarai's desa. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    /** A new database (made the way the window makes one), with the desa loaded through {@code regions import}. */
    private Path freshDatabase() {
        return freshDatabase(dir);
    }

    private Path freshDatabase(Path folder) {
        Path db = folder.resolve("payung.db");
        TestData.seeded(folder).close();
        Path regions = TestRegions.resource("regions/wilayah-5310.csv", dir);
        assertThat(console.run("regions", "import", regions.toString(), "--db", db.toString())).isZero();
        assertThat(console.run("regions", "import", regions.toString(), "--db", db.toString())).isZero();
        console.clearOut();
        return db;
    }

    private static List<EnrollmentSummary> register(Path db) {
        try (PayungServices s = PayungServices.open(db, false, TestData.CLOCK)) {
            return s.register().page(RegisterFilter.all(), new RegisterSort(RegisterSort.Column.NAME, true), null, 100).rows();
        }
    }

    /**
     * An old .xls renamed .xlsx and a SIKS-NG/DTKS web page named .xlsx are said for what they are, not "zip END header
     * not found" (trial 18, LOW 29): the window's sentences.
     */
    @Test
    void aRenamedOldExcelFileOrWebPageIsSaidForWhatItIs() throws Exception {
        Path db = freshDatabase();
        byte[] ole2 = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
                (byte) 0xe1}, 0, ole2, 0, 8);
        Path old = Files.write(dir.resolve("old97-renamed.xlsx"), ole2);
        Path page = Files.writeString(dir.resolve("export-siks-renamed.xlsx"),
                "\uFEFF<!DOCTYPE html>\n<html><table><tr><td>NIK</td></tr></table></html>");

        console.run("import", old.toString(), "--db", db.toString(), "--funder", "MANDIRI", "--from", "2026-01");
        console.run("import", page.toString(), "--db", db.toString(), "--funder", "MANDIRI", "--from", "2026-01");

        assertThat(console.err()).contains("old97-renamed.xlsx is an old Excel file (.xls). Save it again as .xlsx.")
                .contains("export-siks-renamed.xlsx is a web page (an HTML table) saved with an Excel name")
                .doesNotContain("zip END header");
        assertThat(register(db)).isEmpty();
    }

    /**
     * A list with its header row only said "the file is broken near line 2: Current state = FLUSHED, new state =
     * CODING_END", a Java decoder's words (trial 20b M4); Excel's "Unicode Text" (UTF-16LE with its mark, tabs) was not
     * read, and without its mark read as garbage (M5): said in the bundle's words now, nothing imported.
     */
    @Test
    void aHeaderOnlyListAndUnicodeTextAreSaidInWords() throws Exception {
        Path db = freshDatabase();
        Path header = Files.writeString(dir.resolve("judul.csv"), "NIK;Nama Lengkap;Jenis Kelamin\n");
        // The file is at fault, not the command line: exit code 1, "failed", no "(see: --help)" (trial 20b L7).
        assertThat(console.run("import", header.toString(), "--db", db.toString(), "--funder", "MANDIRI", "--from",
                "2026-01")).isEqualTo(1);
        assertThat(console.err().strip()).isEqualTo("payung: judul.csv holds only the header row (NIK, Nama, …); there are"
                + " no participants under it.");
        assertThat(console.err()).contains("judul.csv holds only the header row (NIK, Nama, …); there are no participants"
                + " under it.").doesNotContain("FLUSHED");

        String text = "NIK\tNama\tJenis kelamin\tTanggal lahir\tKecamatan\tPekerjaan\r\n"
                + "5310011205850001\tAndi\tL\t12/05/1985\tLangke Rembong\tPetani\r\n";
        java.io.ByteArrayOutputStream unicode = new java.io.ByteArrayOutputStream();
        unicode.write(0xff);
        unicode.write(0xfe);
        unicode.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Path withMark = Files.write(dir.resolve("unicode.txt"), unicode.toByteArray());
        assertThat(console.run("import", withMark.toString(), "--db", db.toString(), "--funder", "MANDIRI", "--from",
                "2026-01")).as(console.err()).isZero();
        assertThat(console.out()).contains("read 1, imported 1");
        assertThat(register(db)).extracting(EnrollmentSummary::fullName).containsExactly("Andi");

        Path noMark = Files.write(dir.resolve("tanpa-tanda.csv"), text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        assertThat(console.run("import", noMark.toString(), "--db", db.toString(), "--funder", "MANDIRI", "--from",
                "2026-01")).isEqualTo(1);
        assertThat(console.err()).contains("tanpa-tanda.csv is saved as Unicode Text (UTF-16) without its mark")
                .contains("CSV UTF-8");
        assertThat(register(db)).hasSize(1);
    }

    /**
     * A name that is a spreadsheet formula ("=HYPERLINK(…)", "=cmd|…", "+…", "@…") was imported without a word (trial
     * 20b L12): a warning of the enrollment rules now, the form's and the import's; the row is still imported.
     */
    @Test
    void aNameThatIsAFormulaIsWarnedOf() throws Exception {
        Path db = freshDatabase();
        Path list = Files.writeString(dir.resolve("rumus.csv"), "NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan\n"
                + "5310011205850001;\"=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";L;12/05/1985;Langke Rembong\n"
                + "5310015204850002;@SUM(A+B);P;12/04/1985;Langke Rembong\n"
                + "5310011205850003;Andi;L;12/05/1985;Langke Rembong\n");
        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "MANDIRI", "--from",
                "2026-01")).as(console.err()).isZero();
        assertThat(console.out()).contains("row 2: Nama: (warning) the name starts with \"=\" as an Excel formula does")
                .contains("row 3: Nama: (warning) the name starts with \"@\" as an Excel formula does")
                .doesNotContain("row 4:").contains("read 3, imported 3");
    }

    /**
     * A mistyped {@code --funder} is refused as before (its line, exit code 2, nothing written) and followed by the
     * database's funder codes, the regency's own first, so the user can retype it.
     */
    @Test
    void anUnknownFunderIsFollowedByTheCodesToRetype() {
        Path db = freshDatabase();
        Path list = TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir);

        int code = console.run("import", list.toString(), "--db", db.toString(), "--funder", "XYZ", "--from", "2026-01");

        assertThat(code).isEqualTo(2);
        List<String> err = console.err().lines().toList();
        assertThat(err.get(0)).isEqualTo("payung import: unknown funding source XYZ. (see: payung import --help)");
        assertThat(err.get(1)).startsWith("payung import: The funding-source codes of this database (those that pay in "
                + "the office's regency first): ").contains("APBD-KAB-MGR", "APBD-PROV-NTT", "APBDES-MGR", "MANDIRI");
        assertThat(register(db)).isEmpty();
    }

    @Test
    void aVillageListWithoutKecamatanImportsWholeAndItsSignatureBlockIsListedAsIgnored() {
        Path db = freshDatabase();
        Path list = TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", dir);

        int code = console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01");

        assertThat(code).isZero();
        List<String> lines = console.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("read 6, imported 6, duplicate 0, rejected 0 (batch 1)");
        assertThat(lines).contains("row 13: No: (warning) row without a NIK (signature, total, note): not a participant, "
                + "ignored. [Mengetahui, · Yang membuat daftar,]");
        assertThat(register(db)).extracting(EnrollmentSummary::fullName, EnrollmentSummary::desaName,
                EnrollmentSummary::kecamatanName).contains(
                org.assertj.core.groups.Tuple.tuple("Maria Jelita", "Satar Ngkeling", "Wae Rii"),
                org.assertj.core.groups.Tuple.tuple("Fransiska Imelda", "Golo Dukal", "Langke Rembong"));
    }

    /**
     * A village's list as a new user met it: Excel's 5.31001E+15 and a 15-digit NIK are said as the window says them
     * (the damaged value as the file has it, the cut NIK masked as a NIK), on the screen and in the --errors file;
     * a full NIK never (new-user trial, the import window's NIK mask).
     */
    @Test
    void whatIsNoNikIsSaidAsTheWindowSaysItAndNoFullNikIsPrinted() throws Exception {
        Path db = freshDatabase();
        Path list = TestRegions.resource("village/DAFTAR PESERTA DESA NDEHES.csv", dir);
        Path errors = dir.resolve("masalah.csv");

        int code = console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBDES-MGR",
                "--from", "2026-01", "--dry-run", "--errors", errors.toString());

        assertThat(code).as("rows refused: " + console.err()).isEqualTo(1);
        assertThat(console.out()).contains("row 6: NIK: 5.31001E+15 is a NIK destroyed by Excel (scientific notation).")
                .contains("row 7: NIK: only 15 digits; Excel cuts long numbers to 15 digits. Retype the 16 digits from "
                        + "the KTP. [531001*******03]")
                .doesNotContainPattern("\\d{16}").doesNotContain("531001010190003");
        assertThat(Files.readString(errors)).contains("5.31001E+15").contains("531001*******03")
                .doesNotContainPattern("\\d{16}").doesNotContain("531001010190003");
    }

    /**
     * A village's list run without --funder (trial 15): its name names one of the office's funders, the budget the
     * window proposes. The command line says the refusal as before (exit 2, the same first line), then which funder the
     * file names and the option to add, so nothing is guessed; with that option the list imports.
     */
    @Test
    void aListWhoseNameNamesOneFunderIsRefusedNamingItAndTheOptionThatTakesIt() {
        Path db = freshDatabase();
        Path list = TestRegions.resource("village/Daftar Peserta APBDes Desa Lalong 2026.csv", dir);

        int code = console.run("import", list.toString(), "--db", db.toString(), "--from", "2026-01");

        assertThat(code).isEqualTo(2);
        assertThat(console.err().lines().toList()).containsExactly(
                "payung import: Daftar Peserta APBDes Desa Lalong 2026.csv has no funding-source column: choose the funder for "
                        + "all its rows. (see: payung import --help)",
                "payung import: The file's name \"Daftar Peserta APBDes Desa Lalong 2026.csv\" names the funding source "
                        + "APBDes / ADD desa se-Kabupaten Manggarai (APBDES-MGR): if it pays for all the rows, run again "
                        + "with --funder APBDES-MGR");
        assertThat(register(db)).isEmpty();

        console.clearOut();
        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--from", "2026-01",
                "--funder", "APBDES-MGR", "--skip-invalid")).isZero();
        assertThat(register(db)).extracting(EnrollmentSummary::funderCode).isNotEmpty().containsOnly("APBDES-MGR");
    }

    /** A list that names no funder, or two, is refused as before: one line, no proposal. */
    @Test
    void aListThatNamesNoFunderOrTwoIsRefusedWithoutAProposal() throws Exception {
        Path db = freshDatabase();
        String rows = "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Lalong\n";
        for (String name : List.of("lalong.csv", "Daftar Peserta APBD 2026.csv")) {
            Path list = Files.writeString(dir.resolve(name), rows);
            console.clearOut();
            assertThat(console.run("import", list.toString(), "--db", db.toString(), "--from", "2026-01")).isEqualTo(2);
            assertThat(console.err().lines().filter(l -> l.contains(name)).toList()).as(name).containsExactly("payung import: "
                    + name + " has no funding-source column: choose the funder for all its rows. (see: payung import --help)");
            assertThat(console.err()).doesNotContain("--funder ");
        }
    }

    /**
     * A problem about a column the list does not have (no wage for a PU row; no start month) names it by its
     * words, on the screen and in the --errors file: never Payung's internal name (INCOME, FIRST_MONTH).
     */
    @Test
    void aProblemAboutAColumnTheListLacksNamesItInWordsNotByAnInternalName() throws Exception {
        Path db = freshDatabase();
        Path list = dir.resolve("perangkat.csv");
        Files.writeString(list, "NIK;Nama;Desa;Pekerjaan\n5310015204850001;Maria Jelita;Wae Rii;Perangkat desa\n");
        Path errors = dir.resolve("masalah.csv");

        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01", "--dry-run", "--errors", errors.toString())).isZero();
        assertThat(console.out()).contains("row 2: Income: (warning) no wage in the list").doesNotContain("INCOME");
        assertThat(Files.readString(errors)).contains("2;Income;;(warning) no wage in the list").doesNotContain("INCOME");

        // The period taken from --from, two rows of one worker overlapping: the start is what clashes.
        console.clearOut();
        Path twice = dir.resolve("dua-kali.csv");
        Files.writeString(twice, "NIK;Nama;Desa;Jumlah bulan\n5310015204850001;Maria Jelita;Wae Rii;12\n"
                + "5310015204850001;Maria Jelita;Wae Rii;6\n");
        assertThat(console.run("import", twice.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01", "--dry-run")).isEqualTo(1);
        assertThat(console.out()).contains("row 3: From: ").doesNotContain("FIRST_MONTH");
        // Trial 18 M16: it said "imported 1" of a file the run for real refuses.
        assertThat(console.out()).contains("read 2, would import 0, duplicate 0, rejected 2 (dry run, nothing written: "
                + "the file would be refused for 2 wrong rows; no other row is valid)");
    }

    @Test
    void aSexThatDisagreesWithTheNikIsRefusedInWordsThatNameNoWindowButton() throws Exception {
        Path db = freshDatabase();
        Path list = dir.resolve("jk-salah.csv");
        // 52 in the day's place: the NIK is a woman's; the list says L.
        Files.writeString(list, "NIK;Nama;JK;Desa\n5310015204850001;Maria Jelita;L;Wae Rii\n");

        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01")).isEqualTo(1);
        assertThat(console.out()).contains("the NIK says sex P, but L was entered: check which is right")
                .doesNotContain("Fill from NIK");
        assertThat(register(db)).isEmpty();
    }

    @Test
    void twoPeopleOnOneNikAreRefusedNamingBothRowsAndOneWorkerOnTwoPeriodsImportsBoth() throws Exception {
        Path db = freshDatabase();
        Path clash = dir.resolve("satu-nik.csv");
        Files.writeString(clash, "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Wae Rii\n"
                + "5310015204850001;Theresia Nggarang;Wae Rii\n");

        assertThat(console.run("import", clash.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01")).isEqualTo(1);
        assertThat(console.out()).contains("row 2: NIK: the same NIK is on row 3 for Theresia Nggarang and on this row "
                + "for Maria Jelita")
                .contains("row 3: NIK: the same NIK is on row 2 for Maria Jelita and on this row for Theresia Nggarang")
                .contains("[531001********01]")
                .contains("read 2, imported 0, duplicate 0, rejected 2 (refused, nothing written)");
        assertThat(register(db)).isEmpty();

        console.clearOut();
        Path twoPeriods = dir.resolve("dua-periode.csv");
        Files.writeString(twoPeriods, "NIK;Nama;Desa;Sumber dana;Mulai\n"
                + "5310015204850001;Maria Jelita;Wae Rii;APBD Provinsi NTT;01/2026\n"
                + "5310015204850001;Maria Jelita;Wae Rii;Mandiri;01/2027\n");
        assertThat(console.run("import", twoPeriods.toString(), "--db", db.toString())).isZero();
        assertThat(console.out()).contains("read 2, imported 2, duplicate 0, rejected 0 (batch");
        assertThat(register(db)).extracting(EnrollmentSummary::funderCode).containsExactlyInAnyOrder("APBD-PROV-NTT", "MANDIRI");
    }

    @Test
    void oneKecamatanForTheWholeFileAndInactiveRowsOnRequest() throws Exception {
        Path db = freshDatabase();
        Path list = dir.resolve("bpjs.csv");
        Files.writeString(list, "NIK;Nama;Status\n5310015204850001;Maria Jelita;Aktif\n"
                + "5310011205850002;Yohanes Jehadu;NON AKTIF\n");

        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01", "--kecamatan", "Kec. Wae Ri'i", "--dry-run")).isZero();
        assertThat(console.out()).contains("row 3: NIK: (warning) participant status \"NON AKTIF\" (not active)")
                .contains("read 2, would import 1, duplicate 0, rejected 0, inactive skipped 1 (dry run, nothing written)");

        console.clearOut();
        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01", "--kecamatan", "Wae Rii", "--include-inactive")).isZero();
        assertThat(console.out()).contains("read 2, imported 2, duplicate 0, rejected 0 (batch 1)");
        assertThat(register(db)).extracting(EnrollmentSummary::kecamatanName).containsOnly("Wae Rii");

        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01", "--kecamatan", "Wae Rio")).isEqualTo(2);
        assertThat(console.err()).contains("kecamatan Wae Rio is not in the region list. Nearest: Wae Rii");
    }

    @Test
    void aListLibreOfficeSavedWithPhonesAsNumbersImports40Of40() throws Exception {
        Path db = freshDatabase();
        Path list = TestRegions.resource("libreoffice/hp-angka.xlsx", dir);
        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01")).isZero();
        assertThat(console.out().lines().toList()).containsExactly("read 40, imported 40, duplicate 0, rejected 0 (batch 1)");

        console.clearOut();
        Path oneBroken = TestRegions.resource("libreoffice/hp-satu-rusak.xlsx", dir);
        Path other = freshDatabase(Files.createDirectories(dir.resolve("b")));
        assertThat(console.run("import", oneBroken.toString(), "--db", other.toString(),
                "--funder", "APBD-PROV-NTT", "--from", "2026-01")).isZero();
        assertThat(console.out().lines().toList()).containsExactly(
                "row 20: No. HP: (warning) phone number cannot be read as an Indonesian mobile number (e.g. 081234567890); "
                        + "the person is imported without it. [0812-345]",
                "read 40, imported 40, duplicate 0, rejected 0 (batch 1)");
    }

    /**
     * Trial 18 M16: a dry run of a file the run for real refuses said "imported 8". It says the file would be refused
     * and what --skip-invalid would import, in the same shape ("read N, … rejected N"), exit code 1 as before.
     */
    @Test
    void aDryRunOfAFileThatWouldBeRefusedSaysSo() throws Exception {
        Path db = freshDatabase();
        Path list = Files.writeString(dir.resolve("satu-salah.csv"), """
                NIK;Nama;Jenis kelamin;Tanggal lahir;Kecamatan;Pekerjaan
                5310011205850001;Andi Jehadu;L;12/05/1985;Langke Rembong;Petani
                5310015204850002;Maria Nabu;P;12/04/1985;Langke Rembong;Petani
                531001520485003;Yosef Nabu;L;12/04/1985;Langke Rembong;Petani
                """, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2026-01", "--dry-run")).isEqualTo(1);
        assertThat(console.out()).contains("read 3, would import 0, duplicate 0, rejected 1 (dry run, nothing written: "
                + "the file would be refused for 1 wrong row; --skip-invalid imports the other 2)");
        console.clearOut();
        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-KAB-MGR",
                "--from", "2026-01", "--dry-run", "--skip-invalid")).isZero();
        assertThat(console.out()).contains("read 3, would import 2, duplicate 0, rejected 1 (dry run, nothing written)");
    }

    /**
     * The --errors file is the CSV for Indonesian Excel every export writes (a UTF-8 BOM, ';' between cells): with ','
     * and no BOM a clerk who double-clicked it saw one column of garbage and broken letters. Read as bytes: the BOM, the
     * ';', a name with an accent and an apostrophe in UTF-8, and a value holding ';' quoted.
     */
    @Test
    void theErrorsFileIsTheCsvForIndonesianExcel() throws Exception {
        Path db = freshDatabase();
        Path list = dir.resolve("daftar.csv");
        Files.writeString(list, "NIK,Nama,Desa\nNIK;belum,Ma'ruf Ndéo,Wae Rii\n");
        Path errors = dir.resolve("masalah.csv");

        assertThat(console.run("import", list.toString(), "--db", db.toString(), "--funder", "APBD-PROV-NTT",
                "--from", "2026-01", "--dry-run", "--errors", errors.toString())).as(console.out()).isEqualTo(1);

        byte[] bytes = Files.readAllBytes(errors);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8).lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo("row;column;value;reason;name");
        assertThat(lines.get(1)).startsWith("2;NIK;\"NIK;belum\";").endsWith(";Ma'ruf Ndéo");
        assertThat(lines.get(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)).as("é as UTF-8")
                .containsSequence(0xC3, 0xA9);
    }
}
