package id.payung.service;

import static id.payung.service.TwoRegencies.MANGGARAI;
import static id.payung.service.TwoRegencies.MANGGARAI_BARAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import id.payung.domain.FunderCount;
import id.payung.domain.GroupCount;
import id.payung.domain.RegencyShare;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.RegencyStats;
import id.payung.store.TestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Participants per regency, counted by hand from {@link TwoRegencies} and {@link BreakdownData}. */
class DashboardRegencyTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** The regencies with participants: every other regency of the province follows as a row of 0 (trial 20a). */
    private static List<RegencyShare> withPeople(List<RegencyShare> rows) {
        int first = (int) rows.stream().takeWhile(r -> r.participants() > 0).count();
        assertThat(rows.subList(first, rows.size())).as("the regencies with none, after the others")
                .allMatch(r -> r.participants() == 0 && r.funders().stream().allMatch(f -> f.participants() == 0));
        return rows.subList(0, first);
    }

    @Test
    void everyRegencyOfTheProvinceIsListedThoseWithNoneAsZero() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(s.dashboard().showsRegencies(), "a province's regencies are a server's");
            assertThat(s.dashboard().byRegency(2026, Scope.ALL, null)).hasSize(22)
                    .anySatisfy(r -> assertThat(r.code()).isEqualTo("53.71"));
            // One kecamatan is one regency's: no other regency is listed.
            assertThat(s.dashboard().byRegency(2026, new Scope(TwoRegencies.MACANG_PACAR, null), null)).hasSize(1);
        }
    }

    /**
     * A caller that does not want the rows of 0 (the province's year report) asks for the regencies with participants
     * and, apart, the names of those with none: no caller folds the zeros out again.
     */
    @Test
    void theRegenciesWithParticipantsAndThoseWithNoneApart() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            List<RegencyShare> every = s.dashboard().byRegency(2026, Scope.ALL, null);
            assertThat(s.dashboard().byRegencyWithParticipants(2026, Scope.ALL, null)).isEqualTo(withPeople(every))
                    .extracting(RegencyShare::code).containsExactly(MANGGARAI, MANGGARAI_BARAT);
            assertThat(s.dashboard().regenciesWithNone(2026, Scope.ALL, null)).extracting(id.payung.domain.Region::code)
                    .as("the rows of 0 of the tab, by code").containsExactlyElementsOf(every.stream()
                            .filter(r -> r.participants() == 0).map(RegencyShare::code).sorted().toList())
                    .hasSize(s.dashboard().showsRegencies() ? 20 : 0).doesNotContain(MANGGARAI, MANGGARAI_BARAT);
            // One regency filtered: that one; with none under a funder it is the one with none.
            Scope mb = Scope.ALL.inRegency(MANGGARAI_BARAT);
            assertThat(s.dashboard().byRegencyWithParticipants(2026, mb, "APBN")).isEmpty();
            if (s.dashboard().showsRegencies()) {
                assertThat(s.dashboard().regenciesWithNone(2026, mb, "APBN")).extracting(id.payung.domain.Region::code)
                        .containsExactly(MANGGARAI_BARAT);
            }
            // One kecamatan: none listed as without.
            assertThat(s.dashboard().regenciesWithNone(2026, new Scope(TwoRegencies.MACANG_PACAR, null), null)).isEmpty();
        }
    }

    @Test
    void twoRegenciesTwoRowsEachWithItsFunders() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            List<RegencyShare> rows = s.dashboard().byRegencyWithParticipants(2026, Scope.ALL, null);

            assertThat(rows).extracting(RegencyShare::code, RegencyShare::name, RegencyShare::namedPersons,
                    RegencyShare::declared, RegencyShare::participants).containsExactly(
                    // Manggarai: names Maria (KAB), Yohanes, Agnes, Kristina (MANDIRI), Paulus (CSR), Rofinus (APBDES);
                    // cohorts KAB 100 (Maria inside it) and PROV 50 without a kecamatan: the office's own.
                    tuple(MANGGARAI, "Kabupaten Manggarai", 6L, 150L, 155L),
                    tuple(MANGGARAI_BARAT, "Kabupaten Manggarai Barat", 3L, 20L, 23L));
            assertThat(rows.get(0).percent()).isCloseTo(100.0 * 155 / 178, within(1e-9));
            assertThat(RegencyShare.total(rows)).isEqualTo(178);
            assertThat(rows.get(0).funders()).extracting(FunderCount::funderCode, FunderCount::namedPersons,
                    FunderCount::declared, FunderCount::participants).containsExactly(
                    tuple("APBD-KAB-MGR", 1L, 100L, 100L), tuple("APBD-PROV-NTT", 0L, 50L, 50L),
                    tuple("MANDIRI", 3L, 0L, 3L), tuple("APBDES-MGR", 1L, 0L, 1L), tuple("CSR", 1L, 0L, 1L));
            // The province's two names in Manggarai Barat count there: the province's cohort of 50 is Manggarai's
            // declaration, not a roof over every regency's names.
            assertThat(rows.get(1).funders()).extracting(FunderCount::funderName, FunderCount::namedPersons,
                    FunderCount::declared, FunderCount::participants).containsExactly(
                    tuple("CSR / perusahaan donor", 0L, 20L, 20L), tuple("APBD Provinsi NTT", 2L, 0L, 2L),
                    tuple("Mandiri (bayar sendiri)", 1L, 0L, 1L));
            assertThat(s.dashboard().showsRegencies()).isTrue();
        }
    }

    @Test
    void theFiltersOfTheDashboardApply() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            assertThat(s.dashboard().byRegencyWithParticipants(2026, Scope.ALL, "APBD-PROV-NTT"))
                    .extracting(RegencyShare::code, RegencyShare::participants, RegencyShare::percent)
                    .containsExactly(tuple(MANGGARAI, 50L, 100.0 * 50 / 52), tuple(MANGGARAI_BARAT, 2L, 100.0 * 2 / 52));
            assertThat(s.dashboard().byRegencyWithParticipants(2026, new Scope(TwoRegencies.MACANG_PACAR, null), null))
                    .extracting(RegencyShare::code, RegencyShare::participants).containsExactly(tuple(MANGGARAI_BARAT, 23L));
            assertThat(s.dashboard().byRegencyWithParticipants(2026, new Scope(null, Segment.PU), null))
                    .extracting(RegencyShare::code, RegencyShare::participants).containsExactly(tuple(MANGGARAI, 1L));
            assertThat(s.dashboard().byRegencyWithParticipants(2026, Scope.ALL, "APBN")).isEmpty();
        }
    }

    @Test
    void aYearOfCohortsOnly() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            // The seeded 2025: the decree's cohorts without kecamatan, the Manggarai office's.
            assertThat(s.dashboard().byRegencyWithParticipants(2025, Scope.ALL, null))
                    .extracting(RegencyShare::name, RegencyShare::namedPersons, RegencyShare::declared,
                            RegencyShare::participants, RegencyShare::percent)
                    .containsExactly(tuple("Kabupaten Manggarai", 0L, 5280L, 5280L, 100.0));
        }
    }

    @Test
    void theSummaryAndTheEnrollmentsAgree() {
        try (PayungServices s = TwoRegencies.open(engine)) {
            // Past the summary's horizon (next year) the enrollments answer: the open-ended ones still count.
            assertThat(s.dashboard().byRegencyWithParticipants(2030, Scope.ALL, null))
                    .extracting(RegencyShare::code, RegencyShare::namedPersons).containsExactly(
                    tuple(MANGGARAI, 5L), tuple(MANGGARAI_BARAT, 3L));
        }
        try (Database db = engine.open()) {
            RegencyStats stats = new RegencyStats();
            for (int year : new int[] {2025, 2026, 2027}) {
                List<GroupCount> summary = db.read(tx -> stats.regencyCounts(tx, year, Scope.ALL, null));
                List<GroupCount> direct = db.read(tx -> stats.regencyCountsDirect(tx, year, Scope.ALL, null));
                assertThat(summary).isNotEmpty().containsExactlyInAnyOrderElementsOf(direct);
            }
        }
    }

    @Test
    void oneRegencyIsNotShownPerRegency() {
        try (PayungServices s = BreakdownData.open(engine)) {
            assertThat(s.dashboard().showsRegencies()).isFalse();
            assertThat(s.dashboard().byRegencyWithParticipants(2026, Scope.ALL, null))
                    .extracting(RegencyShare::code, RegencyShare::participants).containsExactly(tuple(MANGGARAI, 155L));
        }
    }
}
