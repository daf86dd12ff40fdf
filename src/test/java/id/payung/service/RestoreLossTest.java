package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.CheckedBackup;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 23b #2: the question before a restore said "4 perubahan" where one import of 49.814 enrollments went (an
 * import is one change). The data now counts, beside its changes, the imports after the backup whose enrollments are
 * still in place, and those enrollments; an import undone since brings none and is not counted.
 */
class RestoreLossTest {
    @TempDir
    Path dir;

    private Path list(String name, List<String> niks) throws Exception {
        StringBuilder text = new StringBuilder(
                "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan\n");
        for (String nik : niks) {
            text.append(nik).append(";").append(TestData.name("Peserta", Integer.parseInt(nik.substring(12))))
                    .append(";P;20/02/1995;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2026;12\n");
        }
        return Files.writeString(dir.resolve(name), text.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void theQuestionCountsTheImportsAndTheEnrollmentsTheRestoreTakesAway() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        try (PayungServices s = PayungServices.open(file, true, TestData.CLOCK)) {
            s.imports().importFile(list("awal.csv", List.of("5310016002950001")), ImportOptions.defaults(),
                    ImportService.Progress.NONE);
            s.backups().backupTo(backup);
            long undone = s.imports().importFile(list("salah.csv", List.of("5310016002950002")), ImportOptions.defaults(),
                    ImportService.Progress.NONE).batchId();
            s.imports().undo(undone);
            var kept = s.imports().importFile(list("desa.csv", List.of("5310016002950003", "5310016002950004",
                    "5310016002950005")), ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(kept.imported()).as(kept.toString()).isEqualTo(3);

            CheckedBackup checked = s.checkBackup(backup);
            try {
                CheckedBackup.Current now = checked.current();
                assertThat(now.importsAfter()).as("desa.csv; salah.csv was undone").isEqualTo(1);
                assertThat(now.importedEnrollments()).isEqualTo(3);
            } finally {
                checked.discard();
            }
            Path fresh = dir.resolve("sekarang.db");
            s.backups().backupTo(fresh);
            CheckedBackup same = s.checkBackup(fresh);
            assertThat(same.current().importsAfter()).as("a backup of the data as it is loses no import").isZero();
            same.discard();
        }
    }
}
