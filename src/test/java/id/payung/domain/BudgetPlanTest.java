package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A year's plans added up as the Kuota dan pagu screen and {@code payung report budget} show them. */
class BudgetPlanTest {
    private static final long YEAR_PACKAGE = 201_600; // Rp 16.800 × 12, APBD (no PP 50/2025 discount)

    private static BudgetPlan plan(String code, Long quota, Long ceiling) {
        return new BudgetPlan(code, code, FunderType.APBD_KABUPATEN, 2027, quota, ceiling, YEAR_PACKAGE);
    }

    @Test
    void aFundersGapIsItsQuotaCostAgainstItsCeiling() {
        BudgetPlan province = plan("P", 4_280L, 800_000_000L);
        assertThat(province.quotaCostRp()).isEqualTo(862_848_000L);
        assertThat(province.gapRp()).as("short").isEqualTo(62_848_000L);
        assertThat(province.maxHeadcount()).isEqualTo(3_968L);
        assertThat(plan("K", 1_000L, 250_000_000L).gapRp()).as("left").isEqualTo(-48_400_000L);
        assertThat(plan("C", null, 10_000_000L).gapRp()).isNull();
        assertThat(plan("N", null, null).planned()).isFalse();
    }

    @Test
    void theTotalAddsWhatIsKnownAndTheGapOnlyWhereBothAre() {
        BudgetPlan.Total total = BudgetPlan.total(2027, List.of(plan("P", 4_280L, 800_000_000L),
                plan("K", 1_000L, 201_600_000L), plan("C", null, 10_000_000L), plan("Q", 10L, null), plan("N", null, null)));

        assertThat(total.quota()).isEqualTo(5_290L);
        assertThat(total.ceilingRp()).isEqualTo(1_011_600_000L);
        assertThat(total.quotaCostRp()).isEqualTo(1_066_464_000L);
        // A ceiling without a quota plans no shortfall, a quota without a ceiling none either: only P's and K's count.
        assertThat(total.gapRp()).isEqualTo(62_848_000L);
        assertThat(BudgetPlan.total(2027, List.of(plan("N", null, null)))).isEqualTo(new BudgetPlan.Total(2027, null, null,
                null, null));
    }
}
