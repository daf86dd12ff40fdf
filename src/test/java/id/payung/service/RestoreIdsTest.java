package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore keeps the later trail (trial 21b #1), so the ids that trail names are never given again: import A, undo
 * it, restore a backup made before A, import B: B is not "impor #2" a second time, and B's people's history does not
 * name A's file. The same for a person and an enrollment added by hand.
 */
class RestoreIdsTest {
    @TempDir
    Path dir;

    private Path list(String name, String nik, String fullName) throws Exception {
        return Files.writeString(dir.resolve(name), """
                NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan
                %s;%s;P;20/02/1995;Wae Rii;Petani;APBD Kabupaten Manggarai;01/2026;12
                """.formatted(nik, fullName), StandardCharsets.UTF_8);
    }

    @Test
    void aRestoreNeverGivesTheIdsOfTheTrailItKeptAgain() throws Exception {
        Path file = dir.resolve("payung.db");
        Path backup = dir.resolve("pagi.db");
        long batchA;
        long personByHand;
        long enrollmentByHand;
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        try {
            s.backups().backupTo(backup);
            batchA = s.imports().importFile(list("a.csv", "5310016002950006", "Rosa Delima"), ImportOptions.defaults(),
                    ImportService.Progress.NONE).batchId();
            s.imports().undo(batchA);
            EnrollmentService.Saved saved = s.enrollments().enrol(TestData.form("5310016607800005", "Maria Goreti",
                    "MANDIRI", YearMonth.of(2026, 1), null));
            personByHand = saved.personId();
            enrollmentByHand = saved.enrollmentId();
            s = s.restore(backup);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        try (PayungServices restored = s) {
            var reportB = restored.imports().importFile(list("b.csv", "5310016002950014", "Yosef Ndun"),
                    ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(reportB.imported()).as(reportB.toString()).isEqualTo(1);
            long batchB = reportB.batchId();
            assertThat(batchB).as("import B's number").isNotEqualTo(batchA).isGreaterThan(batchA);
            long yosef = restored.enrollments().personByNik("5310016002950014").orElseThrow().id();
            assertThat(restored.enrollments().history(yosef).changes())
                    .as("Yosef came in with b.csv only")
                    .allSatisfy(c -> assertThat(c.after()).doesNotContain("a.csv"))
                    .anySatisfy(c -> assertThat(c.after()).contains("b.csv"));

            EnrollmentService.Saved again = restored.enrollments().enrol(TestData.form("5310015508850008", "Agnes Ndoang",
                    "MANDIRI", YearMonth.of(2026, 1), null));
            assertThat(again.personId()).as("a person's id the kept trail names").isGreaterThan(personByHand);
            assertThat(again.enrollmentId()).as("an enrollment's id the kept trail names").isGreaterThan(enrollmentByHand);
            assertThat(restored.enrollments().history(again.personId()).changes())
                    .allSatisfy(c -> assertThat(String.valueOf(c.after())).doesNotContain("Maria"));
        }
    }
}
