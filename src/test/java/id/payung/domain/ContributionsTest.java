package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contribution rules of DOMAIN.md, hand-checked. */
class ContributionsTest {
    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    private static final Set<Programme> PAIR = Set.of(Programme.JKK, Programme.JKM);
    private static final Contributions RULES = new Contributions(List.of(
            rule("BPU-JKK", Set.of(), Segment.BPU, Set.of(), Programme.JKK, RateRule.RateKind.PERCENT, null, "1", FROM, null),
            rule("BPU-JKM", Set.of(), Segment.BPU, Set.of(), Programme.JKM, RateRule.RateKind.AMOUNT, 6800L, null, FROM, null),
            rule("BPU-JHT", Set.of(), Segment.BPU, Set.of(), Programme.JHT, RateRule.RateKind.PERCENT, null, "2", FROM, null),
            rule("T-JKK", Set.of(FunderType.MANDIRI), Segment.BPU, Set.of(Sector.TRANSPORT), Programme.JKK,
                    RateRule.RateKind.DISCOUNT_PERCENT, null, "50", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31)),
            rule("T-JKM", Set.of(FunderType.MANDIRI), Segment.BPU, Set.of(Sector.TRANSPORT), Programme.JKM,
                    RateRule.RateKind.DISCOUNT_PERCENT, null, "50", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31)),
            rule("PU-JKK", Set.of(), Segment.PU, Set.of(), Programme.JKK, RateRule.RateKind.PERCENT, null, "0.24", FROM, null),
            rule("PU-JKM", Set.of(), Segment.PU, Set.of(), Programme.JKM, RateRule.RateKind.PERCENT, null, "0.30", FROM, null)));

    private static RateRule rule(String code, Set<FunderType> funders, Segment segment, Set<Sector> sectors, Programme p,
                                 RateRule.RateKind kind, Long amount, String percent, LocalDate from, LocalDate to) {
        return new RateRule(code, funders, segment, sectors, p, kind, amount, percent == null ? null : new BigDecimal(percent),
                from, to, null, null);
    }

    @Test
    void theStandardGovernmentPackageIsSixteenThousandEightHundred() {
        assertThat(RULES.monthly(FunderType.APBD_KABUPATEN, Segment.BPU, Sector.OTHER, PAIR, 1_000_000, YearMonth.of(2025, 1)))
                .isEqualTo(16_800);
        // Manggarai's regency: 1.000 workers for 12 months.
        assertThat(1_000 * RULES.forYear(FunderType.APBD_KABUPATEN, Segment.BPU, Sector.OTHER, PAIR, 1_000_000,
                YearMonth.of(2025, 1), null, 2025)).isEqualTo(201_600_000L);
        // Manggarai Barat 2025: 2.829 × 16.800 × 12.
        assertThat(2_829 * RULES.forYear(FunderType.APBD_KABUPATEN, Segment.BPU, Sector.OTHER, PAIR, 1_000_000,
                YearMonth.of(2024, 6), YearMonth.of(2026, 5), 2025)).isEqualTo(570_326_400L);
    }

    @Test
    void theDiscountHalvesSelfPayingOjekDriversButNotBudgetPaidOnes() {
        YearMonth jan2026 = YearMonth.of(2026, 1);
        assertThat(RULES.monthly(FunderType.MANDIRI, Segment.BPU, Sector.TRANSPORT, PAIR, 1_000_000, jan2026)).isEqualTo(8_400);
        assertThat(RULES.monthly(FunderType.APBD_KABUPATEN, Segment.BPU, Sector.TRANSPORT, PAIR, 1_000_000, jan2026))
                .isEqualTo(16_800);
        assertThat(RULES.monthly(FunderType.MANDIRI, Segment.BPU, Sector.TRANSPORT, PAIR, 1_000_000, YearMonth.of(2025, 12)))
                .isEqualTo(16_800);
    }

    @Test
    void oldAgeSavingsAndVillageOfficials() {
        assertThat(RULES.monthly(FunderType.MANDIRI, Segment.BPU, Sector.OTHER,
                Set.of(Programme.JKK, Programme.JKM, Programme.JHT), 1_000_000, YearMonth.of(2025, 1))).isEqualTo(36_800);
        assertThat(RULES.monthly(FunderType.APBDES, Segment.PU, Sector.OTHER, PAIR, 1_000_000, YearMonth.of(2025, 1)))
                .isEqualTo(5_400);
    }
}
