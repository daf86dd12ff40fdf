package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ImportBatch;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 23b #9: one import, two times: Riwayat impor "20:14" (when it started), Jejak audit "20:15" (when it was
 * written). The history shows the time of the import's audit entry.
 */
class ImportHistoryTimeTest {
    @TempDir
    Path dir;

    static Path list(Path dir) throws Exception {
        return Files.writeString(dir.resolve("desa.csv"), """
                NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan
                5310016002950006;Rosa Delima;P;20/02/1995;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2026;12
                """, StandardCharsets.UTF_8);
    }

    /** The import's entry in the trail and its row in the history: one time. */
    static void sameTime(PayungServices s, Path list) {
        ImportService.Report report = s.imports().importFile(list, ImportOptions.defaults(), ImportService.Progress.NONE);
        assertThat(report.imported()).as(report.toString()).isEqualTo(1);
        Instant logged = s.audit().search(AuditFilter.ALL, 0, 1_000).rows().stream()
                .filter(r -> r.change().action().equals("IMPORT") && r.change().entity().equals("import_batch"))
                .map(r -> r.change().at()).findFirst().orElseThrow();
        ImportBatch batch = s.imports().batches().stream().filter(b -> b.id() == report.batchId()).findFirst().orElseThrow();
        assertThat(batch.importedAt()).isEqualTo(logged);
        assertThat(s.imports().standingImportOf(list)).hasValueSatisfying(b -> assertThat(b.importedAt()).isEqualTo(logged));
    }

    @Test
    void theHistoryShowsTheTimeTheTrailShows() throws Exception {
        try (PayungServices s = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK)) {
            sameTime(s, list(dir));
        }
    }
}
