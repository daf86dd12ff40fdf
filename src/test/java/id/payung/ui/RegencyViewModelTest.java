package id.payung.ui;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.RegencyShare;
import id.payung.service.BreakdownData;
import id.payung.service.TwoRegencies;
import id.payung.service.facade.PayungServices;
import id.payung.ui.dashboard.BreakdownViewModel;
import id.payung.ui.dashboard.DashboardViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's per-regency breakdown as a view model, without a toolkit. */
class RegencyViewModelTest {
    @TempDir
    Path dir;

    private static DashboardViewModel load(PayungServices s) {
        DashboardViewModel model = new DashboardViewModel(s.dashboard(), s.budget(), s.coverage(), new DirectTaskExecutor(),
                s.exports());
        model.load();
        return model;
    }

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine of the two-regency test; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** An SQLite file is one office's: people of two regencies' kecamatan in it are still its own, counted as one. */
    @Test
    void aFileIsOneOfficesEvenWithPeopleOfTwoRegencies() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.SQLITE);
        try (PayungServices s = TwoRegencies.open(dir.resolve("payung.db"))) {
            DashboardViewModel model = load(s);
            assertThat(model.breakdowns().regenciesShownProperty().get()).isFalse();
            // Manggarai's province cohort of 50 holds the two province-paid names: one office, one comparison.
            assertThat(model.totalProperty().get()).isEqualTo(175);
        }
    }

    @Test
    void twoRegenciesAreShownAndFollowTheYearAndTheFunder() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.POSTGRES, "regencies side by side are a server's");
        try (PayungServices s = TwoRegencies.open(engine)) {
            DashboardViewModel model = load(s);

            assertThat(model.breakdowns().regenciesShownProperty().get()).isTrue();
            // Every regency of NTT, those with none as 0 after (trial 20a: who has not reported).
            assertThat(model.breakdowns().regencies()).hasSize(22).last().extracting(RegencyShare::participants)
                    .isEqualTo(0L);
            assertThat(model.breakdowns().regencies()).filteredOn(r -> r.participants() > 0)
                    .extracting(RegencyShare::name, RegencyShare::participants)
                    .containsExactly(tuple("Kabupaten Manggarai", 155L), tuple("Kabupaten Manggarai Barat", 23L));
            // Each regency counts the larger of names and cohorts per funder in that regency: Manggarai Barat's two
            // province-paid names count beside Manggarai's province cohort of 50 (178), in the tab, the kecamatan and
            // occupation breakdowns and the pie alike (taking the larger over the whole database gave 175).
            assertThat(RegencyShare.total(model.breakdowns().regencies())).isEqualTo(178)
                    .isEqualTo(model.totalProperty().get());
            assertThat(id.payung.domain.GroupShare.total(model.breakdowns().kecamatan())).isEqualTo(178);
            assertThat(id.payung.domain.GroupShare.total(model.breakdowns().occupations())).isEqualTo(178);

            model.breakdowns().funderProperty().set(model.breakdowns().funderChoices().stream()
                    .filter(f -> f.code().equals("MANDIRI")).findFirst().orElseThrow());
            assertThat(model.breakdowns().regencies()).filteredOn(r -> r.participants() > 0)
                    .extracting(RegencyShare::code, RegencyShare::participants)
                    .containsExactly(tuple("53.10", 3L), tuple("53.15", 1L));

            model.breakdowns().funderProperty().set(null);
            model.yearProperty().set(2025);
            assertThat(model.breakdowns().regencies()).filteredOn(r -> r.participants() > 0)
                    .extracting(RegencyShare::code, RegencyShare::declared)
                    .containsExactly(tuple("53.10", 5280L));
            assertThat(model.breakdowns().regenciesShownProperty().get()).isTrue(); // the database, not the year, decides
        }
    }

    @Test
    void theExportWritesTheTabAsShownWithItsFilterAndSaysWhere() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.POSTGRES, "regencies side by side are a server's");
        try (PayungServices s = TwoRegencies.open(engine)) {
            DashboardViewModel model = load(s);
            assertThat(model.breakdowns().regencyFileName()).isEqualTo("per-kabupaten-kota-2026.xlsx");
            model.breakdowns().funderProperty().set(model.breakdowns().funderChoices().stream()
                    .filter(f -> f.code().equals("MANDIRI")).findFirst().orElseThrow());
            model.segmentProperty().set(id.payung.domain.Segment.BPU);
            assertThat(model.breakdowns().regencyFileName()).isEqualTo("per-kabupaten-kota-2026-MANDIRI-BPU.xlsx");

            Path csv = dir.resolve(model.breakdowns().regencyFileName().replace(".xlsx", ".csv"));
            model.breakdowns().exportRegencies(csv);

            assertThat(model.breakdowns().regencyExportProperty().get())
                    .isEqualTo(new BreakdownViewModel.RegencyExport(csv, null));
            // The self-paying of both regencies as the tab shows them (3 and 1), then the total.
            // The regencies with none follow as rows of 0 (each its total row only).
            assertThat(java.nio.file.Files.readAllLines(csv)).extracting(l -> l.split(";")[0] + " " + l.split(";")[7])
                    .filteredOn(l -> !l.endsWith(" 0"))
                    .containsExactly("\uFEFFKode wilayah Peserta", "53.10 3", "53.10 3", "53.15 1", "53.15 1", "\"\" 4");
            assertThat(java.nio.file.Files.readAllLines(csv)).anyMatch(l -> l.startsWith("53.71;"));
        }
    }

    @Test
    void anExportOfOneOfficesFileIsRefusedOnTheTab() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.SQLITE); // a file: once is enough
        try (PayungServices s = BreakdownData.open(dir.resolve("payung.db"))) {
            DashboardViewModel model = load(s);
            Path xlsx = dir.resolve("per-kabupaten-kota-2026.xlsx");
            model.breakdowns().exportRegencies(xlsx);

            BreakdownViewModel.RegencyExport outcome = model.breakdowns().regencyExportProperty().get();
            assertThat(outcome.saved()).isFalse();
            assertThat(outcome.failure()).isInstanceOf(id.payung.service.exporting.ExportService.NoRegenciesException.class);
            assertThat(UserMessages.describe(I18n.bundle(I18n.INDONESIAN), outcome.failure()))
                    .startsWith("Basis data ini tidak memberi peserta per kabupaten/kota");
            assertThat(xlsx).doesNotExist();
        }
    }

    @Test
    void aClerkOfOneRegencyIsNotShownTheTab() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect() == Dialect.SQLITE); // a file: once is enough
        try (PayungServices s = BreakdownData.open(dir.resolve("payung.db"))) {
            DashboardViewModel model = load(s);

            assertThat(model.yearProperty().get()).isEqualTo(2026);
            assertThat(model.breakdowns().regenciesShownProperty().get()).isFalse();
            assertThat(model.breakdowns().regencies()).isEmpty();
        }
    }
}
