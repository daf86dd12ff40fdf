package id.payung.service;

import static id.payung.service.TwoRegencies.MACANG_PACAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.payung.domain.FunderCost;
import id.payung.domain.FunderCount;
import id.payung.domain.FunderType;
import id.payung.domain.FundingShare;
import id.payung.domain.GroupShare;
import id.payung.domain.KecamatanCoverage;
import id.payung.domain.RegencyShare;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.domain.UcjCoverage;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.ParticipantStats;
import id.payung.store.TestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A count that crosses regencies weighs names against cohorts per regency and adds the regencies: in
 * {@link TwoRegencies} 2026, Manggarai's province cohort of 50 and Manggarai Barat's two province-paid names are 52
 * (not 50), Manggarai's CSR name and Manggarai Barat's CSR cohort of 20 are 21 (not 20), and every total is the
 * per-regency tab's 178: the pie, the trend, the kecamatan and occupation breakdowns, the costs, the coverage.
 */
class ProvinceCountsTest {
    private static final String PROV = "APBD-PROV-NTT";

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void thePieIsTheSumOfTheRegencies() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            List<FundingShare> pie = s.dashboard().fundingShares(2026);
            assertThat(pie).extracting(FundingShare::funderCode, FundingShare::participants).containsExactly(
                    tuple("APBD-KAB-MGR", 100L), tuple(PROV, 52L), tuple("CSR", 21L), tuple("MANDIRI", 4L),
                    tuple("APBDES-MGR", 1L));
            assertThat(FundingShare.total(pie)).isEqualTo(178)
                    .isEqualTo(RegencyShare.total(s.dashboard().byRegency(2026, Scope.ALL, null)));
            for (FundingShare f : pie) {
                assertThat(f.participants()).as(f.funderCode())
                        .isEqualTo(RegencyShare.total(s.dashboard().byRegency(2026, Scope.ALL, f.funderCode())));
            }
            assertThat(FundingShare.total(s.dashboard().trendShowing(id.payung.domain.Scope.ALL, null).get(2026))).isEqualTo(178);
            // A filter of the dashboard too: the non-wage workers.
            Scope bpu = new Scope(null, Segment.BPU);
            assertThat(FundingShare.total(s.dashboard().fundingShares(2026, bpu)))
                    .isEqualTo(RegencyShare.total(s.dashboard().byRegency(2026, bpu, null))).isEqualTo(177);
        }
    }

    @Test
    void theBreakdownsAddUpToThePie() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            assertThat(GroupShare.total(s.dashboard().byKecamatan(2026, Scope.ALL, null))).isEqualTo(178);
            assertThat(GroupShare.total(s.dashboard().byOccupation(2026, Scope.ALL, null))).isEqualTo(178);
            // The province's cohort (no kecamatan, no occupation) and Manggarai Barat's two ojek drivers in Macang Pacar.
            assertThat(s.dashboard().byKecamatan(2026, Scope.ALL, PROV))
                    .extracting(GroupShare::code, GroupShare::participants)
                    .containsExactly(tuple(MACANG_PACAR, 2L), tuple(null, 50L));
            assertThat(s.dashboard().byOccupation(2026, Scope.ALL, PROV))
                    .extracting(GroupShare::code, GroupShare::participants)
                    .containsExactly(tuple("OJEK", 2L), tuple(null, 50L));
            // Manggarai Barat's CSR cohort in Macang Pacar beside Manggarai's CSR name, Paulus.
            assertThat(GroupShare.total(s.dashboard().byKecamatan(2026, Scope.ALL, "CSR"))).isEqualTo(21);
        }
    }

    @Test
    void summaryAndEnrollmentsAgree() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            s.close();
        }
        ParticipantStats stats = new ParticipantStats();
        try (Database db = engine.open()) {
            for (int year : new int[] {2025, 2026, 2027}) {
                List<FunderCount> summary = db.read(tx -> stats.funderCounts(tx, year, Scope.ALL));
                List<FunderCount> direct = db.read(tx -> stats.funderCountsDirect(tx, year, Scope.ALL));
                assertThat(summary).as("year " + year).isNotEmpty().isEqualTo(direct);
            }
            // The cost groups, with some regencies told apart, every one, or none.
            for (java.util.Map<String, java.util.Set<String>> apart : java.util.Arrays.asList(
                    java.util.Map.of(PROV, java.util.Set.of(TwoRegencies.MANGGARAI_BARAT)), null,
                    java.util.Map.<String, java.util.Set<String>>of())) {
                List<ParticipantStats.EnrollmentGroup> summary = db.read(tx -> stats.enrollmentGroups(tx, 2026, Scope.ALL,
                        apart));
                List<ParticipantStats.EnrollmentGroup> fromEnrollments = db.read(tx -> stats.enrollmentGroupsDirect(tx,
                        2026, Scope.ALL, apart));
                assertThat(summary).as("apart %s", apart).isNotEmpty()
                        .containsExactlyInAnyOrderElementsOf(fromEnrollments);
                if (apart != null && !apart.isEmpty()) {
                    assertThat(summary).filteredOn(g -> g.regencyCode() != null)
                            .extracting(ParticipantStats.EnrollmentGroup::funderCode).containsOnly(PROV);
                }
                assertThat(summary).extracting(ParticipantStats.EnrollmentGroup::regencyCode).as("apart %s", apart)
                        .containsOnlyElementsOf(apart == null ? List.of(TwoRegencies.MANGGARAI, TwoRegencies.MANGGARAI_BARAT)
                                : apart.isEmpty() ? java.util.Collections.singletonList(null)
                                : java.util.Arrays.asList(null, TwoRegencies.MANGGARAI_BARAT));
            }
            List<FunderCount> direct = db.read(tx -> stats.funderCountsDirect(tx, 2026, Scope.ALL));
            assertThat(direct).filteredOn(c -> c.funderCode().equals(PROV))
                    .extracting(FunderCount::namedPersons, FunderCount::declared, FunderCount::participants)
                    .containsExactly(tuple(2L, 50L, 52L));
        }
    }

    @Test
    void costsFollowEachRegencysRecord() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            List<FunderCost> costs = s.budget().costs(2026);
            FunderCost prov = costs.stream().filter(c -> c.funderCode().equals(PROV)).findFirst().orElseThrow();
            assertThat(prov.participants()).isEqualTo(52);
            // The cohort of 50 at the standard package, plus the two names as they are enrolled (Macang Pacar holds
            // them and no province cohort).
            long perPerson = s.budget().forecast(FunderType.APBD_PROVINSI, 2026, 1, null).perPersonRp();
            long names = s.budget().costs(2026, new Scope(MACANG_PACAR, null)).stream()
                    .filter(c -> c.funderCode().equals(PROV)).findFirst().orElseThrow().costRp();
            assertThat(perPerson).isPositive();
            assertThat(names).isPositive();
            assertThat(prov.costRp()).isEqualTo(50 * perPerson + names);
            assertThat(prov.fromCohorts()).isTrue();
            assertThat(costs).extracting(FunderCost::participants).containsExactly(100L, 52L, 21L, 4L, 1L);
        }
    }

    @Test
    void coverageCountsEachRegencysNames() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            UcjCoverage c = s.coverage().coverage(2026);
            // Manggarai's kecamatan as without Manggarai Barat: Paulus (CSR) counts in Wae Rii beside Kristina, not
            // inside Manggarai Barat's CSR cohort; the province's cohort of 50 has no kecamatan.
            assertThat(c.kecamatan()).filteredOn(k -> k.protectedWorkers() > 0)
                    .extracting(KecamatanCoverage::kecamatanCode, KecamatanCoverage::protectedWorkers)
                    .containsExactly(tuple("53.10.01", 2L), tuple("53.10.03", 100L), tuple("53.10.12", 2L));
            assertThat(c.unknownKecamatan()).isEqualTo(50);
        }
    }

    @Test
    void oneRegencyCountsAsBefore() {
        try (PayungServices s = BreakdownData.open(engine)) {
            assertThat(s.dashboard().fundingShares(2026)).extracting(FundingShare::funderCode, FundingShare::participants)
                    .containsExactly(tuple("APBD-KAB-MGR", 100L), tuple(PROV, 50L), tuple("MANDIRI", 3L),
                            tuple("APBDES-MGR", 1L), tuple("CSR", 1L));
            assertThat(s.dashboard().fundingShares(2025)).extracting(FundingShare::funderCode, FundingShare::participants)
                    .containsExactly(tuple(PROV, 4280L), tuple("APBD-KAB-MGR", 1000L));
            assertThat(GroupShare.total(s.dashboard().byKecamatan(2026, Scope.ALL, null))).isEqualTo(155);
            UcjCoverage c = s.coverage().coverage(2026);
            assertThat(c.regionProtected()).isEqualTo(154);
            assertThat(s.budget().costs(2026)).extracting(FunderCost::participants).containsExactly(100L, 50L, 3L, 1L, 1L);
        }
    }
}
