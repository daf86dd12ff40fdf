package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.CoverageStatus;
import id.payung.domain.EventKind;
import id.payung.domain.FundingShare;
import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.store.Database;
import id.payung.ui.awards.AwardsViewModel;
import id.payung.ui.dashboard.DashboardViewModel;
import id.payung.ui.enrollments.CohortRow;
import id.payung.ui.enrollments.CohortsViewModel;
import id.payung.ui.enrollments.RegisterViewModel;
import id.payung.ui.funders.FundingSourcesViewModel;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View models on a real seeded database, without a JavaFX toolkit. */
class ViewModelTest {
    @TempDir
    Path dir;

    private PayungServices services;
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();

    @BeforeEach
    void open() {
        Path file = dir.resolve("payung.db");
        PayungServices.open(file, true, TestData.CLOCK).close();
        try (Database db = Database.open(file, false)) {
            new TestData(db).enrol("MANDIRI", YearMonth.of(2026, 1), YearMonth.of(2026, 6));
        }
        services = PayungServices.open(file, false, TestData.CLOCK);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void dashboardStartsOnTheLatestYearAndFollowsTheChosenYear() {
        DashboardViewModel model = new DashboardViewModel(services.dashboard(), services.budget(), services.coverage(), tasks,
                services.exports());

        model.load();

        assertThat(model.years()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(model.yearProperty().get()).isEqualTo(2026);
        assertThat(model.shares()).extracting(FundingShare::funderCode).containsExactly("MANDIRI");

        model.yearProperty().set(2025);

        assertThat(model.shares()).extracting(FundingShare::participants).containsExactly(4280L, 1000L);
        assertThat(model.totalProperty().get()).isEqualTo(5280);
        assertThat(model.costs()).containsEntry("APBD-KAB-MGR", 201_600_000L).containsEntry("APBD-PROV-NTT", 862_848_000L);
        assertThat(model.totalCostProperty().get()).isEqualTo(1_064_448_000L);
        assertThat(model.trend()).extracting(DashboardViewModel.TrendPoint::year).contains(2023, 2024, 2025, 2026);
        assertThat(model.breakdowns().kecamatan()).extracting(id.payung.domain.GroupShare::participants).containsExactly(5280L);
        assertThat(model.breakdowns().occupations()).extracting(id.payung.domain.GroupShare::participants)
                .containsExactly(5280L);
        assertThat(model.coverage().coverageProperty().get().unknownKecamatan()).isEqualTo(5280);

        model.yearProperty().set(2023);

        assertThat(model.shares()).extracting(FundingShare::funderCode).containsExactly("APBD-KAB-MGR");
        assertThat(model.totalProperty().get()).isEqualTo(1000);
    }

    @Test
    void theDashboardSaysWhatTheGovernmentBudgetsPayBesideTheTotal() {
        DashboardViewModel model = new DashboardViewModel(services.dashboard(), services.budget(), services.coverage(), tasks,
                services.exports());
        model.load();

        // 2026: one self-paying worker, six months: a cost, none of it the budgets'.
        assertThat(model.shares()).extracting(FundingShare::funderCode).containsExactly("MANDIRI");
        assertThat(model.totalCostProperty().get()).isPositive();
        assertThat(model.governmentCostProperty().get()).isZero();
        assertThat(model.governmentCostShownProperty().get()).as("a part of the total: shown").isTrue();

        model.yearProperty().set(2025);

        // APBD Provinsi NTT and APBD Kabupaten Manggarai: all of it the budgets'.
        assertThat(model.governmentCostProperty().get()).isEqualTo(1_064_448_000L)
                .isEqualTo(model.totalCostProperty().get());
        // Then the line repeats the total: left out, as in the year report (trial 21a).
        assertThat(model.governmentCostShownProperty().get()).isFalse();
    }

    @Test
    void listenersOnTheDashboardsListsSurviveGarbageCollection() {
        // A view made per call would only be held weakly by its list and vanish with its listeners.
        DashboardViewModel model = new DashboardViewModel(services.dashboard(), services.budget(), services.coverage(), tasks,
                services.exports());
        int[] changes = {0, 0, 0};
        model.trend().addListener((javafx.collections.ListChangeListener<DashboardViewModel.TrendPoint>) c -> changes[0]++);
        model.breakdowns().kecamatan().addListener(
                (javafx.collections.ListChangeListener<id.payung.domain.GroupShare>) c -> changes[1]++);
        model.shares().addListener((javafx.collections.ListChangeListener<FundingShare>) c -> changes[2]++);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        model.load();

        assertThat(changes).as("trend, kecamatan and shares each heard their change").doesNotContain(0);
    }

    @Test
    void anotherOrderReloadsThePageWithoutCountingAgain() {
        int[] reads = {0};
        TaskExecutor counting = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                reads[0]++;
                tasks.execute(task);
            }

            @Override
            public void onFx(Runnable update) {
                update.run();
            }

            @Override
            public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
                return tasks.busyProperty();
            }

            @Override
            public javafx.beans.property.ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
                return tasks.shownTaskProperty();
            }
        };
        RegisterViewModel register = new RegisterViewModel(services.register(), services.enrollments(),
                services.reference(), services.exports(), counting, TestData.CLOCK);
        register.refresh();
        long total = register.countsProperty().get().total();
        int before = reads[0];

        register.sortProperty().set(new id.payung.domain.RegisterSort(id.payung.domain.RegisterSort.Column.NAME, false));

        assertThat(reads[0] - before).as("the page only: the same enrollments need no new count").isEqualTo(1);
        assertThat(register.rows()).isNotEmpty();
        assertThat(register.countsProperty().get().total()).isEqualTo(total);

        before = reads[0];
        register.searchProperty().set("zzz");
        assertThat(reads[0] - before).as("another filter: page and count").isEqualTo(2);
        assertThat(register.countsProperty().get().matching()).isZero();
    }

    @Test
    void registerShowsMaskedNiksAndCohortsWithStatus() {
        RegisterViewModel register = new RegisterViewModel(services.register(), services.enrollments(),
                services.reference(), services.exports(), tasks, TestData.CLOCK);
        CohortsViewModel cohorts = new CohortsViewModel(services.register(), services.cohorts(), tasks, TestData.CLOCK);

        register.load();
        cohorts.load();

        assertThat(register.rows()).singleElement().satisfies(row -> {
            assertThat(row.nikShown()).isEqualTo("531001********01");
            assertThat(row.status()).isEqualTo(CoverageStatus.ENDED);
            assertThat(row.funder()).isEqualTo("Mandiri (bayar sendiri)");
        });
        assertThat(register.countsProperty().get().matching()).isEqualTo(1);
        assertThat(register.funderChoices()).hasSize(6);
        assertThat(cohorts.cohorts()).extracting(CohortRow::year, CohortRow::participants).contains(
                org.assertj.core.groups.Tuple.tuple(2025, 4280L), org.assertj.core.groups.Tuple.tuple(2025, 1000L));
        assertThat(cohorts.cohorts()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CoverageStatus.ENDED));
    }

    @Test
    void awardsSelectTheNewestAward() {
        AwardsViewModel model = new AwardsViewModel(services.reference(), services.events(), tasks);

        model.load();

        assertThat(model.events()).hasSize(3);
        assertThat(model.selectedProperty().get().kind()).isEqualTo(EventKind.AWARD);
        assertThat(model.selectedProperty().get().presenter()).startsWith("Arief Wahyudhi");
    }

    @Test
    void fundingSourcesAndRules() {
        FundingSourcesViewModel model = new FundingSourcesViewModel(services.reference(), services.funding(), services.budget(), tasks, TestData.CLOCK);

        model.load();

        assertThat(model.sources()).hasSize(6);
        assertThat(model.rules()).extracting(r -> r.code()).contains("BPU-JKK", "BPU-JKM", "PU-JKK", "PU-JKM");
        // As on the dashboard: oldest year first, opening on the current year (23/11/2026).
        assertThat(model.years()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028);
        assertThat(model.budgetYearProperty().get()).isEqualTo(2026);
        model.budgetYearProperty().set(2027);
        assertThat(model.budgets()).hasSize(6).allSatisfy(b -> assertThat(b.quota()).isNull());

        model.saveBudget(new id.payung.domain.FundingBudget("APBD-KAB-MGR", 2027, 1000L, 201_600_000L));
        model.saveBudget(new id.payung.domain.FundingBudget("APBD-PROV-NTT", 2027, 4280L, 800_000_000L));
        model.load();

        assertThat(model.budgets()).filteredOn(b -> b.funder().code().equals("APBD-KAB-MGR")).singleElement()
                .satisfies(b -> {
                    assertThat(b.ceilingRp()).isEqualTo(201_600_000L);
                    assertThat(b.maxHeadcount()).isEqualTo(1_000L);
                    assertThat(b.gapRp()).isZero();
                });
        // The year's total: 5.280 people cost Rp 1.064.448.000 against Rp 1.001.600.000 planned, Rp 62.848.000 short.
        assertThat(model.budgetTotalProperty().get()).satisfies(t -> {
            assertThat(t.isTotal()).isTrue();
            assertThat(t.quota()).isEqualTo(5_280L);
            assertThat(t.ceilingRp()).isEqualTo(1_001_600_000L);
            assertThat(t.quotaCostRp()).isEqualTo(1_064_448_000L);
            assertThat(t.gapRp()).isEqualTo(62_848_000L);
        });
    }
}
