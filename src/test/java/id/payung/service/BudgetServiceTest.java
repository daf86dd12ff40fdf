package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.BudgetForecast;
import id.payung.domain.FunderCost;
import id.payung.domain.FunderType;
import id.payung.service.facade.PayungServices;
import java.time.YearMonth;
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
