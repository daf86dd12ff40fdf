package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * db/postgresql/V2__tenancy.sql on a real server, with real logins made by {@code server add-user}'s service
 * after {@code server init}: two Manggarai (53.10) clerks, a Manggarai Barat (53.15) clerk, the NTT (53)
 * provincial reader, and the owner. One test per role: what it reads, and the writes it is refused.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerTenancyTest {
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private ServerFixture server;
    private String siti;
    private String maria;
    private String yosef;
    private String ntt;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
        maria = server.addUser("maria", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null);
        ntt = server.addUser("ntt", null, "53");
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void aRegencysClerkReadsAndWritesTheRegencysRowsOnly() throws SQLException {
        try (Connection c = server.connect(siti); Connection other = server.connect(maria)) {
            assertThat(shares2025(c)).containsExactly(Map.entry("APBD-KAB-MGR", 1000L), Map.entry("APBD-PROV-NTT", 4280L));
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM region")).as("reference data").isGreaterThan(500);
            insertEvent(c, null, "Sosialisasi Siti");
            assertThat(regencyOf(c, "Sosialisasi Siti")).isEqualTo("53.10");
            assertThat(ServerFixture.count(other, "SELECT count(*) FROM event WHERE title = 'Sosialisasi Siti'"))
                    .as("a second clerk of the regency sees it").isEqualTo(1);

            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-02-01', 'orang lain', 'TEST', 'x')");
            }
            assertThat(ServerFixture.count(other, "SELECT count(*) FROM audit_log WHERE action = 'TEST' AND actor = '" + siti + "'"))
                    .as("the audit's who is the login, whatever the client sends").isEqualTo(1);
            assertThat(ServerFixture.count(other, "SELECT count(*) FROM audit_log WHERE action = 'TEST'"
                    + " AND at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD') || 'T' || substr(at, 12)"
                    + " AND at <> '2026-02-01'"))
                    .as("and its when is the server's day (V4), whatever the client sends").isEqualTo(1);
            refused(() -> insertEvent(c, "53.15", "Menulis ke Manggarai Barat"));
            try (Statement s = c.createStatement()) {
                // A session setting is no way around it: the clerk's regency is the login's.
                s.execute("SET payung.regency = '53.15'");
                refused(() -> insertEvent(c, null, "Lewat pengaturan sesi"));
                s.execute("RESET payung.regency");
                refused(() -> s.executeUpdate("UPDATE cohort SET regency_code = '53.15'"));
                refused(() -> s.executeUpdate("INSERT INTO region (code, name, level, parent_code)"
                        + " VALUES ('53.10.99', 'Kecamatan Baru', 'KECAMATAN', '53.10')"));
                refused(() -> s.executeUpdate("UPDATE audit_log SET actor = 'orang lain'"));
                refused(() -> s.executeUpdate("DELETE FROM audit_log"));
            }
        }
    }

    /**
     * A clerk cannot become another regency's clerk, nor have an owner-rights trigger write every regency's rows
     * into a table of theirs: temporary tables are refused, and every function finds Payung's tables first
     * (found by review, 06/12/2026); nor empty the summary's bookkeeping, which every regency's counts rest on.
     */
    @Test
    void aClerkCannotStandATemporaryTableInForPayungsNorEmptyTheSummarysBookkeeping() throws SQLException {
        try (Connection c = server.connect(yosef); Statement s = c.createStatement()) {
            refused(() -> s.execute("CREATE TEMP TABLE payung_login (login text, regency_code text, province_code text)"));
            refused(() -> s.execute("CREATE TEMP TABLE continuation (person_id bigint)"));
            refused(() -> s.executeUpdate("DELETE FROM calendar_year"));
            refused(() -> s.executeUpdate("INSERT INTO summary_dirty VALUES (1)"));
            // The horizon and the bulk switch are moved by V3's functions only: a clerk setting bulk = 1 switched
            // every trigger off for their transaction, and could stretch the horizon to 2100.
            refused(() -> s.executeUpdate("UPDATE summary_state SET horizon = 2100"));
            refused(() -> s.executeUpdate("UPDATE summary_state SET bulk = 1"));
            refused(() -> s.executeQuery("SELECT bulk FROM summary_state FOR UPDATE"));
            // The triggers' helpers are nobody's to call: payung_shape added a made-up row to any regency's shapes.
            refused(() -> s.executeQuery("SELECT payung_shape(e, 1000) FROM enrollment e LIMIT 1"));
            refused(() -> s.executeQuery("SELECT payung_recount_years('{1}')"));
            assertThat(shares2025(c)).as("still none of Manggarai's").isEmpty();
        }
        try (Connection c = server.connect(siti); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                     + " WHERE n.nspname = current_schema() AND p.prolang <> 13 AND p.prosqlbody IS NULL AND NOT EXISTS (SELECT 1 FROM pg_depend d"
                     + " WHERE d.objid = p.oid AND d.deptype = 'e') AND NOT (coalesce(p.proconfig, '{}') @> ARRAY["
                     + "'search_path=' || current_schema() || ', pg_temp'])")) {
            r.next();
            assertThat(r.getLong(1)).as("Payung's functions without a fixed search path").isZero();
        }
    }

    /**
     * A clerk who holds the summary's row (an import's lock taken by hand and the transaction left open) makes
     * nobody's Payung hang while opening: moving the horizon waits two seconds, then leaves it for the next
     * opening (review, 06/12/2026); the new year is read from the enrollments meanwhile.
     */
    @Test
    void aHeldImportLockDoesNotHangTheHorizonsMove() throws SQLException {
        try (Connection holder = server.connect(siti); Connection opener = server.connect(yosef)) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT payung_import_lock()")) {
                r.next();
                assertThat(r.getBoolean(1)).isTrue();
            }
            long horizon = ServerFixture.count(opener, "SELECT horizon FROM summary_state");
            opener.setAutoCommit(true);
            try (Statement s = opener.createStatement()) {
                // A wait for the lock without end would fail here instead of hanging the test.
                s.execute("SET statement_timeout = '20s'");
                try (java.sql.ResultSet r = s.executeQuery("SELECT payung_keep_up(" + (horizon + 1) + ")")) {
                    r.next();
                    assertThat(r.getBoolean(1)).as("left for the next opening").isFalse();
                }
            }
            assertThat(ServerFixture.count(opener, "SELECT horizon FROM summary_state")).isEqualTo(horizon);
            holder.rollback();
        }
    }

    /**
     * A person Manggarai registered, later enrolled by Manggarai Barat (as an office's file brings them): Manggarai
     * Barat's clerk may correct that enrollment, but a change of the person's details is refused in a sentence —
     * row-level security would have changed no row and the form said "saved" (found by review, 06/12/2026).
     */
    @Test
    void anotherRegencysClerkCannotChangeThePersonsDetailsButIsToldSo() throws SQLException {
        long enrollment;
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("SET payung.regency = '53.10'");
            long person;
            try (java.sql.ResultSet r = s.executeQuery("INSERT INTO person (nik, full_name, sex, birth_date, birth_place, address, region_code, occupation_code, created_at)"
                    + " VALUES ('5310016507900001', 'Theresia Nabu', 'P', '1990-07-25', 'Ruteng', 'Wae Rii', '53.10.01', 'PETANI', '2026-01-01') RETURNING id")) {
                r.next();
                person = r.getLong(1);
            }
            s.execute("SET payung.regency = '53.15'");
            try (java.sql.ResultSet r = s.executeQuery("INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp,"
                    + " declared_income_rp, first_month, last_month) SELECT " + person + ", id, 'BPU', 1, 1, 0, 0, 1000000, '2026-07', '2026-12'"
                    + " FROM funding_source WHERE code = 'MANDIRI' RETURNING id")) {
                r.next();
                enrollment = r.getLong(1);
            }
        }
        String password = "sandi-" + yosef.substring(server.db.name().length() + 1);
        try (id.payung.service.facade.PayungServices services = id.payung.service.facade.PayungServices.openServer(
                server.address(yosef), password.toCharArray(), TestData.CLOCK)) {
            id.payung.domain.EnrollmentForm form = services.enrollments().openForEditing(enrollment);
            id.payung.domain.EnrollmentForm renamed = new id.payung.domain.EnrollmentForm(form.nik(), "Theresia Nabu Jelita",
                    form.sex(), form.birthPlace(), form.birthDate(), form.address(), form.regionCode(), form.occupationCode(),
                    form.phone(), form.kpj(), form.funderCode(), form.segment(), form.programmes(), form.declaredIncomeRp(),
                    form.firstMonth(), form.lastMonth(), form.notes());
            assertThatThrownBy(() -> services.enrollments().update(enrollment, renamed))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field() + " " + p.code())
                            .containsExactly("NAME PERSON_OTHER_OFFICE"));
            id.payung.domain.EnrollmentForm later = new id.payung.domain.EnrollmentForm(form.nik(), form.fullName(),
                    form.sex(), form.birthPlace(), form.birthDate(), form.address(), form.regionCode(), form.occupationCode(),
                    form.phone(), form.kpj(), form.funderCode(), form.segment(), form.programmes(), form.declaredIncomeRp(),
                    form.firstMonth(), java.time.YearMonth.of(2026, 11), form.notes());
            services.enrollments().update(enrollment, later);
            assertThat(services.enrollments().openForEditing(enrollment).lastMonth()).as("the enrollment alone is corrected")
                    .isEqualTo(java.time.YearMonth.of(2026, 11));
        }
    }

    @Test
    void anotherRegencysClerkSeesNoneOfThoseRowsAndCannotWriteThem() throws SQLException {
        try (Connection c = server.connect(yosef); Statement s = c.createStatement()) {
            assertThat(shares2025(c)).isEmpty();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM event")).as("Manggarai's seeded events").isZero();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM region")).as("reference data").isGreaterThan(500);
            assertThat(s.executeUpdate("UPDATE cohort SET participants = 0")).as("no Manggarai row to update").isZero();
            assertThat(s.executeUpdate("DELETE FROM event")).isZero();
            refused(() -> insertEvent(c, "53.10", "Menulis ke Manggarai"));
            insertEvent(c, null, "Sosialisasi Labuan Bajo");
            assertThat(regencyOf(c, "Sosialisasi Labuan Bajo")).isEqualTo("53.15");
        }
        try (Connection owner = server.ownerConnection()) {
            assertThat(ServerFixture.count(owner, "SELECT sum(participants) FROM cohort WHERE year = 2025"))
                    .as("Manggarai's cohorts untouched").isEqualTo(5280);
        }
    }

    @Test
    void theProvincialReaderReadsEveryRegencyOfTheProvinceAndWritesNothing() throws SQLException {
        try (Connection mabar = server.connect(yosef)) {
            insertEvent(mabar, null, "Rapat Manggarai Barat");
        }
        try (Connection c = server.connect(ntt); Statement s = c.createStatement()) {
            assertThat(shares2025(c)).containsExactly(Map.entry("APBD-KAB-MGR", 1000L), Map.entry("APBD-PROV-NTT", 4280L));
            assertThat(regencyOf(c, "Rapat Manggarai Barat")).isEqualTo("53.15");
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM event WHERE regency_code = '53.10'")).isPositive();
            refused(() -> insertEvent(c, "53.10", "Provinsi menulis"));
            refused(() -> s.executeUpdate("UPDATE cohort SET participants = 0"));
            refused(() -> s.executeUpdate("DELETE FROM event"));
            refused(() -> s.executeUpdate("INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-01-01', 'x', 'x', 'x')"));
            // The import functions are the clerks' (V3): a reader neither locks imports out nor moves the horizon.
            refused(() -> s.executeQuery("SELECT payung_import_lock()"));
            refused(() -> s.executeQuery("SELECT payung_keep_up(2030)"));
        }
    }

    @Test
    void theOwnerReadsEveryRegencyButWritesOnlyTheRegencyItsSessionNames() throws SQLException {
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement()) {
            assertThat(ServerFixture.count(c, "SELECT sum(participants) FROM cohort WHERE year = 2025")).isEqualTo(5280);
            refused(() -> insertEvent(c, null, "Pemilik tanpa kabupaten"));
            s.execute("SET payung.regency = '53.15'");
            insertEvent(c, null, "Pemilik untuk Manggarai Barat");
            assertThat(regencyOf(c, "Pemilik untuk Manggarai Barat")).isEqualTo("53.15");
            refused(() -> insertEvent(c, "53.10", "Pemilik menyelinap"));
            assertThat(s.executeUpdate("UPDATE cohort SET participants = 0")).as("Manggarai's cohorts are not 53.15's").isZero();
        }
    }

    @Test
    void eachLoginsFundingSharesReportIsTheirs() {
        assertThat(fundingShares2025(siti)).containsExactly("APBD-PROV-NTT 4.280", "APBD-KAB-MGR 1.000");
        assertThat(fundingShares2025(yosef)).as("Manggarai Barat's clerk sees none of Manggarai's").isEmpty();
        assertThat(fundingShares2025(ntt)).containsExactly("APBD-PROV-NTT 4.280", "APBD-KAB-MGR 1.000");
    }

    /** {@code report funding-shares --year 2025} as {@code login}: the dashboard's shares, as the report prints them. */
    private java.util.List<String> fundingShares2025(String login) {
        try (id.payung.service.facade.PayungServices services = server.services(login)) {
            return services.dashboard().fundingShares(2025).stream().filter(s -> s.participants() > 0)
                    .map(s -> s.funderCode() + " " + id.payung.domain.Formats.count(s.participants())).toList();
        }
    }

    /** A login's cohort participants for 2025 by funder: the funding-shares numbers of the seeded office. */
    private static Map<String, Long> shares2025(Connection c) throws SQLException {
        Map<String, Long> shares = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT f.code, sum(k.participants)"
                + " FROM cohort k JOIN funding_source f ON f.id = k.funder_id WHERE k.year = 2025 GROUP BY f.code")) {
            while (r.next()) {
                shares.put(r.getString(1), r.getLong(2));
            }
        }
        return shares;
    }

    private static void insertEvent(Connection c, String regency, String title) throws SQLException {
        String sql = regency == null ? "INSERT INTO event (kind, event_date, title) VALUES ('OTHER', '2026-02-01', ?)"
                : "INSERT INTO event (kind, event_date, title, regency_code) VALUES ('OTHER', '2026-02-01', ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, title);
            if (regency != null) {
                ps.setString(2, regency);
            }
            ps.executeUpdate();
        }
    }

    private static String regencyOf(Connection c, String title) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT regency_code FROM event WHERE title = ?")) {
            ps.setString(1, title);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private interface Sql {
        void run() throws SQLException;
    }

    private static void refused(Sql sql) {
        assertThatThrownBy(sql::run).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
