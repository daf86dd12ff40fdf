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
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

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

    /** The dashboard's count of a funder in a year. */
    private static long counted(PayungServices s, int year, String funder) {
        return s.dashboard().fundingShares(year).stream().filter(f -> f.funderCode().equals(funder))
                .mapToLong(id.payung.domain.FundingShare::participants).sum();
    }

    /**
     * Trial 23a: 2 late provincial names of 2025 were said to change 2025's reported numbers, which stayed 4.280 /
     * 1.000 / 5.280: the names fall inside the cohort of 4.280. The import says so, before and after, and the
     * dashboard agrees.
     */
    @Test
    void namesInsideTheYearsCohortLeaveItsNumberAsItWas() throws Exception {
        PayungServices s = engine.services();
        Path late = list("susulan prov 2025.csv", 1, 2);
        ImportOptions prov = ImportOptions.defaults().withFunder("APBD-PROV-NTT").withPeriod(YearMonth.of(2025, 1), 12);

        ImportService.Report checked = s.imports().importFile(late, prov.dry(), ImportService.Progress.NONE);
        ImportService.Report done = s.imports().importFile(late, prov, ImportService.Progress.NONE);

        for (ImportService.Report r : java.util.List.of(checked, done)) {
            assertThat(r.pastYearChanges()).singleElement().satisfies(c -> {
                assertThat(c.year()).isEqualTo(2025);
                assertThat(c.funderCode()).isEqualTo("APBD-PROV-NTT");
                assertThat(c.names()).isEqualTo(2);
                assertThat(c.cohort()).isEqualTo(4280);
                assertThat(c.before()).isEqualTo(4280);
                assertThat(c.after()).isEqualTo(4280);
                assertThat(c.changes()).isFalse();
            });
        }
        assertThat(done.written()).isTrue();
        assertThat(counted(s, 2025, "APBD-PROV-NTT")).isEqualTo(4280);
        java.util.ResourceBundle bahasa = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(id.payung.domain.PastYearChange.within(checked.pastYearChanges(), bahasa))
                .isEqualTo("2 nama masuk dalam kelompok 4.280 peserta APBD Provinsi NTT 2025; angka tahun itu tetap");
        assertThat(id.payung.domain.PastYearChange.changed(checked.pastYearChanges(), bahasa)).isNull();
    }

    /** Names of a year without a cohort change its number: from what to what, as the dashboard then counts it. */
    @Test
    void namesBeyondTheYearsCohortChangeItsNumberFromWhatToWhat() throws Exception {
        PayungServices s = engine.services();
        Path late = list("susulan 2020.csv", 1, 3);

        ImportService.Report checked = s.imports().importFile(late, kabupaten(2020, 1, 12).dry(), ImportService.Progress.NONE);
        ImportService.Report done = s.imports().importFile(late, kabupaten(2020, 1, 12), ImportService.Progress.NONE);

        for (ImportService.Report r : java.util.List.of(checked, done)) {
            assertThat(r.pastYearChanges()).singleElement().satisfies(c -> {
                assertThat(c.before()).isZero();
                assertThat(c.after()).isEqualTo(3);
                assertThat(c.changes()).isTrue();
            });
        }
        assertThat(counted(s, 2020, "APBD-KAB-MGR")).isEqualTo(3);
        java.util.ResourceBundle bahasa = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(id.payung.domain.PastYearChange.changed(done.pastYearChanges(), bahasa))
                .isEqualTo("APBD Kabupaten Manggarai 2020 dari 0 menjadi 3 peserta");
    }
}
