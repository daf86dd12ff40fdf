package id.payung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RegionsAndReconcileCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CommandConsole console = CommandConsole.noWindow();

    @Test
    void regionsImportTakesThePublishedListWithABomAndSaysWhatItSkipped() throws Exception {
        Path list = dir.resolve("wilayah.csv");
        try (var in = getClass().getResourceAsStream("/regions/kepmendagri-2025-ntt-manggarai-raya-and-diy-bom.csv")) {
            Files.copy(in, list);
        }
        Path db = dir.resolve("payung.db");
        console.init(db);

        int code = console.run("regions", "import", list.toString(), "--db", db.toString());

        assertThat(code).as(console.err()).isZero();
        // The new database already holds Manggarai's 12 kecamatan and 171 desa/kelurahan from the shipped list.
        assertThat(console.out()).contains("kecamatan added 0, desa/kelurahan added 0, already known 183",
                "skipped 912 rows outside regency 53.10");
    }

    @Test
    void regionsImportExplainsARefusalInASentence() throws Exception {
        Path list = Files.writeString(dir.resolve("rusak.csv"), "\uFEFFkode,nama\n53.10.03.2100,Satu\n53.10.3,Dua\n");

        console.init(dir.resolve("payung.db"));

        int code = console.run("regions", "import", list.toString(), "--db", dir.resolve("payung.db").toString());

        assertThat(code).isEqualTo(1);
        assertThat(console.err()).contains("Line 3: \"53.10.3\" is not a Kemendagri region code", "nothing loaded")
                .doesNotContain("Exception", "REGION_");
    }

    @Test
    void reconcileNamesTheRowsWhoseNikExcelDamaged() throws Exception {
        Path bpjs = Files.writeString(dir.resolve("bpjs.csv"), "NIK,Nama,Status\n5.31001E+15,MARIA,AKTIF\n");
        Path db = dir.resolve("payung.db");
        id.payung.service.facade.PayungServices.open(db, true, java.time.Clock.systemDefaultZone()).close();

        int code = console.run("reconcile", bpjs.toString(), "--db", db.toString());

        assertThat(code).as(console.err()).isZero();
        assertThat(console.out()).contains("damaged_nik     1", "only_bpjs       0",
                "Row 2: NIK 5.31001E+15 was damaged by Excel (scientific notation, only 6 digits left)");
    }

    /** A cut NIK in a BPJS list is masked as a NIK is (it was all stars), the scientific one shown as the list has it. */
    @Test
    void reconcileMasksACutNikAsANikAndNeverPrintsOneWhole() throws Exception {
        Path bpjs = Files.writeString(dir.resolve("bpjs.csv"),
                "NIK,Nama,Status\n5.31001E+15,MARIA,AKTIF\n531001520485003,AGUS,AKTIF\n5310011205850002,YOHANES,AKTIF\n");
        Path db = dir.resolve("payung.db");
        id.payung.service.facade.PayungServices.open(db, true, java.time.Clock.systemDefaultZone()).close();
        Path out = dir.resolve("cocok.csv");

        int code = console.run("reconcile", bpjs.toString(), "--db", db.toString(), "--out", out.toString());

        assertThat(code).as(console.err()).isZero();
        assertThat(console.out()).contains("5.31001E+15", "531001*******03").doesNotContain("***************")
                .doesNotContainPattern("\\d{15}");
        assertThat(Files.readString(out)).contains("5.31001E+15", "531001*******03", "531001********02")
                .doesNotContainPattern("\\d{15}");
    }

    /**
     * reconcile --out writes the CSV for Indonesian Excel every export writes (a UTF-8 BOM, ';' between cells), not ','
     * without a BOM (one column of garbage and broken letters in Excel). Read as bytes: the BOM, the ';', a name with
     * an accent and an apostrophe in UTF-8, and a value holding ';' quoted.
     */
    @Test
    void reconcileWritesTheCsvForIndonesianExcel() throws Exception {
        Path bpjs = Files.writeString(dir.resolve("bpjs.csv"),
                "NIK,Nama,KPJ,Status\n5310015204850001,Ma'ruf Ndéo,KPJ;001,AKTIF\n");
        Path db = dir.resolve("payung.db");
        id.payung.service.facade.PayungServices.open(db, true, java.time.Clock.systemDefaultZone()).close();
        Path out = dir.resolve("cocok.csv");

        assertThat(console.run("reconcile", bpjs.toString(), "--db", db.toString(), "--out", out.toString()))
                .as(console.err()).isZero();

        byte[] bytes = Files.readAllBytes(out);
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        java.util.List<String> lines = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(lines.get(0)).isEqualTo("match;nik;name;kpj;payung_status;bpjs_status;funder;row;nik_damage;"
                + "probably_nik;probably_name");
        assertThat(lines.get(1)).startsWith("ONLY_BPJS;531001********01;Ma'ruf Ndéo;\"KPJ;001\";");
        assertThat(lines.get(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)).as("é as UTF-8")
                .containsSequence(0xC3, 0xA9);
    }
}
