package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.payung.domain.FundingShare;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashboardServiceTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void seededYear2025ShowsProvinceAndRegency() {
        try (PayungServices services = engine.services()) {
            List<FundingShare> shares = services.dashboard().fundingShares(2025);

            assertThat(shares).extracting(FundingShare::funderCode).containsExactly("APBD-PROV-NTT", "APBD-KAB-MGR");
            assertThat(shares).extracting(FundingShare::participants).containsExactly(4280L, 1000L);
            assertThat(shares.get(0).percent()).isCloseTo(81.1, within(0.05));
            assertThat(shares.get(1).percent()).isCloseTo(18.9, within(0.05));
            assertThat(services.dashboard().years()).containsExactly(2023, 2024, 2025);
            assertThat(services.dashboard().defaultYear()).isEqualTo(2025);
        }
    }

    /**
     * Trial 18: December 2026, the seeded cohorts up to 2025 and named persons for 2026 of one funder only: the other
     * funder of 2025 has nothing recorded for 2026, and the dashboard, the year report and the readiness summary say so.
     */
    @Test
    void aFunderOfTheYearBeforeWithNothingRecordedThisYearIsAGapUntilItsCohortIsEntered() {
        try (PayungServices services = engine.services()) {
            services.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)));

            // The province: nobody; the regency: Maria alone where 2025 had 1.000 (under a tenth, trial 18).
            assertThat(services.dashboard().funderGaps(2026, id.payung.domain.Scope.ALL)).containsExactly(
                    new id.payung.domain.FunderGap("APBD-PROV-NTT", "APBD Provinsi NTT", 2025, 4280),
                    new id.payung.domain.FunderGap("APBD-KAB-MGR", "APBD Kabupaten Manggarai", 2025, 1000, 1));
            // 2025 has data for 2024's only funder; 2023 has no year before.
            assertThat(services.dashboard().funderGaps(2025, id.payung.domain.Scope.ALL)).isEmpty();
            assertThat(services.dashboard().funderGaps(2023, id.payung.domain.Scope.ALL)).isEmpty();

            services.cohorts().add(new CohortService.Input("APBD-PROV-NTT", 2026, id.payung.domain.Segment.BPU, null, null,
                    4300L, "SK Gubernur 2026"));
            assertThat(services.dashboard().funderGaps(2026, id.payung.domain.Scope.ALL))
                    .extracting(id.payung.domain.FunderGap::funderCode).containsExactly("APBD-KAB-MGR");
            // A tenth is enough: 100 of 1.000 is a number, not a gap.
            services.cohorts().add(new CohortService.Input("APBD-KAB-MGR", 2026, id.payung.domain.Segment.BPU, null,
                    null, 100L, null));
            assertThat(services.dashboard().funderGaps(2026, id.payung.domain.Scope.ALL)).isEmpty();
        }
    }

    @Test
    void namedPersonsOfACohortFunderAreNotCountedTwice() {
        engine.services().close();
        try (Database db = engine.open()) {
            TestData data = new TestData(db);
            for (int i = 0; i < 3; i++) {
                data.enrol("APBD-KAB-MGR", YearMonth.of(2025, 1), YearMonth.of(2025, 12));
            }
            data.enrol("MANDIRI", YearMonth.of(2025, 3), null);
        }
        try (PayungServices services = engine.services()) {
            assertThat(services.dashboard().fundingShares(2025)).extracting(FundingShare::funderCode, FundingShare::participants)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("APBD-PROV-NTT", 4280L),
                            org.assertj.core.groups.Tuple.tuple("APBD-KAB-MGR", 1000L),
                            org.assertj.core.groups.Tuple.tuple("MANDIRI", 1L));
        }
    }

    @Test
    void aPersonWhoChangedFunderCountsOnceUnderTheLatest() {
        engine.services().close();
        try (Database db = engine.open()) {
            TestData data = new TestData(db);
            long moved = data.enrol("CSR", YearMonth.of(2027, 1), YearMonth.of(2027, 5));
            data.enrolAgain(moved, "MANDIRI", YearMonth.of(2027, 6), null);
            data.enrol("CSR", YearMonth.of(2027, 1), YearMonth.of(2027, 12));
        }
        try (PayungServices services = engine.services()) {
            List<FundingShare> shares = services.dashboard().fundingShares(2027);
            assertThat(shares).extracting(FundingShare::funderCode, FundingShare::participants)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CSR", 1L),
                            org.assertj.core.groups.Tuple.tuple("MANDIRI", 1L));
            assertThat(FundingShare.total(shares)).isEqualTo(2);
        }
    }

    @Test
    void anEmptyYearHasNoShares() {
        try (PayungServices services = engine.services()) {
            assertThat(services.dashboard().fundingShares(2019)).isEmpty();
        }
    }

    @Test
    void byKecamatanAndTrend() {
        try (PayungServices s = engine.services()) {
            s.cohorts().add(new CohortService.Input("APBD-KAB-MGR", 2026, id.payung.domain.Segment.BPU, "53.10.03", null,
                    100L, null));
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
            s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes", "MANDIRI", YearMonth.of(2026, 1), null));

            // TestData.form lives in Langke Rembong; the cohort of 100 is in Ruteng. Maria is one of the regency's
            // 100 (names are the cohort's annex) and keeps her Langke Rembong beside Yohanes: Ruteng has the other
            // 99, and the bars add up to 101.
            assertThat(s.dashboard().byKecamatan(2026)).containsExactly(
                    java.util.Map.entry("Ruteng", 99L), java.util.Map.entry("Langke Rembong", 2L));
            assertThat(s.dashboard().byKecamatan(2025)).containsExactly(java.util.Map.entry("", 5280L));
            assertThat(s.dashboard().trendShowing(id.payung.domain.Scope.ALL, null).keySet()).containsExactly(2023, 2024, 2025, 2026);
            assertThat(s.dashboard().fundingShares(2026, new id.payung.domain.Scope("53.10.03", null)))
                    .extracting(FundingShare::funderCode, FundingShare::participants)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("APBD-KAB-MGR", 100L));
            assertThat(s.dashboard().fundingShares(2026, new id.payung.domain.Scope("53.10.12", null)))
                    .extracting(FundingShare::participants).containsExactly(1L, 1L);
            assertThat(s.dashboard().fundingShares(2026, new id.payung.domain.Scope(null, id.payung.domain.Segment.PU)))
                    .isEmpty();
            assertThat(s.budget().costs(2026, new id.payung.domain.Scope("53.10.03", null)))
                    .extracting(id.payung.domain.FunderCost::costRp).containsExactly(100 * 201_600L);
            assertThat(FundingShare.total(s.dashboard().trendShowing(id.payung.domain.Scope.ALL, null).get(2025))).isEqualTo(5280);
        }
    }

    /**
     * Trial 19: participants in 2025 and 2027, none in 2026. The year list, the trend and the year report's growth went
     * 2025 → 2027, and no reader could tell 2026 had none: a year between two with data is listed, with no shares.
     * No year is made up before the first or after the last (the trend stops at this year, 2026).
     */
    @Test
    void aYearWithNoneBetweenYearsWithSomeIsListedEmpty() {
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "APBD-KAB-MGR", YearMonth.of(2027, 1),
                    YearMonth.of(2027, 12)));

            assertThat(s.dashboard().years()).containsExactly(2023, 2024, 2025, 2026, 2027);
            assertThat(s.dashboard().defaultYear()).as("opens on the latest year with data, as before").isEqualTo(2025);
            assertThat(s.dashboard().trendShowing(id.payung.domain.Scope.ALL, null).keySet()).containsExactly(2023, 2024, 2025, 2026);
            assertThat(s.dashboard().trendShowing(id.payung.domain.Scope.ALL, null).get(2026)).isEmpty();
            assertThat(s.dashboard().trend(id.payung.domain.Scope.ALL, 2027).keySet())
                    .containsExactly(2023, 2024, 2025, 2026, 2027);
            // The dashboard's: up to this year whatever earlier year is chosen, up to a chosen year to come.
            assertThat(s.dashboard().trendShowing(id.payung.domain.Scope.ALL, 2024).keySet())
                    .containsExactly(2023, 2024, 2025, 2026);
            assertThat(s.dashboard().trendShowing(id.payung.domain.Scope.ALL, 2027).keySet())
                    .containsExactly(2023, 2024, 2025, 2026, 2027);

            // Filtered: Langke Rembong (TestData.form's) has Yohanes in 2025 and Maria in 2027: 2026 between them, and
            // no year before its first (the seeds' cohorts have no kecamatan).
            s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes", "MANDIRI", YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
            id.payung.domain.Scope langke = new id.payung.domain.Scope("53.10.12", null);
            java.util.Map<Integer, List<FundingShare>> filtered = s.dashboard().trend(langke, 2027);
            assertThat(filtered.keySet()).containsExactly(2025, 2026, 2027);
            assertThat(filtered.get(2026)).isEmpty();
            assertThat(s.dashboard().trendShowing(langke, null).keySet()).containsExactly(2025);
        }
    }
}
