package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.ServerAddress;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server import-file}: offices' Payung files moved onto a server made by {@code server init}. Manggarai
 * Barat's file first; then Manggarai's seeded file with its own clerks' work, refused whole while one of its
 * enrollments overlaps Manggarai Barat's for the same NIK (named in the sentence), moved whole once it does
 * not: the Manggarai clerk's 2025 funding shares are 4.280 / 1.000 (the seed's, replaced by the file's, not
 * doubled), the Manggarai Barat clerk sees none of them, the provincial reader sees them.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerImportFileTest {
    private static final String BOTH = "5315011203880003"; // enrolled by Manggarai Barat in 2024, by Manggarai in 2025
    private static final String CLASH = "5315014507900004"; // enrolled by both for 2025: one worker paid twice
    private ServerFixture server;
    private String siti;
    private String yosef;
    private String ntt;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        server.admin().init();
        siti = server.addUser("siti", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null);
        ntt = server.addUser("ntt", null, "53");
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void officeFilesMoveOntoTheServerWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path mabar = dir.resolve("mabar.db");
        PayungServices.create(mabar, "53.15", TestData.CLOCK);
        withoutTheSeededManggaraiRows(mabar);
        try (PayungServices office = PayungServices.open(mabar, false, TestData.CLOCK)) {
            office.enrollments().enrol(form(BOTH, "Yosef Jehadu", "53.15.01", "APBN", "2024-01", "2024-12"));
            office.enrollments().enrol(form(CLASH, "Maria Goreti", "53.15.01", "APBN", "2025-01", "2025-12"));
        }
        Map<String, Integer> moved = server.admin().importFile(mabar, "53.15");
        assertThat(moved).containsEntry("person", 2).containsEntry("enrollment", 2);

        Path manggarai = dir.resolve("manggarai.db");
        PayungServices.create(manggarai, null, TestData.CLOCK);
        try (PayungServices office = PayungServices.open(manggarai, false, TestData.CLOCK)) {
            office.enrollments().enrol(TestData.form("5310011205850001", "Kornelis Jelahu", "APBD-PROV-NTT",
                    YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
            office.enrollments().enrol(TestData.form("5310015204850002", "Theresia Nimat", "APBD-KAB-MGR",
                    YearMonth.of(2025, 1), null));
            office.enrollments().enrol(form(BOTH, "Yosef Jehadu", "53.10.12", "APBD-KAB-MGR", "2025-01", "2025-12"));
        }
        Path clean = dir.resolve("manggarai-clean.db");
        Files.copy(manggarai, clean);
        try (PayungServices office = PayungServices.open(manggarai, false, TestData.CLOCK)) {
            office.enrollments().enrol(form(CLASH, "Maria Goreti", "53.10.12", "APBD-PROV-NTT", "2025-06", null));
        }

        assertThatThrownBy(() -> server.admin().importFile(manggarai, "53.10")).isInstanceOfSatisfying(
                ServerAddress.Refused.class, e -> {
                    assertThat(e.key()).isEqualTo("server.import.overlap");
                    assertThat(e.args().get(0)).isEqualTo("1");
                    assertThat(e.args().get(2)).contains("Maria Goreti", "53.15").doesNotContain(CLASH)
                            .doesNotContain("Yosef");
                });
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person WHERE regency_code = '53.10'"))
                    .as("nothing moved").isZero();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM cohort WHERE regency_code = '53.10'"))
                    .as("the seed is still there").isEqualTo(4);
        }

        Map<String, Integer> whole = server.admin().importFile(clean, "53.10");
        assertThat(whole).containsEntry("person", 2).containsEntry("enrollment", 3).containsEntry("cohort", 4);
        assertThat(whole.get("audit_log")).isGreaterThan(3);

        try (Connection c = server.connect(siti)) {
            assertThat(shares2025(c)).containsExactly(Map.entry("APBD-KAB-MGR", 1000L), Map.entry("APBD-PROV-NTT", 4280L));
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment")).isEqualTo(3);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person")).as("Yosef through his Manggarai enrollment")
                    .isEqualTo(3);
        }
        try (Connection c = server.connect(yosef)) {
            assertThat(shares2025(c)).isEmpty();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment")).isEqualTo(2);
        }
        try (Connection c = server.connect(ntt)) {
            assertThat(shares2025(c)).containsExactly(Map.entry("APBD-KAB-MGR", 1000L), Map.entry("APBD-PROV-NTT", 4280L));
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment")).isEqualTo(5);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM person WHERE nik = '" + BOTH + "'"))
                    .as("one NIK, one person").isEqualTo(1);
        }
        offlineCopies(dir, clean);
        assertThatThrownBy(() -> server.admin().importFile(clean, "53.10")).isInstanceOfSatisfying(
                ServerAddress.Refused.class, e -> assertThat(e.key()).isEqualTo("server.import.regencyHasData"));
        assertThatThrownBy(() -> server.admin().importFile(clean, "53.15")).isInstanceOfSatisfying(
                ServerAddress.Refused.class, e -> assertThat(e.key()).isEqualTo("server.import.otherRegency"));
    }

    /**
     * {@code payung backup} on the server: the Manggarai clerk's offline copy is a checked Payung file any PC
     * opens, holding Manggarai's data only; the provincial reader gets none (its regencies would meet in one file).
     */
    private void offlineCopies(Path dir, Path office) {
        Path copy = dir.resolve("siti-offline.db");
        java.util.List<String> officeShares;
        try (PayungServices file = PayungServices.open(office, false, TestData.CLOCK)) {
            officeShares = shares(file);
        }
        try (PayungServices clerk = PayungServices.openServer(server.address(siti), "sandi-siti".toCharArray(),
                TestData.CLOCK)) {
            assertThat(clerk.offlineCopy(copy)).isEqualTo(copy.toAbsolutePath());
        }
        try (PayungServices offline = PayungServices.open(copy, false, TestData.CLOCK)) {
            assertThat(shares(offline)).as("as the office's own file").isEqualTo(officeShares)
                    .containsExactly("APBD-PROV-NTT 4280", "APBD-KAB-MGR 1000");
            assertThat(offline.register().counts(id.payung.domain.RegisterFilter.all()).total()).isEqualTo(3);
        }
        try (PayungServices reader = PayungServices.openServer(server.address(ntt), "sandi-ntt".toCharArray(),
                TestData.CLOCK)) {
            assertThatThrownBy(() -> reader.offlineCopy(dir.resolve("ntt.db"))).isInstanceOfSatisfying(
                    ServerAddress.Refused.class, e -> assertThat(e.key()).isEqualTo("server.backup.notClerk"));
        }
        assertThat(dir.resolve("ntt.db")).doesNotExist();
    }

    private static java.util.List<String> shares(PayungServices services) {
        return services.dashboard().fundingShares(2025).stream().filter(s -> s.participants() > 0)
                .map(s -> s.funderCode() + " " + s.participants()).toList();
    }

    /** Manggarai's seeded cohorts, events and claims are Manggarai's: a new Manggarai Barat file has none (trial 14 F1). */
    private static void withoutTheSeededManggaraiRows(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String table : new String[] {"cohort", "event", "benefit_claim"}) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                    r.next();
                    assertThat(r.getLong(1)).as(table).isZero();
                }
            }
        }
    }

    private static EnrollmentForm form(String nik, String name, String region, String funder, String first, String last) {
        boolean woman = Integer.parseInt(nik.substring(6, 8)) > 40;
        int day = Integer.parseInt(nik.substring(6, 8)) - (woman ? 40 : 0);
        LocalDate birth = LocalDate.of(1900 + Integer.parseInt(nik.substring(10, 12)), Integer.parseInt(nik.substring(8, 10)), day);
        return new EnrollmentForm(nik, name, woman ? Sex.P : Sex.L, "Ruteng", birth, null, region, "OJEK", null, null,
                funder, Segment.BPU, Set.of(Programme.JKK, Programme.JKM), 1_000_000L, YearMonth.parse(first),
                last == null ? null : YearMonth.parse(last), null);
    }

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
}
