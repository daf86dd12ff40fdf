package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schema itself on both engines, in SQL both read alike (no repository's): the same random saves on an
 * SQLite file and on the test server leave the same summary (person_year, year_count, enrollment_shape,
 * person_transition, continuation — SQLite's triggers and PostgreSQL's PL/pgSQL ones), each equal to its rule's
 * view; a transaction that leaves the bulk switch on cannot commit; and on the server the constraints decide
 * two clerks' races (an overlapping period, the same new NIK), every row carries the session's regency, and the
 * audit's who is the login.
 */
@OnPostgres
class SummaryOnBothEnginesTest {
    private static final String[] FUNDERS = {"APBD-PROV-NTT", "APBD-KAB-MGR", "MANDIRI", "CSR", "APBDES-MGR"};
    private static final String[] REGIONS = {"53.10.03", "53.10.12", "53.10.01", null};
    private static final String[] OCCUPATIONS = {"PETANI", "NELAYAN", null};

    @RegisterExtension
    final TestEngine sqlite = TestEngine.of(Dialect.SQLITE);
    @RegisterExtension
    final TestEngine server = TestEngine.of(Dialect.POSTGRES);

    /** Per table: its rows, in an order both engines give alike (summary rows without the regency column). */
    private static final Map<String, String> SUMMARY = Map.of(
            "person_year", "SELECT person_id, year, enrollment_id, funder_id, segment, kecamatan_code, occupation_code,"
                    + " full_package FROM person_year ORDER BY 1, 2",
            "year_count", "SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, n FROM year_count"
                    + " WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
            "enrollment_shape", "SELECT funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code,"
                    + " occupation_code, n FROM enrollment_shape WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
            "person_transition", "SELECT person_id, ended, continued FROM person_transition ORDER BY 1",
            "continuation", "SELECT enrollment_id, person_id, ended, segment, programmes, income_rp, first_month,"
                    + " last_month, occupation_code FROM continuation ORDER BY 1");

    /** The same rows computed from the rules (the views and the enrollments themselves). */
    private static final Map<String, String> RULES = Map.of(
            "person_year", "SELECT person_id, year, enrollment_id, funder_id, segment, kecamatan_code, occupation_code,"
                    + " full_package FROM person_year_due ORDER BY 1, 2",
            "year_count", "SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, count(*)"
                    + " FROM person_year_due GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6",
            "enrollment_shape", "SELECT e.funder_id, e.segment, " + SqlRules.programmeLabel("e") + ", coalesce("
                    + "e.declared_income_rp, " + id.payung.domain.Contributions.STANDARD_INCOME + "), e.first_month,"
                    + " coalesce(e.last_month, ''), coalesce(" + SqlRules.kecamatan("e.region_code") + ", ''),"
                    + " coalesce(p.occupation_code, ''), count(*) FROM enrollment e JOIN person p ON p.id = e.person_id"
                    + " WHERE e.deleted = 0 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8",
            "person_transition", "SELECT person_id, ended, continued FROM person_transition_due ORDER BY 1",
            "continuation", "SELECT enrollment_id, person_id, ended, segment, programmes, income_rp, first_month,"
                    + " last_month, occupation_code FROM continuation_due ORDER BY 1");

    @Test
    void theSameSavesLeaveTheSameSummaryOnBothEnginesEqualToTheRules() {
        sqlite.services().close();
        server.services().close();
        try (Database lite = sqlite.open(); Database pg = server.open()) {
            Random r = new Random(18);
            Map<Long, String> endOf = new HashMap<>(); // a person's last month so far: their periods never overlap
            List<Long> enrollments = new ArrayList<>();
            for (int step = 0; step < 300; step++) {
                int op = r.nextInt(10);
                long seed = r.nextLong();
                List<Long> idsLite = change(lite, op, seed, endOf, enrollments);
                List<Long> idsPg = change(pg, op, seed, new HashMap<>(endOf), enrollments);
                assertThat(idsPg).as("step %d: the same new ids", step).isEqualTo(idsLite);
                apply(op, seed, endOf, enrollments, idsLite);
                if (step % 60 == 59) {
                    assertSameSummary(lite, pg, step);
                }
            }
            assertSameSummary(lite, pg, 300);
            assertThat(scalar(pg, "SELECT count(*) FROM continuation")).as("self-paying continuations")
                    .isPositive();
            assertThat(scalar(pg, "SELECT count(*) FROM person_year WHERE regency_code <> '53.10'")).isZero();
            assertThat(scalar(pg, "SELECT count(*) FROM year_count WHERE regency_code <> '53.10'")).isZero();
        }
    }

    @Test
    void aTransactionThatLeavesTheBulkSwitchOnCannotCommit() {
        for (TestEngine engine : List.of(sqlite, server)) {
            try (Database db = engine.open()) {
                assertThatThrownBy(() -> db.write(tx -> tx.update("UPDATE summary_state SET bulk = 1")))
                        .as(engine.dialect().name()).isInstanceOf(StoreException.class);
                assertThat(scalar(db, "SELECT bulk FROM summary_state")).isZero();
            }
        }
    }

    @Test
    void twoClerksSavingOverlappingPeriodsAtOnceSaveOne() throws Exception {
        server.services().close();
        try (Database first = server.open(); Database second = server.open()) {
            long person = first.write(tx -> person(tx, "5310031208800001", null));
            CountDownLatch inserted = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Long> a = pool.submit(() -> first.write(tx -> {
                    long id = enrollment(tx, person, "APBD-KAB-MGR", "2025-01", "2025-12");
                    inserted.countDown();
                    sleep(700); // the other clerk's save now waits for this one's row
                    return id;
                }));
                assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
                Future<Long> b = pool.submit(() -> second.write(tx -> enrollment(tx, person, "MANDIRI", "2025-06", null)));
                assertThat(a.get(30, TimeUnit.SECONDS)).isPositive();
                assertThatThrownBy(() -> b.get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SQLException.class)
                        .rootCause().satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23P01"));
            } finally {
                pool.shutdownNow();
            }
            assertThat(scalar(first, "SELECT count(*) FROM enrollment WHERE person_id = ?", person)).isEqualTo(1);
            // Not overlapping, or deleted: no refusal.
            second.write(tx -> enrollment(tx, person, "MANDIRI", "2026-01", null));
            second.write(tx -> tx.update("UPDATE enrollment SET deleted = 1 WHERE person_id = ? AND funder_id ="
                    + " (SELECT id FROM funding_source WHERE code = 'MANDIRI')", person));
            second.write(tx -> enrollment(tx, person, "CSR", "2026-03", "2026-04"));
            assertThat(scalar(first, "SELECT count(*) FROM person_year WHERE person_id = ?", person))
                    .isEqualTo(2);
        }
    }

    @Test
    void twoClerksRegisteringTheSameNewNikAtOnceSaveOnePerson() throws Exception {
        server.services().close();
        try (Database first = server.open(); Database second = server.open()) {
            CountDownLatch inserted = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Long> a = pool.submit(() -> first.write(tx -> {
                    long id = person(tx, "5310034501900002", null);
                    inserted.countDown();
                    sleep(700);
                    return id;
                }));
                assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
                Future<Long> b = pool.submit(() -> second.write(tx -> person(tx, "5310034501900002", null)));
                assertThat(a.get(30, TimeUnit.SECONDS)).isPositive();
                assertThatThrownBy(() -> b.get(30, TimeUnit.SECONDS)).rootCause()
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
            } finally {
                pool.shutdownNow();
            }
            assertThat(scalar(first, "SELECT count(*) FROM person WHERE nik = '5310034501900002'")).isEqualTo(1);
        }
    }

    @Test
    void theAuditsWhoIsTheLoginAndEveryRowCarriesTheSessionsRegency() throws SQLException {
        server.services().close();
        PostgresDatabase db = server.server();
        String clerk = db.createLogin("siti", "rahasia-siti");
        try (var c = db.owner(); var s = c.createStatement()) {
            s.execute("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO " + PostgresDatabase.identifier(clerk));
            s.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + PostgresDatabase.identifier(clerk));
            s.execute("INSERT INTO payung_login (login, regency_code) VALUES (" + PostgresDatabase.literal(clerk) + ", '53.15')");
            s.execute("ALTER DATABASE " + PostgresDatabase.identifier(db.name()) + " RESET payung.regency");
        }
        id.payung.domain.ServerAddress owner = db.ownerAddress();
        id.payung.domain.ServerAddress asClerk = new id.payung.domain.ServerAddress(clerk, owner.host(), owner.port(),
                owner.database(), null);
        try (Database d = Database.openServer(asClerk, "rahasia-siti".toCharArray())) {
            d.write(tx -> tx.insert("INSERT INTO audit_log (at, actor, action, entity) VALUES ('2026-12-06T01:00:00Z',"
                    + " 'someone-else', 'TEST', 'nothing')"));
            String who = d.read(tx -> tx.one("SELECT actor || ' ' || regency_code FROM audit_log WHERE action = 'TEST'",
                    rs -> rs.getString(1))).orElseThrow();
            assertThat(who).isEqualTo(clerk + " 53.15");
        }
    }

    /** One random change (the same on both engines for the same seed); returns the ids it made. */
    private static List<Long> change(Database db, int op, long seed, Map<Long, String> endOf, List<Long> enrollments) {
        Random r = new Random(seed);
        return db.write(tx -> {
            List<Long> made = new ArrayList<>();
            if (endOf.isEmpty() || op < 3) {
                long p = person(tx, String.format("5310%012d", Math.abs(seed) % 1_000_000_000_000L),
                        OCCUPATIONS[r.nextInt(OCCUPATIONS.length)]);
                made.add(p);
                String first = month(2022 + r.nextInt(4), 1 + r.nextInt(12));
                made.add(enrollment(tx, p, FUNDERS[r.nextInt(FUNDERS.length)], first, lastAfter(r, first)));
            } else if (op < 5) {
                List<Long> people = new ArrayList<>(endOf.keySet());
                people.sort(null);
                long p = people.get(r.nextInt(people.size()));
                String end = endOf.get(p);
                if (end != null) { // an open-ended person gets no further period
                    String first = next(end, 1 + r.nextInt(4));
                    made.add(enrollment(tx, p, FUNDERS[r.nextInt(FUNDERS.length)], first, lastAfter(r, first)));
                }
            } else if (op < 7 && !enrollments.isEmpty()) {
                long e = enrollments.get(r.nextInt(enrollments.size()));
                tx.update("UPDATE enrollment SET funder_id = (SELECT id FROM funding_source WHERE code = ?), segment = ?,"
                        + " jkm = ?, jht = ?, declared_income_rp = ?, region_code = ? WHERE id = ?",
                        FUNDERS[r.nextInt(FUNDERS.length)], r.nextBoolean() ? "BPU" : "PU", r.nextInt(2), r.nextInt(2),
                        r.nextInt(3) == 0 ? 2_500_000L : null, REGIONS[r.nextInt(REGIONS.length)], e);
            } else if (op < 8 && !enrollments.isEmpty()) {
                tx.update("UPDATE enrollment SET deleted = 1 - deleted WHERE id = ?", enrollments.get(r.nextInt(enrollments.size())));
            } else if (op < 9) {
                List<Long> people = new ArrayList<>(endOf.keySet());
                people.sort(null);
                tx.update("UPDATE person SET occupation_code = ? WHERE id = ?", OCCUPATIONS[r.nextInt(OCCUPATIONS.length)],
                        people.get(r.nextInt(people.size())));
            } else if (!enrollments.isEmpty()) {
                // Removed for good (the app marks deleted; the schema's trigger must still count right).
                long e = enrollments.get(r.nextInt(enrollments.size()));
                tx.update("DELETE FROM enrollment WHERE id = ?", e);
                made.add(-e);
            }
            return made;
        });
    }

    /** Keeps the bookkeeping of {@link #change} after it ran on both engines. */
    private static void apply(int op, long seed, Map<Long, String> endOf, List<Long> enrollments, List<Long> made) {
        for (long id : made) {
            if (id < 0) {
                enrollments.remove(Long.valueOf(-id));
            }
        }
        // Re-derive the people's ends from the same random choices: simplest is to replay on a copy.
        Random r = new Random(seed);
        if (endOf.isEmpty() || op < 3) {
            r.nextInt(OCCUPATIONS.length);
            String first = month(2022 + r.nextInt(4), 1 + r.nextInt(12));
            r.nextInt(FUNDERS.length);
            endOf.put(made.get(0), lastAfter(r, first));
            enrollments.add(made.get(1));
        } else if (op < 5 && !made.isEmpty()) {
            List<Long> people = new ArrayList<>(endOf.keySet());
            people.sort(null);
            long p = people.get(r.nextInt(people.size()));
            String first = next(endOf.get(p), 1 + r.nextInt(4));
            r.nextInt(FUNDERS.length);
            endOf.put(p, lastAfter(r, first));
            enrollments.add(made.get(0));
        }
    }

    private static void assertSameSummary(Database lite, Database pg, int step) {
        for (String table : SUMMARY.keySet()) {
            List<String> onLite = rows(lite, SUMMARY.get(table));
            List<String> onPg = rows(pg, SUMMARY.get(table));
            assertThat(onPg).as("%s after step %d: the server's as the file's", table, step).isEqualTo(onLite);
            assertThat(onLite).as("%s after step %d: SQLite's cache equals the rule", table, step)
                    .isEqualTo(rows(lite, RULES.get(table)));
            assertThat(onPg).as("%s after step %d: PostgreSQL's cache equals the rule", table, step)
                    .isEqualTo(rows(pg, RULES.get(table)));
        }
    }

    private static long scalar(Database db, String sql, Object... params) {
        return db.read(tx -> tx.scalar(sql, params));
    }

    private static List<String> rows(Database db, String sql) {
        return db.read(tx -> tx.list(sql, rs -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                b.append(rs.getString(i)).append('|');
            }
            return b.toString();
        }));
    }

    private static long person(Tx tx, String nik, String occupation) {
        return tx.insert("INSERT INTO person (nik, full_name, sex, birth_date, region_code, occupation_code, created_at)"
                + " VALUES (?, 'Orang', 'L', '1980-08-12', '53.10.03', ?, '2026-12-06T00:00:00Z')", nik, occupation);
    }

    private static long enrollment(Tx tx, long person, String funder, String first, String last) {
        return tx.insert("INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp, first_month, last_month,"
                + " region_code) VALUES (?, (SELECT id FROM funding_source WHERE code = ?), 'BPU', 1, 1, 0, 0, ?, ?, ?)",
                person, funder, first, last, REGIONS[(int) (person % REGIONS.length)]);
    }

    private static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    private static String next(String month, int after) {
        return java.time.YearMonth.parse(month).plusMonths(after).toString();
    }

    /** A last month at or after {@code first}, or null (open-ended) one time in six. */
    private static String lastAfter(Random r, String first) {
        return r.nextInt(6) == 0 ? null : next(first, r.nextInt(30));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
