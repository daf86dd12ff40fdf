package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Segment;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Occupations as village lists write them: "tukang ojek" is the seeded "Pengemudi ojek" (it became "Lainnya"; trial
 * 12), a Kadus is a village official (so PU), a housewife (IRT) stays "Lainnya" with the usual warning.
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
}
