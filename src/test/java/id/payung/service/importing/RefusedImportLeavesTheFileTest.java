package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: "a cancelled or refused import leaves the database file byte-for-byte as it was" — with the clerk's
 * corrections too, which are kept outside the database ({@link RefusedCorrections}) and still offered after a restart.
 */
class RefusedImportLeavesTheFileTest {
    private static final String HEAD = "NIK;Nama;Tgl Lahir;Kecamatan\r\n";

    @TempDir
    Path dir;

    private Path list(String name, String... rows) throws Exception {
        return Files.write(dir.resolve(name), (HEAD + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ImportOptions year2026() {
        return ImportOptions.defaults().withFunder("APBD-KAB-MGR").withPeriod(YearMonth.of(2026, 1), 12);
    }

    private PayungServices open(Path file) {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        s.imports().keepRefusedCorrectionsIn(dir.resolve("data").resolve("refused-imports"));
        return s;
    }

    @Test
    void aRefusedImportWithCorrectionsLeavesTheDatabaseFileByteForByteAsItWas() throws Exception {
        Path db = dir.resolve("payung.db");
        try (PayungServices s = open(db)) {
            assertThat(s.imports().importFile(list("daftar-2025.csv", "5310011505900017;Yohanes Jehamu;15/05/1990;Ruteng"),
                    ImportOptions.defaults().withFunder("APBD-KAB-MGR").withPeriod(YearMonth.of(2025, 1), 12),
                    ImportService.Progress.NONE).imported()).isEqualTo(1);
        }
        try (PayungServices s = open(db)) {
            s.dashboard(); // opened and closed once more as it is: whatever opening writes is written
        }
        assertThat(db.resolveSibling("payung.db-wal")).as("closing folds the WAL into the file").doesNotExist();
        Path before = Files.copy(db, dir.resolve("sebelum.db"));

        Path desa = list("desa-2026.csv", "53100101029100;Petrus Nabu;01/02/1991;Ruteng",
                "531001150590001;Yohanes Jehamat;15/05/1990;Ruteng", "123;Orang Salah;01/01/1990;Ruteng");
        Map<ImportOptions.CellFix, String> fixes = new LinkedHashMap<>();
        fixes.put(new ImportOptions.CellFix(2, "NIK"), "5310010102910002");
        fixes.put(new ImportOptions.CellFix(3, "NIK"), "5310011505900017");
        fixes.put(new ImportOptions.CellFix(3, "Nama"), "Yohanes Jehamu");
        try (PayungServices s = open(db)) {
            ImportService.Report refused = s.imports().importFile(desa, year2026().withFixes(fixes),
                    ImportService.Progress.NONE);
            assertThat(refused.written()).isFalse();
            assertThat(refused.rejected()).isEqualTo(1);
        }
        assertThat(db.resolveSibling("payung.db-wal")).doesNotExist();
        assertThat(Files.mismatch(before, db)).as("the database file byte for byte as before the refused import")
                .isEqualTo(-1L);

        try (PayungServices s = open(db)) {
            assertThat(s.imports().earlierFixes(desa, year2026()).asFixes()).as("the corrections kept all the same")
                    .containsOnlyKeys(new ImportOptions.CellFix(3, "NIK"), new ImportOptions.CellFix(3, "Nama"));
        }
    }
}
