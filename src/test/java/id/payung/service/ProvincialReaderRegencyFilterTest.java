package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.payung.domain.FunderCost;
import id.payung.domain.FundingShare;
import id.payung.domain.Region;
import id.payung.domain.RegencyShare;
import id.payung.domain.Scope;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trial 20a: the province (NTT, Manggarai 53.10 and Manggarai Barat 53.15 reporting) reads one regency's funding shares,
 * costs and trend (the dashboard's Kabupaten/kota filter, its PDF and {@code report --regency}); the per-regency
 * breakdown lists every regency of the province, those with none as 0; the two regencies' budgets have two colours.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReaderRegencyFilterTest {
    private ServerFixture server;
    private String ntt;
    private String siti;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        server.admin().init();
        ntt = server.addUser("ntt", null, "53");
        siti = server.addUser("siti", "53.10", null);
        String yosef = server.addUser("yosef", "53.15", null);
        YearMonth jan = YearMonth.of(2026, 1);
        try (PayungServices s = server.services(siti)) {
            s.enrollments().enrol(TestData.form("5310011205850001", "Andi", "APBD-KAB-MGR", jan, null));
            s.enrollments().enrol(TestData.form("5310014506900002", "Maria", "APBD-KAB-MGR", jan, null));
            s.enrollments().enrol(TestData.form("5310011203850003", "Yoseph", "APBD-PROV-NTT", jan, null));
        }
        try (PayungServices s = server.services(yosef)) {
            s.enrollments().enrol(TestData.form("5315011204850004", "Kornelis", "APBD-KAB-5315", jan, null));
            s.enrollments().enrol(TestData.form("5315014204850005", "Theresia", "APBD-PROV-NTT", jan, null));
        }
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void theProvinceReadsOneRegencysSharesCostsAndTrend() {
        try (PayungServices s = server.services(ntt)) {
            Scope mb = Scope.ALL.inRegency("53.15");
            assertThat(s.dashboard().fundingShares(2026, mb)).extracting(FundingShare::funderCode, FundingShare::participants)
                    .containsExactlyInAnyOrder(tuple("APBD-KAB-5315", 1L), tuple("APBD-PROV-NTT", 1L));
            assertThat(s.dashboard().fundingShares(2026, Scope.ALL.inRegency("53.10")))
                    .extracting(FundingShare::funderCode, FundingShare::participants)
                    .containsExactlyInAnyOrder(tuple("APBD-KAB-MGR", 2L), tuple("APBD-PROV-NTT", 1L));
            assertThat(FundingShare.total(s.dashboard().fundingShares(2026, Scope.ALL))).isEqualTo(5);
            // The filter's cost is its regency's line of the per-regency costs.
            long mbCost = s.budget().costs(2026, mb).stream().mapToLong(FunderCost::costRp).sum();
            assertThat(mbCost).isPositive().isEqualTo(s.budget().costsByRegency(2026, Scope.ALL).get("53.15"));
            assertThat(s.dashboard().trend(mb, 2026).get(2026)).extracting(FundingShare::participants)
                    .containsExactly(1L, 1L);
            assertThat(s.dashboard().byRegency(2026, mb, null)).extracting(RegencyShare::code)
                    .containsExactly("53.15");
        }
    }

    /** Trial 22a: a clerk asking for another regency got "Total 0"; the command line now refuses what a login cannot read. */
    @Test
    void theProvinceReadsEachRegencyAClerkOnlyTheirOwn() {
        try (PayungServices s = server.services(ntt)) {
            org.assertj.core.api.Assertions.assertThat(s.dashboard().readsRegency("53.15")).isTrue();
            org.assertj.core.api.Assertions.assertThat(s.dashboard().readsRegency("53.10")).isTrue();
            org.assertj.core.api.Assertions.assertThat(s.dashboard().readsRegency("52.01")).as("another province").isFalse();
        }
        try (PayungServices s = server.services(siti)) {
            org.assertj.core.api.Assertions.assertThat(s.dashboard().readsRegency("53.10")).isTrue();
            org.assertj.core.api.Assertions.assertThat(s.dashboard().readsRegency("53.15")).isFalse();
        }
    }

    @Test
    void everyRegencyOfTheProvinceIsListedThoseWithNoneAsZero() {
        try (PayungServices s = server.services(ntt)) {
            List<Region> regencies = s.dashboard().regencies();
            assertThat(regencies).hasSize(22).extracting(Region::code).startsWith("53.01").contains("53.10", "53.15", "53.71");
            List<RegencyShare> rows = s.dashboard().byRegency(2026, Scope.ALL, null);
            assertThat(rows).hasSize(22);
            assertThat(rows.subList(0, 2)).extracting(RegencyShare::code, RegencyShare::participants)
                    .containsExactly(tuple("53.10", 3L), tuple("53.15", 2L));
            assertThat(rows.subList(2, 22)).allSatisfy(r -> assertThat(r.participants()).isZero());
            assertThat(rows).extracting(RegencyShare::name).contains("Kota Kupang", "Kabupaten Sumba Barat Daya");
        }
    }

    @Test
    void theTwoRegenciesBudgetsHaveTwoColours() {
        try (PayungServices s = server.services(ntt)) {
            id.payung.domain.FunderPalette palette = s.dashboard().palette();
            assertThat(palette.hex("APBD-KAB-MGR", id.payung.domain.FunderType.APBD_KABUPATEN))
                    .isNotEqualTo(palette.hex("APBD-KAB-5315", id.payung.domain.FunderType.APBD_KABUPATEN));
        }
    }
}
