package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FormProblem;
import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 14 F1 and F10 on a server: {@code server init} seeds Manggarai's opening data as 53.10's; a regency's
 * first clerk ({@code server add-user --regency}) sets that regency up with its own budgets and no numbers, so
 * the province's 2025 total is Manggarai's 5.280 once, not once per regency. A regency clerk cannot name another
 * regency's budget. {@code server import-file} tells of Manggarai's seeded rows in another regency's old file.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerSeedRegencyTest {
    private ServerFixture server;
    private String yosef;
    private String kupang;
    private String ntt;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        server.admin().init();
        server.addUser("siti", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null);
        kupang = server.addUser("kupang", "53.71", null);
        ntt = server.addUser("ntt", null, "53");
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void eachRegencyStartsWithItsOwnBudgetsAndTheProvinceCountsManggaraiOnce(@TempDir Path dir) throws Exception {
        try (PayungServices s = server.services(yosef)) {
            assertThat(s.settings().regencyCode()).isEqualTo("53.15");
            assertThat(s.settings().officeName()).isNull();
            assertThat(s.dashboard().fundingShares(2025)).allSatisfy(f -> assertThat(f.participants()).isZero());
            assertThat(s.reference().events()).isEmpty();
            assertThat(s.register().cohorts()).isEmpty();
            assertThat(s.reference().localRegions()).isNotEmpty().allSatisfy(r -> assertThat(r.code()).startsWith("53.15."));
            assertThat(s.reference().offeredFunders()).extracting(FundingSource::code)
                    .contains("APBD-KAB-5315", "APBDES-5315", "APBD-PROV-NTT", "MANDIRI")
                    .doesNotContain("APBD-KAB-MGR", "APBDES-MGR", "APBD-KAB-5371");
            assertThatThrownBy(() -> s.enrollments().enrol(TestData.form("5315011208900006", "Agustina Nimu",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code).contains("FUNDER_OTHER_REGION"));
        }
        try (PayungServices s = server.services(kupang)) {
            assertThat(s.reference().offeredFunders()).filteredOn(f -> f.code().equals("APBD-KAB-5371"))
                    .singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("APBD Kota Kupang"));
        }
        try (Connection c = server.connect(ntt)) {
            assertThat(ServerFixture.count(c, "SELECT coalesce(sum(participants), 0) FROM cohort WHERE year = 2025"))
                    .as("Manggarai's 4.280 + 1.000, once").isEqualTo(5280);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM event")).isEqualTo(3);
        }

        // A second clerk of a regency set up already brings nothing back (what its clerks deleted stays deleted).
        long audited;
        try (Connection c = server.ownerConnection()) {
            audited = ServerFixture.count(c, "SELECT count(*) FROM audit_log WHERE regency_code = '53.15'");
        }
        server.addUser("maria", "53.15", null);
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM audit_log WHERE regency_code = '53.15'"))
                    .isEqualTo(audited);
        }

        // A Manggarai Barat file made now moves with nothing to say; one made before seeds were per regency
        // (Manggarai's cohorts and events under another office) is moved as it is, and told of.
        Path mabar = dir.resolve("mabar.db");
        PayungServices.create(mabar, "53.15", TestData.CLOCK);
        assertThat(server.admin().seededOfficeRows(mabar, "53.15").any()).isFalse();
        server.admin().importFile(mabar, "53.15");

        Path old = dir.resolve("matim-old.db");
        PayungServices.create(old, null, TestData.CLOCK);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '53.19' WHERE key = 'office_regency'");
        }
        SeedLoader.OpeningRows seeded = server.admin().seededOfficeRows(old, "53.19");
        assertThat(seeded).isEqualTo(new SeedLoader.OpeningRows(4, 7280, 3));
        server.admin().importFile(old, "53.19");
        Path manggarai = dir.resolve("mgr.db");
        PayungServices.create(manggarai, null, TestData.CLOCK);
        assertThat(server.admin().seededOfficeRows(manggarai, "53.10").any()).as("Manggarai's own").isFalse();
    }

    /**
     * A file made for Manggarai and moved as another regency's carries its enrollments under Manggarai's budget, which
     * does not pay there: {@code server import-file} is told which funders and how many (deleted ones not counted, a
     * budget that pays there not named, the people's NIKs masked). The same file moved as Manggarai's has none.
     */
    @Test
    void aFilesEnrollmentsUnderAnotherRegionsBudgetAreCountedPerFunder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("matim-dari-mgr.db");
        PayungServices.create(file, null, TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            YearMonth jan = YearMonth.of(2026, 1);
            YearMonth dec = YearMonth.of(2026, 12);
            s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR", jan, dec));
            s.enrollments().enrol(TestData.form("5310011205850002", "Yohanes Jehadu", "APBD-KAB-MGR", jan, dec));
            long gone = s.enrollments().enrol(TestData.form("5310011306870003", "Petrus Ndala", "APBD-KAB-MGR", jan, dec))
                    .enrollmentId();
            s.enrollments().delete(gone, id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));
            s.enrollments().enrol(TestData.form("5310015507800004", "Theresia Nggarang", "APBDES-MGR", jan, dec));
            s.enrollments().enrol(TestData.form("5310010208910005", "Agus Jehamat", "APBD-PROV-NTT", jan, dec));
        }

        assertThat(server.admin().otherRegionsBudgets(file, "53.10")).as("Manggarai's own budgets").isEmpty();
        assertThat(server.admin().otherRegionsBudgets(file, "53.19")).containsExactly(
                new ServerAdministration.OtherRegionsBudget("APBD-KAB-MGR", "APBD Kabupaten Manggarai", "53.10", 2,
                        java.util.List.of("531001********01 Maria Jelita", "531001********02 Yohanes Jehadu")),
                new ServerAdministration.OtherRegionsBudget("APBDES-MGR", "APBDes / ADD desa se-Kabupaten Manggarai",
                        "53.10", 1, java.util.List.of("531001********04 Theresia Nggarang")));
    }

    /**
     * A chart's picture says whose numbers: a regency clerk's its regency (an office not named yet: no office), a
     * provincial reader's its province, as its year report's letterhead does; the day by the services' clock.
     */
    @Test
    void aPicturesSourceIsTheRegencyOfAClerkAndTheProvinceOfAProvincialReader() throws Exception {
        try (PayungServices s = server.services(yosef)) {
            assertThat(s.dashboard().source()).isEqualTo(new DashboardService.Source(null, "Kabupaten Manggarai Barat",
                    java.time.LocalDate.now(TestData.CLOCK)));
        }
        try (PayungServices s = server.services(ntt)) {
            assertThat(s.dashboard().source().region()).isEqualTo("Provinsi Nusa Tenggara Timur");
            assertThat(s.dashboard().source().office()).isNull();
        }
    }
}
