package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.FundingShare;
import id.payung.domain.GroupShare;
import id.payung.domain.KecamatanCoverage;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.domain.UcjCoverage;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trial 18 (HIGH): 2 named persons of the regency's budget in Pitak (Langke Rembong), then a cohort of 1.000 of the
 * same funder and year without a kecamatan. The total stays the larger of the two (1.000: the names are part of the
 * cohort), and the breakdowns keep the named persons where they are: Langke Rembong 2, "not recorded" 998. Before,
 * the 2 vanished under the 1.000 and a district table said nobody was protected in Langke Rembong.
 */
class NamesInsideCohortTest {
    static final String LANGKE_REMBONG = "53.10.12";
    static final String PITAK = "53.10.12.1004";
    static final String KAB = "APBD-KAB-MGR";

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private static EnrollmentForm inPitak(String nik, String name) {
        return BreakdownData.form(nik, name, KAB, PITAK, "OJEK", YearMonth.of(2026, 1), null);
    }

    @Test
    void namedPersonsKeepTheirKecamatanBesideACohortWithout() {
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(inPitak("5310015204850001", "Maria"));
            s.enrollments().enrol(inPitak("5310011205850002", "Yohanes"));
            assertThat(s.dashboard().byKecamatan(2026, Scope.ALL, KAB))
                    .extracting(GroupShare::code, GroupShare::participants).containsExactly(tuple(LANGKE_REMBONG, 2L));

            s.cohorts().add(new CohortService.Input(KAB, 2026, Segment.BPU, null, null, 1000L, null));

            assertThat(s.dashboard().fundingShares(2026)).filteredOn(f -> f.funderCode().equals(KAB))
                    .extracting(FundingShare::participants).containsExactly(1000L);
            assertThat(s.dashboard().byKecamatan(2026, Scope.ALL, KAB))
                    .extracting(GroupShare::code, GroupShare::participants)
                    .containsExactly(tuple(LANGKE_REMBONG, 2L), tuple(null, 998L));
            assertThat(s.dashboard().byOccupation(2026, Scope.ALL, KAB))
                    .extracting(GroupShare::code, GroupShare::participants)
                    .containsExactly(tuple("OJEK", 2L), tuple(null, 998L));
            // Every funder: the breakdown still adds up to the pie.
            var all = s.dashboard().byKecamatan(2026, Scope.ALL, null);
            assertThat(all).extracting(GroupShare::code, GroupShare::participants)
                    .contains(tuple(LANGKE_REMBONG, 2L), tuple(null, 998L));
            assertThat(GroupShare.total(all)).isEqualTo(FundingShare.total(s.dashboard().fundingShares(2026)));

            UcjCoverage c = s.coverage().coverage(2026);
            assertThat(c.kecamatan()).filteredOn(k -> k.kecamatanCode().equals(LANGKE_REMBONG))
                    .extracting(KecamatanCoverage::protectedWorkers).containsExactly(2L);
            assertThat(c.unknownKecamatan()).isEqualTo(998);
            assertThat(c.regionProtected()).isEqualTo(1000);
        }
    }

    /** The seeded 2025 (cohorts only, no names) shows as before: everyone "not recorded". */
    @Test
    void aYearOfCohortsAloneIsUnchanged() {
        try (PayungServices s = engine.services()) {
            s.enrollments().enrol(inPitak("5310015204850001", "Maria"));
            assertThat(s.dashboard().byKecamatan(2025, Scope.ALL, null))
                    .extracting(GroupShare::code, GroupShare::participants).containsExactly(tuple(null, 5280L));
            assertThat(s.coverage().coverage(2025).unknownKecamatan()).isEqualTo(5280);
        }
    }
}
