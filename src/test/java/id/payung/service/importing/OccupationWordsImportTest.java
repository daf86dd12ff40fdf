package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Segment;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.domain.Occupation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Occupations as village lists write them: "tukang ojek" is the seeded "Pengemudi ojek" (it became "Lainnya"; trial
 * 12), a Kadus is a village official (so PU), a housewife (IRT) stays "Lainnya" with the usual warning. The e-KTP's
 * own wording (the Dukcapil list) and the village officials' real titles (Kaur …, Kasi …, Kades) were "Lainnya", so
 * BPU at the BPU package and missing from the count of protected perangkat desa (trial 18, MEDIUM 25).
 */
class OccupationWordsImportTest {
    @TempDir
    Path dir;

    @Test
    void theWordsVillagesUseNameTheSeededOccupations() throws Exception {
        Path list = Files.writeString(dir.resolve("desa.csv"), """
                NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan
                5310011205850001;Andi Jehadu;L;12/05/1985;Wae Rii;tukang ojek
                5310011305850002;Yosef Ndala;L;13/05/1985;Wae Rii;KADUS
                5310015404850003;Maria Nabu;P;14/04/1985;Wae Rii;IRT
                5310011505850004;Petrus Jelahu;L;15/05/1985;Wae Rii;Supir
                """, StandardCharsets.UTF_8);
        try (PayungServices s = TestData.seeded(dir)) {
            ImportService.Report r = s.imports().importFile(list, new ImportOptions("APBD-KAB-MGR", YearMonth.of(2026, 1),
                    12, null, false, false, null, null), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(4);
            assertThat(r.problems()).filteredOn(p -> p.problem().code().equals("IMPORT_OTHER_OCCUPATION"))
                    .extracting(RowProblem::row).containsExactly(4);
            assertThat(s.enrollments().form(1).occupationCode()).isEqualTo("OJEK");
            assertThat(s.enrollments().form(2).occupationCode()).isEqualTo("PERANGKAT-DESA");
            assertThat(s.enrollments().form(2).segment()).isEqualTo(Segment.PU);
            assertThat(s.enrollments().form(3).occupationCode()).isEqualTo("LAINNYA");
            assertThat(s.enrollments().form(4).occupationCode()).isEqualTo("SOPIR");
        }
    }

    /** Imports one row per occupation text (serials 0001 up, so row n is enrollment n) and returns the report. */
    private ImportService.Report importOccupations(PayungServices s, List<String> texts) throws Exception {
        StringBuilder csv = new StringBuilder("NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan\n");
        for (int i = 0; i < texts.size(); i++) {
            csv.append(String.format("531001010180%04d;%s;L;01/01/1980;Wae Rii;%s%n", i + 1,
                    id.payung.service.TestData.name("Orang", i + 1), texts.get(i)));
        }
        Path list = Files.writeString(dir.resolve("pekerjaan.csv"), csv, StandardCharsets.UTF_8);
        ImportService.Report r = s.imports().importFile(list, new ImportOptions("APBDES-MGR", YearMonth.of(2026, 1),
                12, null, false, false, null, null), ImportService.Progress.NONE);
        assertThat(r.imported()).isEqualTo(texts.size());
        return r;
    }

    /**
     * Every entry of the Dukcapil "Jenis Pekerjaan" list (as OpenSID ships it; source in the resource) is recorded
     * as the occupation the resource names: Petani/Pekebun a Petani, Kepala Desa a village official (PU), the
     * rest of Payung's occupations by their KTP names, and everything else "Lainnya" with the usual warning.
     */
    @Test
    void everyDukcapilOccupationIsRecordedAsTheListSays() throws Exception {
        List<String[]> entries = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
                "/occupations/dukcapil-jenis-pekerjaan.csv"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("id;")) {
                    entries.add(line.split(";"));
                }
            }
        }
        assertThat(entries).hasSize(89);
        try (PayungServices s = TestData.seeded(dir)) {
            ImportService.Report r = importOccupations(s, entries.stream().map(e -> e[1]).toList());
            List<Integer> warned = r.problems().stream().filter(p -> p.problem().code().equals("IMPORT_OTHER_OCCUPATION"))
                    .map(RowProblem::row).toList();
            for (int i = 0; i < entries.size(); i++) {
                String name = entries.get(i)[1];
                String expected = entries.get(i)[2];
                assertThat(s.enrollments().form(i + 1).occupationCode()).as(name).isEqualTo(expected);
                assertThat(s.enrollments().form(i + 1).segment()).as(name)
                        .isEqualTo(Occupation.isVillageOfficial(expected) ? Segment.PU : Segment.BPU);
                // "Lainnya" itself is the office's occupation; any other entry recorded as Lainnya is warned about.
                assertThat(warned.contains(i + 2)).as(name).isEqualTo(expected.equals("LAINNYA") && !name.equals("LAINNYA"));
            }
        }
    }

    /**
     * The titles of a village's officials (Permendagri 84/2015, and the older PP 72/2005 units still in use), written
     * out or shortened, are perangkat desa (PU); words that may mean another office are not guessed into it.
     */
    @Test
    void villageOfficialsByTheirTitlesArePerangkatDesaAndAmbiguousWordsAreNot() throws Exception {
        Map<String, Boolean> titles = new java.util.LinkedHashMap<>();
        for (String t : List.of("Sekretaris Desa", "Sekdes", "Kepala Urusan Tata Usaha dan Umum", "Kaur Tata Usaha dan Umum",
                "Kaur TU & Umum", "Kaur Umum", "Kaur Umum dan Perencanaan", "Kepala Urusan Keuangan", "Kaur Keuangan",
                "KAUR KEU", "Kaur Perencanaan", "Kaur. Keuangan Desa", "Kepala Seksi Pemerintahan", "Kasi Pemerintahan",
                "Kasi Kesejahteraan", "Kasi Kesra", "Kasi Pelayanan", "Kasi Kesejahteraan dan Pelayanan",
                "Kaur Pembangunan", "Kepala Dusun", "Kadus", "Kepala Dusun Lenda", "KADUS II", "Kepala Desa", "Kades",
                "Kepala Desa Ranggi", "Kaur", "Kasi")) {
            titles.put(t, true);
        }
        for (String t : List.of("Staf Desa", "Staf", "Staf Kaur Keuangan", "Operator Desa", "Anggota BPD", "Ketua BPD",
                "Kasi Pemerintahan Kecamatan", "Kasir", "Mantan Kepala Desa", "Pj. Kepala Desa", "Kepala Sekolah",
                "Kepala Urusan", "Kepala Seksi", "Sekretaris", "Pendamping Desa")) {
            titles.put(t, false);
        }
        List<String> texts = new ArrayList<>(titles.keySet());
        try (PayungServices s = TestData.seeded(dir)) {
            importOccupations(s, texts);
            for (int i = 0; i < texts.size(); i++) {
                boolean official = titles.get(texts.get(i));
                assertThat(s.enrollments().form(i + 1).occupationCode()).as(texts.get(i))
                        .isEqualTo(official ? Occupation.VILLAGE_OFFICIAL : "LAINNYA");
                assertThat(s.enrollments().form(i + 1).segment()).as(texts.get(i))
                        .isEqualTo(official ? Segment.PU : Segment.BPU);
            }
        }
    }

    /** The trial's own file (trial 18, MEDIUM 25): its Kaur, Kasi and Kades rows are PU, Petani/Pekebun a Petani. */
    @Test
    void theTrialsVillageListRecordsItsOfficialsAsPerangkatDesa() throws Exception {
        Path list = dir.resolve("pekerjaan-test.csv");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/occupations/trial18-pekerjaan.csv"))) {
            Files.write(list, in.readAllBytes());
        }
        try (PayungServices s = TestData.seeded(dir)) {
            ImportService.Report r = s.imports().importFile(list, new ImportOptions("APBDES-MGR", YearMonth.of(2026, 1),
                    12, null, false, false, null, null), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(20);
            List<String> codes = new ArrayList<>();
            for (long id = 1; id <= 20; id++) {
                codes.add(s.enrollments().form(id).occupationCode());
            }
            String pd = Occupation.VILLAGE_OFFICIAL;
            assertThat(codes).containsExactly(pd, pd, pd, pd, pd, pd, pd, pd, pd, pd,
                    "LAINNYA", "LAINNYA", "LAINNYA", "OJEK", "OJEK", "PETANI", "LAINNYA", "LAINNYA", "LAINNYA", "NELAYAN");
            // Staf Desa, Anggota BPD, Operator Desa, Ibu Rumah Tangga, Wiraswasta, Buruh Harian Lepas: warned.
            assertThat(r.problems()).filteredOn(p -> p.problem().code().equals("IMPORT_OTHER_OCCUPATION"))
                    .extracting(RowProblem::row).containsExactly(12, 13, 14, 18, 19, 20);
        }
    }

    /** A village's list of its officials names the post in a "Jabatan" column: read as the occupation. */
    @Test
    void aJabatanColumnIsTheOccupation() throws Exception {
        Path list = Files.writeString(dir.resolve("perangkat.csv"), """
                NO;NIK;NAMA;L/P;TANGGAL LAHIR;KECAMATAN;JABATAN
                1;5310011205850001;Andi Jehadu;L;12/05/1985;Wae Rii;Kaur Keuangan
                2;5310011305850002;Yosef Ndala;L;13/05/1985;Wae Rii;Staf Desa
                """, StandardCharsets.UTF_8);
        try (PayungServices s = TestData.seeded(dir)) {
            ImportService.Report r = s.imports().importFile(list, new ImportOptions("APBDES-MGR", YearMonth.of(2026, 1),
                    12, null, false, false, null, null), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(2);
            assertThat(s.enrollments().form(1).occupationCode()).isEqualTo(Occupation.VILLAGE_OFFICIAL);
            assertThat(s.enrollments().form(1).segment()).isEqualTo(Segment.PU);
            assertThat(s.enrollments().form(2).occupationCode()).isEqualTo("LAINNYA");
        }
    }
}
