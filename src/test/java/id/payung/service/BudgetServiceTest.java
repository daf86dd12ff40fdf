package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.BudgetForecast;
import id.payung.domain.FunderCost;
import id.payung.domain.FunderType;
import id.payung.service.facade.PayungServices;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Budgets on the seeded data, checked by hand. */
class BudgetServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void costPerFunderFor2025() {
        try (PayungServices s = engine.services()) {
            assertThat(s.budget().costs(2025)).extracting(FunderCost::funderCode, FunderCost::participants, FunderCost::costRp)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("APBD-PROV-NTT", 4280L, 862_848_000L),  // 4.280 × 16.800 × 12
                            org.assertj.core.groups.Tuple.tuple("APBD-KAB-MGR", 1000L, 201_600_000L)); // 1.000 × 16.800 × 12
        }
    }

    @Test
    void namedSelfPayingOjekDriversGetTheDiscountMonthByMonth() {
        try (PayungServices s = engine.services()) {
            // TestData.form: an ojek driver (transport), income Rp 1.000.000, JKK+JKM; 2026: discount all year.
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
            assertThat(s.budget().costs(2026)).singleElement().satisfies(c -> {
                assertThat(c.fromCohorts()).isFalse();
                assertThat(c.costRp()).isEqualTo(12 * 8_400L);
            });
        }
    }

    /**
     * A funder's cost and its regencies' costs are one rule: for every funder, {@link BudgetService#costs} equals the
     * sum of {@link BudgetService#costsByRegencyAndFunder} over the regencies, and the regencies add up to the
     * funders; here with a cohort that outweighs its funder's names, names alone, a discount and a scope.
     */
    @Test
    void eachFundersCostIsTheSumOfItsRegenciesCosts() {
        try (PayungServices s = engine.services()) {
            YearMonth jan25 = YearMonth.of(2025, 1);
            // Two names beside the regency's cohort of 1.000 (the cohort counts, so do its costs); self-paying names,
            // an ojek driver's discounted 2026 among them; a CSR's names over both years.
            s.enrollments().enrol(TestData.form("5310011205850001", "Yohanes", "APBD-KAB-MGR", jan25, jan25.plusMonths(11)));
            s.enrollments().enrol(TestData.form("5310014506900002", "Maria", "APBD-KAB-MGR", jan25, jan25.plusMonths(5)));
            s.enrollments().enrol(TestData.form("5310015204850003", "Agnes", "MANDIRI", jan25.plusMonths(6), null));
            s.enrollments().enrol(TestData.form("5310010309800004", "Stefanus", "CSR", jan25.plusMonths(3),
                    jan25.plusMonths(20)));
            for (int year : new int[] {2025, 2026}) {
                assertFundersAreTheirRegencies(s.budget(), year, id.payung.domain.Scope.ALL);
            }
            assertThat(s.budget().costs(2025)).extracting(FunderCost::funderCode, FunderCost::costRp).contains(
                    org.assertj.core.groups.Tuple.tuple("APBD-KAB-MGR", 201_600_000L), // the cohort, not its names
                    org.assertj.core.groups.Tuple.tuple("CSR", 9 * 16_800L));
        }
    }

    /**
     * The same on a server with two regencies (skipped on SQLite: a file is one office's): the province's cohort of
     * 50 in Manggarai counts there, its two names in Manggarai Barat there; each regency's cost per funder adds up to
     * the funder's.
     */
    @Test
    void aFundersCohortInOneRegencyAndNamesInAnotherCostWhatTheirRegenciesCost() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            assertFundersAreTheirRegencies(s.budget(), 2026, id.payung.domain.Scope.ALL);
            Map<String, Map<String, Long>> byRegency = s.budget().costsByRegencyAndFunder(2026, id.payung.domain.Scope.ALL);
            assertThat(byRegency.get(TwoRegencies.MANGGARAI_BARAT)).containsEntry("APBD-PROV-NTT", 2 * 12 * 16_800L);
            assertThat(byRegency.get(TwoRegencies.MANGGARAI)).containsKey("APBD-PROV-NTT");
        }
    }

    private static void assertFundersAreTheirRegencies(BudgetService budget, int year, id.payung.domain.Scope scope) {
        List<FunderCost> funders = budget.costs(year, scope);
        Map<String, Map<String, Long>> byRegency = budget.costsByRegencyAndFunder(year, scope);
        Map<String, Long> summed = new HashMap<>();
        byRegency.values().forEach(m -> m.forEach((funder, rp) -> summed.merge(funder, rp, Long::sum)));
        assertThat(funders).as("%d: some cost to compare", year).anyMatch(c -> c.costRp() > 0);
        assertThat(summed).as("%d: each funder's regencies", year).isEqualTo(funders.stream()
                .collect(java.util.stream.Collectors.toMap(FunderCost::funderCode, FunderCost::costRp)));
        assertThat(budget.costsByRegency(year, scope).values().stream().mapToLong(Long::longValue).sum())
                .as("%d: the regencies' total", year).isEqualTo(funders.stream().mapToLong(FunderCost::costRp).sum());
    }

    @Test
    void whatRp250MillionPaysForIn2026() {
        try (PayungServices s = engine.services()) {
            BudgetForecast f = s.budget().forecast(FunderType.APBD_KABUPATEN, 2026, 250_000_000L, 1_500L);
            assertThat(f.perPersonRp()).isEqualTo(201_600L);
            assertThat(f.maxHeadcount()).isEqualTo(1_240L); // 1.240 × 201.600 = 249.984.000
            assertThat(f.targetCostRp()).isEqualTo(302_400_000L);
            assertThat(f.gapRp()).isEqualTo(52_400_000L);
        }
    }
}
