package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
 * db/postgresql/V10__statement_checks.sql, part 2, through Payung's own services: a person's {@code created_at} is
 * the server's time by the column's default, and the stamp trigger runs only for a row bringing another value.
 * A clerk's import (which leaves the column to its default: no trigger runs) gives its new people the server's
 * time, in the trigger's format; the owner's {@code server import-file}, whose rows bring the office's times, keeps
 * each person's time from the file (one of them set years back, so no clock could give it). A clerk's row bringing
 * another time by hand is ServerStampsTest's.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerImportStampsTest {
    private static final String LONG_AGO = "2001-02-03T04:05:06Z";
    private ServerFixture server;
    private String siti;

    @TempDir
    static Path dir;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void aClerksImportGivesNewPeopleTheServersTime() throws Exception {
        StringWriter csv = new StringWriter();
        DemoData.writeCsv(csv, 250, 10);
        Path list = Files.write(dir.resolve("siti.csv"), List.of(csv.toString().split("\\R")), StandardCharsets.UTF_8);
        Instant before = Instant.now().minusSeconds(1);
        long batch;
        try (PayungServices services = server.services(siti)) {
            ImportService.Report report = services.imports().importFile(list, ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(report.imported()).isEqualTo(250);
            batch = report.batchId();
        }
        Instant after = Instant.now().plusSeconds(1);
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement()) {
            List<String> imported = texts(s, "SELECT DISTINCT p.created_at FROM person p"
                    + " WHERE EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = p.id AND e.batch_id = " + batch + ")");
            assertThat(ServerFixture.count(c, "SELECT count(DISTINCT person_id) FROM enrollment WHERE batch_id = " + batch))
                    .isGreaterThan(100);
            assertThat(imported).isNotEmpty().allSatisfy(t -> {
                assertThat(t).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
                assertThat(Instant.parse(t)).as("an imported person's, by the server").isBetween(before, after);
            });
        }
    }

    @Test
    void theOwnersImportFileKeepsTheOfficesTimes() throws Exception {
        Path mabar = dir.resolve("mabar.db");
        PayungServices.create(mabar, "53.15", TestData.CLOCK);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mabar); Statement s = c.createStatement()) {
            // Manggarai's seeded rows are not Manggarai Barat's (as in ServerImportFileTest).
            s.execute("DELETE FROM cohort");
            s.execute("DELETE FROM event");
            s.execute("DELETE FROM benefit_claim");
        }
        try (PayungServices office = PayungServices.open(mabar, false, TestData.CLOCK)) {
            office.enrollments().enrol(form("5315011203880003", "Yosef Jehadu", "2024-01", "2024-12"));
            office.enrollments().enrol(form("5315014507900004", "Maria Goreti", "2025-01", null));
        }
        Map<String, String> inFile = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mabar); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE person SET created_at = '" + LONG_AGO + "' WHERE nik = '5315011203880003'");
            try (ResultSet r = s.executeQuery("SELECT nik, created_at FROM person")) {
                while (r.next()) {
                    inFile.put(r.getString(1), r.getString(2));
                }
            }
        }
        assertThat(inFile).hasSize(2).containsEntry("5315011203880003", LONG_AGO);
        assertThat(server.admin().importFile(mabar, "53.15")).containsEntry("person", 2);
        Map<String, String> onServer = new TreeMap<>();
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT nik, created_at FROM person WHERE regency_code = '53.15'")) {
            while (r.next()) {
                onServer.put(r.getString(1), r.getString(2));
            }
        }
        assertThat(onServer).as("the office's own times").isEqualTo(inFile);
    }

    private static EnrollmentForm form(String nik, String name, String first, String last) {
        boolean woman = Integer.parseInt(nik.substring(6, 8)) > 40;
        int day = Integer.parseInt(nik.substring(6, 8)) - (woman ? 40 : 0);
        LocalDate birth = LocalDate.of(1900 + Integer.parseInt(nik.substring(10, 12)), Integer.parseInt(nik.substring(8, 10)), day);
        return new EnrollmentForm(nik, name, woman ? Sex.P : Sex.L, "Ruteng", birth, null, "53.15.01", "OJEK", null, null,
                "APBN", Segment.BPU, Set.of(Programme.JKK, Programme.JKM), 1_000_000L, YearMonth.parse(first),
                last == null ? null : YearMonth.parse(last), null);
    }

    private static List<String> texts(Statement s, String sql) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
