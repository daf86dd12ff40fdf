package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FormProblem;
import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * db/postgresql/V11__regency_funders.sql with real logins: a clerk adds and edits the funding sources of their own
 * regency in Payung, and neither through Payung nor by hand another regency's, the province's, the national budget
 * or the self-paying source; a source's code, kind and region stay as added; a provincial reader writes none.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerFundersTest {
    private static final String REFUSED_BY_POLICY_OR_GRANT = "42501";
    private ServerFixture server;
    private String siti;
    private String yosef;
    private String ntt;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null);
        ntt = server.addUser("ntt", null, "53");
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    private static FundingSource draft(String code, String name, FunderType type, String region) {
        return new FundingSource(0, code, name, type, region, true, null);
    }

    private static FundingSource source(PayungServices s, String code) {
        return s.reference().fundingSources().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    private static void refused(PayungServices s, Runnable change, String code) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FormProblem::code).containsExactly(code));
    }

    @Test
    void aClerkAddsAndEditsTheSourcesOfTheirOwnRegencyOnly() throws SQLException {
        try (PayungServices s = server.services(siti)) {
            FundingSource bank = s.funding().add(draft("CSR-BANK-NTT-MGR", "CSR Bank NTT Manggarai", FunderType.CSR, "53.10"));
            s.funding().add(draft("APBDES-CUMBI", "APBDes Cumbi", FunderType.APBDES, "53.10.03.2002"));
            refused(s, () -> s.funding().add(draft("CSR-MABAR", "CSR Labuan Bajo", FunderType.CSR, "53.15")),
                    "FUNDER_OTHER_REGENCY");
            refused(s, () -> s.funding().add(draft("CSR-TANPA", "CSR tanpa wilayah", FunderType.CSR, null)),
                    "FUNDER_OTHER_REGENCY");
            refused(s, () -> s.funding().add(draft("APBD-PROV-2", "APBD Provinsi NTT tahap 2", FunderType.APBD_PROVINSI, "53")),
                    "FUNDER_OTHER_REGENCY");

            FundingSource kab = source(s, "APBD-KAB-MGR");
            s.funding().update(new FundingSource(kab.id(), kab.code(), "APBD Kabupaten Manggarai (stimulus)", kab.type(),
                    kab.regionCode(), true, "Perbup 2026"));
            FundingSource prov = source(s, "APBD-PROV-NTT");
            refused(s, () -> s.funding().update(new FundingSource(prov.id(), prov.code(), "APBD NTT", prov.type(),
                    prov.regionCode(), false, null)), "FUNDER_NOT_YOURS");
            FundingSource mandiri = source(s, "MANDIRI");
            refused(s, () -> s.funding().update(new FundingSource(mandiri.id(), mandiri.code(), "Bayar sendiri",
                    mandiri.type(), null, true, null)), "FUNDER_NOT_YOURS");
            assertThat(bank.id()).isPositive();
        }
        try (PayungServices s = server.services(yosef)) {
            FundingSource bank = source(s, "CSR-BANK-NTT-MGR"); // read province-wide: lists may name it
            refused(s, () -> s.funding().update(new FundingSource(bank.id(), bank.code(), "CSR Bank NTT", bank.type(),
                    bank.regionCode(), false, null)), "FUNDER_NOT_YOURS");
            assertThat(source(s, "APBD-KAB-MGR").name()).isEqualTo("APBD Kabupaten Manggarai (stimulus)");
        }
        try (Connection c = server.connect(siti); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            assertThat(text(st, "SELECT regency_code FROM audit_log WHERE entity = 'funding_source'"
                    + " AND entity_id = 'CSR-BANK-NTT-MGR'")).isEqualTo("53.10");
        }
    }

    /** What Payung refuses, the server refuses by hand too: the policies and grants, not the window, decide. */
    @Test
    void byHandAClerkCannotReachPastTheirRegencyNorChangeWhatASourceIs() throws SQLException {
        try (Connection c = server.connect(siti); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            refusedBySql(st, "INSERT INTO funding_source (code, name, type, region_code)"
                    + " VALUES ('CSR-LAIN', 'CSR lain', 'CSR', '53.15')");
            refusedBySql(st, "INSERT INTO funding_source (code, name, type, region_code)"
                    + " VALUES ('CSR-NTT', 'CSR NTT', 'CSR', NULL)");
            refusedBySql(st, "INSERT INTO funding_source (code, name, type, region_code)"
                    + " VALUES ('MANDIRI-MGR', 'Mandiri Manggarai', 'MANDIRI', '53.10')");
            // Review 11: the kinds a regency has not of its own, even named in the regency.
            refusedBySql(st, "INSERT INTO funding_source (code, name, type, region_code)"
                    + " VALUES ('APBN-MGR', 'APBN Manggarai', 'APBN', '53.10')");
            refusedBySql(st, "INSERT INTO funding_source (code, name, type, region_code)"
                    + " VALUES ('PROV-MGR', 'APBD Provinsi di Manggarai', 'APBD_PROVINSI', '53.10')");
            refusedBySql(st, "INSERT INTO funding_source (code, name, type, region_code)"
                    + " VALUES ('KAB-DESA', 'APBD Kabupaten di desa', 'APBD_KABUPATEN', '53.10.03.2002')");
            refusedBySql(st, "INSERT INTO funding_source (id, code, name, type, region_code)"
                    + " VALUES (9999, 'CSR-ID', 'CSR id', 'CSR', '53.10')");
            assertThat(st.executeUpdate("UPDATE funding_source SET name = 'x' WHERE code = 'APBD-PROV-NTT'")).isZero();
            refusedBySql(st, "UPDATE funding_source SET code = 'KAB-MGR' WHERE code = 'APBD-KAB-MGR'");
            refusedBySql(st, "UPDATE funding_source SET region_code = '53.15' WHERE code = 'APBD-KAB-MGR'");
            refusedBySql(st, "UPDATE funding_source SET type = 'APBN' WHERE code = 'APBD-KAB-MGR'");
            assertThat(st.executeUpdate("INSERT INTO funding_source (code, name, type, region_code)"
                    + " VALUES ('CSR-SQL-MGR', 'CSR lewat SQL', 'OTHER', '53.10.01')")).isEqualTo(1);
        }
        try (Connection c = server.connect(ntt); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            refusedBySql(st, "INSERT INTO funding_source (code, name, type, region_code)"
                    + " VALUES ('CSR-PROV', 'CSR provinsi', 'CSR', '53')");
            assertThat(text(st, "SELECT name FROM funding_source WHERE code = 'CSR-SQL-MGR'")).isEqualTo("CSR lewat SQL");
        }
    }

    private static void refusedBySql(Statement st, String sql) {
        assertThatThrownBy(() -> st.executeUpdate(sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo(REFUSED_BY_POLICY_OR_GRANT));
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
