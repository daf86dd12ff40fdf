package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.DatabaseOpenException;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh database on a PostgreSQL server gets Payung's schema (db/postgresql) and the shipped seeds in one
 * open, the same rows as a new SQLite file: Manggarai's funding shares for 2025 are 4.280 / 1.000. (The
 * dashboard's own queries on a server are pgsql's part: DashboardServiceTest on both engines.)
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
class ServerSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aFreshServerDatabaseGetsTheSchemaAndTheSeeds(PostgresDatabase server) throws SQLException {
        server.useRegency("53.10");
        long t0 = System.nanoTime();
        PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK).close();
        System.out.println("PostgreSQL open + migrate + seed: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK).close();
        try (Connection pg = server.owner(); Statement s = pg.createStatement();
             Connection lite = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("payung.db"));
             Statement l = lite.createStatement()) {
            assertThat(one(s, "SELECT version FROM payung_schema")).as("V1 schema, V2 tenancy, V3 import functions, V4 audit time, V5 regency indexes, V6 province reads, V7 server stamps, V8 server import, V9 recount plans, V10 statement checks, V11 regency funders, V12 audit days, V13 audit kinds by action, V14 province settings, V15 person records, V16 region apostrophes, V17 NIK office, V18 people a restore took away").isEqualTo(18);
            // V13: the kinds taken by action (deletions, privacy) read by an index on the action.
            assertThat(one(s, "SELECT count(*) FROM pg_indexes WHERE tablename = 'audit_log' AND indexname = 'audit_action'"
                    + " AND indexdef LIKE '%(action)'")).isEqualTo(1);
            // V9: the batch recounts plan their look-ups by person for pages in memory; nothing else does.
            assertThat(one(s, "SELECT count(*) FROM pg_proc WHERE proname IN ('payung_recount_years', 'payung_recount_people')"
                    + " AND proconfig @> ARRAY['random_page_cost=1.1']")).isEqualTo(2);
            assertThat(one(s, "SELECT count(*) FROM pg_proc WHERE 'random_page_cost=1.1' = ANY (proconfig)")).isEqualTo(2);
            assertThat(one(s, "SELECT CAST(current_setting('random_page_cost') AS numeric) * 10")).isEqualTo(40);
            // The same seeds as a new file: every table's rows counted alike.
            for (String table : List.of("region", "funding_source", "occupation", "rate_rule", "cohort", "event",
                    "benefit_claim", "meta", "calendar_year", "summary_state")) {
                assertThat(one(s, "SELECT count(*) FROM " + table)).as(table).isEqualTo(one(l, "SELECT count(*) FROM " + table))
                        .isPositive();
            }
            // Manggarai's funding shares for 2025: the seeded cohorts (no named persons yet), 4.280 / 1.000.
            String shares = """
                    SELECT f.code, sum(c.participants) FROM cohort c JOIN funding_source f ON f.id = c.funder_id
                    WHERE c.year = 2025 GROUP BY f.code ORDER BY 2 DESC""";
            assertThat(rows(s, shares)).containsExactly("APBD-PROV-NTT 4280", "APBD-KAB-MGR 1000").isEqualTo(rows(l, shares));
            // Every regency's row carries its regency (the session's); reference data is shared.
            assertThat(one(s, "SELECT count(*) FROM cohort WHERE regency_code <> '53.10'")).isZero();
            assertThat(one(s, "SELECT count(*) FROM meta WHERE regency_code <> '53.10'")).isZero();
            assertThat(one(s, "SELECT count(*) FROM audit_log WHERE regency_code <> '53.10'")).isZero();
        }
        // A second open neither migrates nor seeds again.
        long t1 = System.nanoTime();
        try (Database db = Database.openServer(server.ownerAddress(), null)) {
            System.out.println("PostgreSQL open of a migrated database: " + (System.nanoTime() - t1) / 1_000_000 + " ms");
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRES);
            assertThat(db.createdSchema()).isFalse();
        }
    }

    @Test
    void aDatabaseHoldingSomethingElseIsRefusedUnchanged(PostgresDatabase server) throws SQLException {
        try (Connection c = server.owner(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
            s.execute("CREATE TABLE payroll (id int)");
        }
        assertThatThrownBy(() -> Database.openServer(server.ownerAddress(), null))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseOpenException.Problem.UNEXPECTED_SCHEMA);
                    assertThat(e.shownAs()).startsWith("postgresql://postgres@localhost:");
                });
        try (Connection c = server.owner(); Statement s = c.createStatement()) {
            assertThat(one(s, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo(1);
        }
    }

    @Test
    void aLoginTheServerRefusesIsSaidSo(PostgresDatabase server) throws SQLException {
        String clerk = server.createLogin("clerk", "the-right-one");
        id.payung.domain.ServerAddress a = server.ownerAddress();
        id.payung.domain.ServerAddress asClerk = new id.payung.domain.ServerAddress(clerk, a.host(), a.port(), a.database(), null);
        assertThatThrownBy(() -> Database.openServer(asClerk, "wrong".toCharArray()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseOpenException.Problem.SERVER_LOGIN));
        assertThatThrownBy(() -> Database.openServer(asClerk, null))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseOpenException.Problem.SERVER_NO_PASSWORD));
        id.payung.domain.ServerAddress nowhere = new id.payung.domain.ServerAddress(clerk, a.host(), a.port(), "no_such_db", null);
        assertThatThrownBy(() -> Database.openServer(nowhere, "the-right-one".toCharArray()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseOpenException.Problem.SERVER_UNREACHABLE));
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getLong(2));
            }
        }
        return rows;
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
