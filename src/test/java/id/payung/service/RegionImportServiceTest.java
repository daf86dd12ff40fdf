package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FormProblem;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.service.facade.PayungServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RegionImportServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /**
     * Cut from the shipped Kepmendagri 2025 list as it is published (kode,nama, CRLF), saved with a UTF-8 BOM
     * the way Excel's "CSV UTF-8" does: DI Yogyakarta (34) whole, NTT's province and regency rows, and the
     * kecamatan and desa of Manggarai (53.10), Manggarai Barat (53.15) and Manggarai Timur (53.19).
     */
    static final String FIXTURE = "/regions/kepmendagri-2025-ntt-manggarai-raya-and-diy-bom.csv";

    @TempDir
    Path dir;

    static Path fixture(Path dir) throws Exception {
        Path file = dir.resolve("wilayah.csv");
        try (var in = RegionImportServiceTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void takesTheOfficeRegencysPartOfThePublishedListAndCountsTheRest() throws Exception {
        Path file = fixture(dir);
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long manggaraiTimur = lines.stream().filter(l -> l.startsWith("53.19.")).count();
        long kecamatan = lines.stream().filter(l -> l.matches("53\\.19\\.\\d\\d,.*")).count();
        try (PayungServices s = engine.services()) {
            // An office that set its regency by hand, with no desa loaded: the import brings them.
            Settings before = s.settings();
            s.reference().saveSettings(new Settings(before.officeName(), "53.19", before.place()));

            RegionImportService.Result r = s.regionImport().importCsv(file);

            assertThat(r.kecamatanAdded()).isEqualTo(kecamatan).isPositive();
            assertThat(r.kecamatanAdded() + r.villagesAdded()).isEqualTo(manggaraiTimur);
            assertThat(r.alreadyKnown()).isZero();
            // Everything but the header, 53.19's rows and the rows of NTT and 53.19 themselves.
            assertThat(r.skipped()).isEqualTo(lines.size() - 1 - manggaraiTimur - 2);
            assertThat(s.reference().localRegions()).hasSize((int) manggaraiTimur)
                    .allSatisfy(x -> assertThat(x.code()).startsWith("53.19."));
            assertThat(s.regionImport().importCsv(file).alreadyKnown()).isEqualTo((int) manggaraiTimur);
        }
    }

    @Test
    void theShippedManggaraiIsAlreadyKnownAndANewDesaWithoutBomIsAdded() throws Exception {
        Path file = dir.resolve("baru.csv");
        Files.writeString(file, "kode,nama\n53.10,Kabupaten Manggarai\n53.10.03,Ruteng\n53.10.03.2099,\"Golo Baru, Satu\"\n");
        try (PayungServices s = engine.services()) {
            RegionImportService.Result r = s.regionImport().importCsv(file);
            assertThat(r.villagesAdded()).isEqualTo(1);
            assertThat(r.alreadyKnown()).isEqualTo(1);
            assertThat(r.skipped()).isZero();
            assertThat(s.reference().localRegions()).filteredOn(x -> x.code().equals("53.10.03.2099")).singleElement()
                    .satisfies(x -> assertThat(x.name()).isEqualTo("Golo Baru, Satu"))
                    .satisfies(x -> assertThat(x.level()).isEqualTo(RegionLevel.DESA));

            RegionImportService.Result country = s.regionImport().importCsv(fixture(Files.createDirectories(dir.resolve("sub"))));
            assertThat(country.kecamatanAdded() + country.villagesAdded()).isZero();
            assertThat(country.alreadyKnown()).isEqualTo(12 + 171);
        }
    }

    @Test
    void theWholeCountryAsPublishedWithABomIsReadAndAllButManggaraiSkipped() throws Exception {
        // The list Payung ships, unpacked as someone would download it, saved by Excel with a BOM.
        Path country = dir.resolve("wilayah-indonesia.csv");
        try (var in = new java.util.zip.GZIPInputStream(RegionList.class.getResourceAsStream(RegionList.RESOURCE));
             var out = Files.newOutputStream(country)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            in.transferTo(out);
        }
        try (PayungServices s = engine.services()) {
            RegionImportService.Result r = s.regionImport().importCsv(country);

            assertThat(r.alreadyKnown()).isEqualTo(12 + 171);
            assertThat(r.kecamatanAdded() + r.villagesAdded()).isZero();
            assertThat(r.skipped()).isEqualTo(91_599 - 183 - 2); // all rows but Manggarai's and the rows 53 and 53.10
        }
    }

    @Test
    void theFiveColumnListStillLoadsAndChecksTheHierarchy() throws Exception {
        Path good = dir.resolve("wilayah.csv");
        Files.writeString(good, "kode_desa,nama_desa,jenis,kode_kecamatan,nama_kecamatan\n"
                + "53.10.03.2002,Cumbi,Desa,53.10.03,Ruteng\n"
                + "53.10.12.1001,Wali,Kelurahan,53.10.12,Langke Rembong\n"
                + "53.10.19.2001,Desa Baru,Desa,53.10.19,Kecamatan Baru\n");
        Path broken = dir.resolve("rusak.csv");
        Files.writeString(broken, "kode_desa,nama_desa,jenis,kode_kecamatan,nama_kecamatan\n"
                + "53.10.03.2003,Kakor,Desa,53.10.03,Ruteng\n"
                + "53.10.05.2001,Salah Tempat,Desa,53.10.03,Ruteng\n");
        try (PayungServices s = engine.services()) {
            RegionImportService.Result r = s.regionImport().importCsv(good);
            assertThat(r.kecamatanAdded()).isEqualTo(1);
            assertThat(r.villagesAdded()).isEqualTo(1);
            assertThat(r.alreadyKnown()).isEqualTo(4);
            assertThat(s.regionImport().importCsv(good).villagesAdded()).isZero();
            assertThat(s.reference().localRegions()).filteredOn(x -> x.code().equals("53.10.12.1001"))
                    .extracting(Region::level).containsExactly(RegionLevel.KELURAHAN);

            int before = s.reference().localRegions().size();
            assertThat(refusal(s, broken)).containsExactly(
                    "Line 3: code 53.10.05.2001 does not lie under its parent code 53.10.03.");
            assertThat(s.reference().localRegions()).hasSize(before);
        }
    }

    @Test
    void everyRefusalIsASentenceInBothLanguagesAndLoadsNothing() throws Exception {
        try (PayungServices s = engine.services()) {
            int before = s.reference().localRegions().size();
            Path badCode = write("kode.csv", "kode,nama\n53.10.03.2100,Satu\n53.10.3.2101,Dua\n53.10.03.4001,Tiga\n");
            assertThat(refusal(s, badCode)).containsExactly(
                    "Line 3: \"53.10.3.2101\" is not a Kemendagri region code (the shapes are 53, 53.10, 53.10.01, and "
                            + "53.10.01.2001 for a desa, 53.10.01.1001 for a kelurahan, 91.03.01.3001 for a desa adat).",
                    "Line 4: \"53.10.03.4001\" is not a Kemendagri region code (the shapes are 53, 53.10, 53.10.01, and "
                            + "53.10.01.2001 for a desa, 53.10.01.1001 for a kelurahan, 91.03.01.3001 for a desa adat).");
            assertThat(refusal(s, write("yatim.csv", "kode,nama\n53.10.77.2001,Tanpa Kecamatan\n"))).containsExactly(
                    "Line 2: desa/kelurahan 53.10.77.2001 lies in kecamatan 53.10.77, which is neither in the file nor in "
                            + "the region list.");
            assertThat(refusal(s, write("tanpanama.csv", "kode,nama\n53.10.03.2100,\n"))).containsExactly(
                    "Line 2: region 53.10.03.2100 has no name.");
            Path nul = write("nul.csv", "kode,nama\n53.10.03.2100,Golo\u0000 Baru\n");
            assertThat(refusal(s, nul)).containsExactly("Line 2: the name of region 53.10.03.2100 holds a null character"
                    + " (NUL, code 0) that cannot be stored: remove it.");
            assertThat(refusal(s, write("lain.csv", "NIK,Nama\n5310015204850001,Maria\n"))).containsExactly(
                    "lain.csv is not a region list: its first line must be kode,nama (the Kemendagri list as published) "
                            + "or kode_desa, nama_desa, jenis, kode_kecamatan, nama_kecamatan.");
            assertThat(refusal(s, write("kutip.csv", "kode,nama\n53.10.03.2100,Satu\n53.10.03.2101,\"Dua\n")))
                    .singleElement().satisfies(m -> assertThat(m).startsWith("kutip.csv cannot be read as CSV near line"));
            assertThat(refusal(s, write("kosong.csv", ""))).containsExactly("kosong.csv holds no region rows.");
            assertThat(refusal(s, write("diy.csv", "\uFEFFkode,nama\n34,Daerah Istimewa Yogyakarta\n34.04,Kabupaten Sleman\n"
                    + "34.04.01,Gamping\n"))).containsExactly("The file holds nothing of the office's regency (53.10); 3 rows of "
                    + "other regions were skipped. Choose the office's regency in Settings, or use a list that holds it.");
            Path binary = dir.resolve("bukan.csv");
            Files.write(binary, new byte[] {'k', 'o', 'd', 'e', ',', 'n', 'a', 'm', 'a', '\n', '5', '3', (byte) 0xc3, 0x28});
            assertThat(refusal(s, binary)).containsExactly(
                    "bukan.csv is not UTF-8 text. In Excel save it as \"CSV UTF-8 (Comma delimited)\".");
            Path many = write("banyak.csv", "kode,nama\n" + "x,y\n".repeat(60));
            assertThat(refusal(s, many)).hasSize(51).last().isEqualTo("… and 10 more problems.");

            assertThat(s.reference().localRegions()).hasSize(before);
            // The Indonesian texts exist for every refusal and fill in the same arguments.
            for (Path f : List.of(badCode, many, binary, nul)) {
                assertThat(refusal(s, f, new Locale("id"))).allSatisfy(m -> assertThat(m).doesNotContain("{", "Exception"));
            }
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> refusal(PayungServices s, Path file) {
        return refusal(s, file, Locale.ENGLISH);
    }

    static List<String> refusal(PayungServices s, Path file, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<FormProblem> problems = new java.util.ArrayList<>();
        assertThatThrownBy(() -> s.regionImport().importCsv(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> problems.addAll(e.problems()));
        return problems.stream().map(p -> MessageFormat.format(bundle.getString("problem." + p.code()), p.args().toArray()))
                .toList();
    }
}
