package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.payung.domain.Sector;
import id.payung.domain.SelfPayingTariff;
import id.payung.domain.SelfPayingTransition;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** From government-paid to self-paying, on a hand-made register; "today" is November 2026. */
class TransitionServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /**
     * TestData persons are ojek drivers (transport), income Rp 1.000.000, JKK+JKM: Rp 16.800 a month,
     * Rp 8.400 for self-paying transport workers through 2026 (PP 50/2025).
     */
    private PayungServices register() {
        engine.services().close();
        Database db = engine.open();
        TestData t = new TestData(db);
        long p1 = t.enrol("APBD-KAB-MGR", YearMonth.of(2023, 1), YearMonth.of(2024, 12));
        t.enrolAgain(p1, "MANDIRI", YearMonth.of(2025, 1), null);                    // 2024: continued, still paying
        t.enrol("APBD-KAB-MGR", YearMonth.of(2023, 1), YearMonth.of(2024, 12)); // 2024: stopped
        long p3 = t.enrol("APBD-PROV-NTT", YearMonth.of(2025, 1), YearMonth.of(2025, 12));
        t.enrolAgain(p3, "MANDIRI", YearMonth.of(2026, 4), YearMonth.of(2026, 9));   // 2025: continued, lapsed since
        long p4 = t.enrol("MANDIRI", YearMonth.of(2024, 1), YearMonth.of(2024, 12));
        t.enrolAgain(p4, "APBD-KAB-MGR", YearMonth.of(2025, 1), YearMonth.of(2025, 6)); // 2025: self-paying only before
        t.enrol("APBD-KAB-MGR", YearMonth.of(2025, 1), null);                   // still government-paid
        t.enrol("APBD-KAB-MGR", YearMonth.of(2024, 1), YearMonth.of(2026, 12)); // funded until December
        db.close();
        return engine.services();
    }

    @Test
    void cohortsByTheYearGovernmentFundingEnded() {
        try (PayungServices s = register()) {
            assertThat(s.transitions().transitions(2026))
                    .extracting(SelfPayingTransition::endYear, SelfPayingTransition::ended, SelfPayingTransition::continued,
                            SelfPayingTransition::activeNow, SelfPayingTransition::costRp, SelfPayingTransition::personMonths)
                    .containsExactly(
                            tuple(2024, 2L, 1L, 1L, 100_800L, 12L), // 12 × 8.400
                            tuple(2025, 2L, 1L, 0L, 50_400L, 6L));  // Apr–Sep: 6 × 8.400
        }
    }

    @Test
    void rateAndMonthlyCostPerContinuingWorker() {
        try (PayungServices s = register()) {
            SelfPayingTransition y2024 = s.transitions().transitions(2026).get(0);
            assertThat(y2024.ratePercent()).isEqualTo(50.0);
            assertThat(y2024.perPersonMonthRp()).isEqualTo(8_400L);
        }
    }

    @Test
    void beforeTheDiscountTheFullPackageIsPaid() {
        try (PayungServices s = register()) {
            assertThat(s.transitions().transitions(2025)).extracting(SelfPayingTransition::costRp)
                    .containsExactly(201_600L, 0L); // 12 × 16.800; the 2025 cohort paid nothing itself in 2025
        }
    }

    @Test
    void whatContinuingCostsOneWorkerPerSector() {
        try (PayungServices s = register()) {
            TransitionService service = s.transitions();
            assertThat(service.tariffs(2026)).extracting(SelfPayingTariff::sector, SelfPayingTariff::fullMonthRp,
                            SelfPayingTariff::discountedMonthRp, SelfPayingTariff::yearRp)
                    .containsExactly(tuple(Sector.TRANSPORT, 16_800L, 8_400L, 100_800L), // discount all year
                            tuple(Sector.OTHER, 16_800L, 8_400L, 126_000L));          // 3 × 16.800 + 9 × 8.400
            assertThat(service.tariffs(2026).get(1).discountMonths()).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);
            assertThat(service.tariffs(2026).get(0).discountMonths()).hasSize(12);
            assertThat(service.tariffs(2025).get(0).discountMonths()).isEmpty();
            assertThat(service.tariffs(2027)).extracting(SelfPayingTariff::yearRp)
                    .containsExactly(176_400L, 201_600L); // transport: 3 × 8.400 + 9 × 16.800
        }
    }
}
