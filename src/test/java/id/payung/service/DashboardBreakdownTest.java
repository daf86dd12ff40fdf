package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static id.payung.service.BreakdownData.CIBAL;
import static id.payung.service.BreakdownData.LANGKE_REMBONG;
import static id.payung.service.BreakdownData.RUTENG;
import static id.payung.service.BreakdownData.WAE_RII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import id.payung.domain.FundingShare;
import id.payung.domain.GroupShare;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Participants per kecamatan and per occupation, counted by hand from {@link BreakdownData}. */
class DashboardBreakdownTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void perKecamatanAddsUpToTheFundingShares() {
        try (PayungServices s = BreakdownData.open(engine)) {
            List<GroupShare> groups = s.dashboard().byKecamatan(2026, Scope.ALL, null);

            // Ruteng: the regency's cohort of 100 + Agnes (her desa lies in Ruteng). Maria is one of the 100 and
            // keeps her Langke Rembong (with Yohanes), so the cohort adds 99 in Ruteng. Wae Rii: Paulus + Kristina.
            // Cibal: Rofinus. The province's 50: unknown.
            assertThat(groups).extracting(GroupShare::code, GroupShare::name, GroupShare::participants).containsExactly(
                    tuple(RUTENG, "Ruteng", 100L), tuple(LANGKE_REMBONG, "Langke Rembong", 2L),
                    tuple(WAE_RII, "Wae Rii", 2L), tuple(CIBAL, "Cibal", 1L), tuple(null, "", 50L));
            assertThat(GroupShare.total(groups)).isEqualTo(155)
                    .isEqualTo(FundingShare.total(s.dashboard().fundingShares(2026)));
            assertThat(groups.get(0).percent()).isCloseTo(100.0 * 100 / 155, within(1e-9)); // 64,5 %
            assertThat(groups.get(4).percent()).isCloseTo(100.0 * 50 / 155, within(1e-9)); // 32,3 %
            assertThat(s.dashboard().byKecamatan(2026)).containsExactly(java.util.Map.entry("Ruteng", 100L),
                    java.util.Map.entry("Langke Rembong", 2L), java.util.Map.entry("Wae Rii", 2L),
                    java.util.Map.entry("Cibal", 1L), java.util.Map.entry("", 50L));
        }
    }

    @Test
    void perKecamatanForOneFunder() {
        try (PayungServices s = BreakdownData.open(engine)) {
            // Kristina left CSR in May: she counts for MANDIRI only, in the year she was with both.
            assertThat(s.dashboard().byKecamatan(2026, Scope.ALL, "MANDIRI"))
                    .extracting(GroupShare::name, GroupShare::participants, GroupShare::percent)
                    .containsExactly(tuple("Langke Rembong", 1L, 100.0 / 3), tuple("Ruteng", 1L, 100.0 / 3),
                            tuple("Wae Rii", 1L, 100.0 / 3));
            assertThat(s.dashboard().byKecamatan(2026, Scope.ALL, "CSR"))
                    .extracting(GroupShare::name, GroupShare::participants).containsExactly(tuple("Wae Rii", 1L));
            assertThat(s.dashboard().byKecamatan(2026, Scope.ALL, "APBD-KAB-MGR"))
                    .extracting(GroupShare::name, GroupShare::participants, GroupShare::percent)
                    .containsExactly(tuple("Ruteng", 99L, 99.0), tuple("Langke Rembong", 1L, 1.0)); // Maria keeps hers
            assertThat(s.dashboard().byKecamatan(2026, Scope.ALL, "APBN")).isEmpty();
        }
    }

    @Test
    void perOccupationWithTheFiltersOfTheDashboard() {
        try (PayungServices s = BreakdownData.open(engine)) {
            List<GroupShare> all = s.dashboard().byOccupation(2026, Scope.ALL, null);

            assertThat(all).extracting(GroupShare::code, GroupShare::participants).containsExactly(
                    tuple("PEDAGANG", 99L), tuple("OJEK", 3L), tuple("BURUH-TANI", 1L), tuple("PERANGKAT-DESA", 1L),
                    tuple("TUKANG-BANGUNAN", 1L), tuple(null, 50L));
            assertThat(all.get(0).name()).isEqualTo("Pedagang");
            assertThat(all.get(1).percent()).isCloseTo(100.0 * 3 / 155, within(1e-9)); // 1,9 %: Maria is one
            assertThat(GroupShare.total(all)).isEqualTo(155);

            assertThat(s.dashboard().byOccupation(2026, new Scope(WAE_RII, null), null))
                    .extracting(GroupShare::name, GroupShare::participants)
                    .containsExactly(tuple("Pengemudi ojek", 1L), tuple("Tukang bangunan", 1L));
            assertThat(s.dashboard().byOccupation(2026, new Scope(null, Segment.PU), null))
                    .extracting(GroupShare::name, GroupShare::participants).containsExactly(tuple("Perangkat desa", 1L));
            assertThat(s.dashboard().byOccupation(2026, new Scope(RUTENG, null), "MANDIRI"))
                    .extracting(GroupShare::name, GroupShare::participants).containsExactly(tuple("Buruh tani", 1L));
        }
    }

    @Test
    void theSeededYearHasNeitherKecamatanNorOccupation() {
        try (PayungServices s = engine.services()) {
            assertThat(s.dashboard().byOccupation(2025, Scope.ALL, null))
                    .extracting(GroupShare::code, GroupShare::participants, GroupShare::percent)
                    .containsExactly(tuple(null, 5280L, 100.0));
            assertThat(s.dashboard().byKecamatan(2025, Scope.ALL, "APBD-PROV-NTT"))
                    .extracting(GroupShare::participants).containsExactly(4280L);
            assertThat(s.dashboard().byOccupation(2019, Scope.ALL, null)).isEmpty();
            assertThat(s.dashboard().funders()).hasSize(6).isEqualTo(s.reference().fundingSources());
        }
    }

    /**
     * An office that entered by name every person its headcount declared: the names count, with their kecamatan
     * and occupation (the seeds' 2025 cohorts of 4.280 + 1.000 had hidden 5.280 named people as "not recorded").
     * A cohort that declares more adds only the people beyond the names, the names keeping their places.
     */
    @Test
    void namesAsManyAsTheCohortCountByTheirPlaces() {
        try (PayungServices s = BreakdownData.open(engine)) {
            java.time.YearMonth jan = java.time.YearMonth.of(2027, 1);
            s.cohorts().add(new CohortService.Input("CSR", 2027, Segment.BPU, null, null, 2L, null));
            s.enrollments().enrol(BreakdownData.form("5310011506900007", "Benediktus", "CSR", WAE_RII, "OJEK", jan, null));
            s.enrollments().enrol(BreakdownData.form("5310015107920008", "Yasinta", "CSR", CIBAL, "BURUH-TANI", jan, null));

            assertThat(s.dashboard().byKecamatan(2027, Scope.ALL, "CSR"))
                    .extracting(GroupShare::name, GroupShare::participants)
                    .containsExactlyInAnyOrder(tuple("Wae Rii", 1L), tuple("Cibal", 1L));
            assertThat(s.dashboard().byOccupation(2027, Scope.ALL, "CSR"))
                    .extracting(GroupShare::code, GroupShare::participants)
                    .containsExactlyInAnyOrder(tuple("OJEK", 1L), tuple("BURUH-TANI", 1L));
            assertThat(s.dashboard().fundingShares(2027)).filteredOn(f -> f.funderCode().equals("CSR"))
                    .extracting(FundingShare::participants).containsExactly(2L);

            // 3 declared: the cohorts count, the names keep their places, the one more is Ruteng's.
            s.cohorts().add(new CohortService.Input("CSR", 2027, Segment.BPU, RUTENG, null, 1L, null));
            assertThat(s.dashboard().byKecamatan(2027, Scope.ALL, "CSR"))
                    .extracting(GroupShare::code, GroupShare::participants)
                    .containsExactlyInAnyOrder(tuple(WAE_RII, 1L), tuple(CIBAL, 1L), tuple(RUTENG, 1L));
        }
    }
}
