package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A late list (trial 21c H1: a 2025 list imported in December 2026 took 2025 from 5.280 to 5.494 unremarked): the
 * import counts the rows it adds to each year gone by, for the window's question and the command line's warning.
 * The services' clock stands in November 2026.
 */
class PastYearsImportTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.SQLITE);

    @TempDir
    Path dir;

    private Path list(String name, int from, int to) throws Exception {
        StringBuilder rows = new StringBuilder("NIK;Nama;Kecamatan\n");
        for (int i = from; i <= to; i++) {
            rows.append(String.format("531001120585%04d;%s;Ruteng%n", i, id.payung.service.TestData.name("Peserta Susulan", i)));
        }
        Path csv = dir.resolve(name);
        Files.writeString(csv, rows);
        return csv;
    }

    private static ImportOptions kabupaten(int year, int month, int months) {
        return ImportOptions.defaults().withFunder("APBD-KAB-MGR").withPeriod(YearMonth.of(year, month), months);
    }

    @Test
    void aListForAYearGoneByIsCountedPerYearBeforeAndAfterItIsImported() throws Exception {
        PayungServices s = engine.services();
        Path late = list("susulan 2025.csv", 1, 3);

        ImportService.Report checked = s.imports().importFile(late, kabupaten(2025, 1, 12).dry(), ImportService.Progress.NONE);
        ImportService.Report done = s.imports().importFile(late, kabupaten(2025, 1, 12), ImportService.Progress.NONE);

        assertThat(checked.pastYears()).isEqualTo(Map.of(2025, 3L));
        assertThat(done.imported()).isEqualTo(3);
        assertThat(done.pastYears()).isEqualTo(Map.of(2025, 3L));
        // The same list again adds nobody: nothing said.
        assertThat(s.imports().importFile(late, kabupaten(2025, 1, 12).dry(), ImportService.Progress.NONE).pastYears())
                .isEmpty();
    }

    @Test
    void aPeriodReachingIntoThisYearCountsForTheYearGoneByOnly() throws Exception {
        PayungServices s = engine.services();
        ImportService.Report r = s.imports().importFile(list("juli.csv", 1, 2), kabupaten(2024, 7, 24).dry(),
                ImportService.Progress.NONE);

        assertThat(r.pastYears()).isEqualTo(Map.of(2024, 2L, 2025, 2L));
    }

    @Test
    void thisYearsListSaysNothing() throws Exception {
        PayungServices s = engine.services();
        ImportService.Report r = s.imports().importFile(list("2026.csv", 1, 4), kabupaten(2026, 1, 12),
                ImportService.Progress.NONE);

        assertThat(r.imported()).isEqualTo(4);
        assertThat(r.pastYears()).isEmpty();
    }
}
