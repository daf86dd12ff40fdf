package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.DatabaseOpenException;
import id.payung.service.ReferenceService;
import id.payung.service.SeedLoader;
import id.payung.service.TestData;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk filling up in the middle of an import: the import fails whole, with the reason. */
class ImportDiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aDiskFillingUpDuringAnImportFailsItWholeWithTheReason() throws Exception {
        StringBuilder rows = new StringBuilder("NIK;Nama;Kecamatan\n");
        for (int i = 1; i <= 3000; i++) {
            rows.append(String.format("531001120585%04d;%s;Ruteng%n", i,
                    id.payung.service.TestData.name("Peserta dengan nama yang cukup panjang", i)));
        }
        Path csv = dir.resolve("besar.csv");
        Files.writeString(csv, rows);
        try (Database db = Database.open(dir.resolve("payung.db"), true)) {
            new SeedLoader(db, "test").load();
            ImportService imports = new ImportService(db, new ReferenceService(db), TestData.CLOCK, "test", () -> "5310");
            String before = db.digest();
            long pages = db.read(tx -> tx.scalar("PRAGMA page_count"));
            // SQLite's page limit makes the "disk" full a few pages from now, inside the import's transaction.
            db.write(tx -> tx.scalar("PRAGMA max_page_count = " + (pages + 4)));

            Path wal = dir.resolve("payung.db-wal");
            assertThat(Files.size(wal)).as("the seeding's frames").isPositive();

            // Trial 21b M4: said as the known DISK_FULL (the window and the command line word it, naming the folder),
            // not "an unexpected error: commit failed: …"; the failed import's -wal given back to the full disk.
            assertThatThrownBy(() -> imports.importFile(csv, ImportOptions.defaults().withFunder("APBD-KAB-MGR")
                    .withPeriod(YearMonth.of(2026, 1), 12), ImportService.Progress.NONE))
                    .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                        assertThat(e.problem()).isEqualTo(DatabaseOpenException.Problem.DISK_FULL);
                        assertThat(e.file()).isEqualTo(dir.resolve("payung.db").toAbsolutePath());
                    }).hasMessageContaining("the disk is full");
            assertThat(Files.size(wal)).as("the -wal truncated after the failed write").isZero();
            assertThat(db.digest()).isEqualTo(before);
            assertThat(imports.batches()).isEmpty();
        }
    }
}
