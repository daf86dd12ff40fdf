package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Enrollment;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Scope;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-year summary must give exactly what grouping the enrollments gives, whatever happens to them:
 * random additions, edits, ends, deletions, moves between kecamatan, occupation changes, bulk imports and undo.
 * So must the move to self-paying kept per person (schema v6) give what the enrollments give.
 */
class YearSummaryTest {
    private static final String[] FUNDERS = {"APBD-PROV-NTT", "APBD-KAB-MGR", "MANDIRI", "CSR", "APBDES-MGR"};
    // Kecamatan and desa codes (the desa are added to the region table in open()): the summary takes a
    // desa's kecamatan from its code, the direct queries from the region table.
    private static final String[] REGIONS = {"53.10.03", "53.10.12", "53.10.01", "53.10.03.2002", "53.10.12.1001", null};
    private static final String[] OCCUPATIONS = {"PETANI", "NELAYAN", null};

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on: SQLite here, PostgreSQL in {@link YearSummaryOnPostgresTest}. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private final EnrollmentRepository repo = new EnrollmentRepository();
    private final ParticipantStats stats = new ParticipantStats();
    private final ReportQueries reports = new ReportQueries();

    @Test
    void staysEqualToGroupingTheEnrollmentsThroughRandomChanges() {
        created();
        Random r = new Random(42);
        List<Long> people = new ArrayList<>();
        List<Long> enrollments = new ArrayList<>();
        try (Database db = engine.open()) {
            for (int step = 0; step < 400; step++) {
                int op = r.nextInt(10);
                List<Long> newPeople = new ArrayList<>();
                List<Long> newEnrollments = new ArrayList<>();
                refusedOnServer(db, () -> db.write(tx -> {
                    if (people.isEmpty() || op < 3) {
                        long id = repo.insertPerson(tx, person(r, people.size() + newPeople.size()));
                        newPeople.add(id);
                        newEnrollments.add(repo.insertEnrollment(tx, enrollment(r, id)));
                    } else if (op < 5) {
                        long person = people.get(r.nextInt(people.size()));
                        newEnrollments.add(repo.insertEnrollment(tx, enrollment(r, person)));
                    } else if (op < 7) {
                        long id = enrollments.get(r.nextInt(enrollments.size()));
                        Enrollment e = repo.enrollment(tx, id).orElseThrow();
                        Enrollment changed = enrollment(r, e.personId());
                        repo.updateEnrollment(tx, new Enrollment(id, e.personId(), changed.funderCode(), changed.segment(),
                                changed.programmes(), changed.declaredIncomeRp(), changed.firstMonth(), changed.lastMonth(),
                                null, null, changed.regionCode()));
                    } else if (op < 8) {
                        if (r.nextBoolean()) {
                            repo.setDeleted(tx, enrollments.get(r.nextInt(enrollments.size())), r.nextBoolean());
                        } else {
                            // A correction of the place on every enrollment of a person.
                            repo.setRegionOfAll(tx, people.get(r.nextInt(people.size())), REGIONS[r.nextInt(REGIONS.length)]);
                        }
                    } else {
                        // The person moves (their current place): their enrollments stay where they were made.
                        long id = people.get(r.nextInt(people.size()));
                        Person p = repo.person(tx, id).orElseThrow();
                        repo.updatePerson(tx, new Person(id, p.nik(), p.fullName(), p.sex(), null, p.birthDate(), null,
                                REGIONS[r.nextInt(REGIONS.length)], OCCUPATIONS[r.nextInt(OCCUPATIONS.length)], null,
                                null));
                    }
                    return null;
                }));
                people.addAll(newPeople);
                enrollments.addAll(newEnrollments);
                if (step % 50 == 49) {
                    assertSame(db);
                }
            }
            assertSame(db);
            long continuing = db.read(tx -> tx.scalar("SELECT count(*) FROM continuation"));
            long ended = db.read(tx -> tx.scalar("SELECT count(*) FROM person_transition"));
            assertThat(continuing).as("the changes reach self-paying after government funding").isPositive();
            assertThat(ended).as("and persons whose government funding ended").isGreaterThan(continuing / 2);
        }
    }

    @Test
    void bulkImportAndUndoRecountOnlyAtTheirEnd() {
        created();
        Random r = new Random(7);
        try (Database db = engine.open()) {
            long existing = db.write(tx -> {
                long id = repo.insertPerson(tx, person(r, 0));
                // (ends before the mandiri period below: a server refuses overlapping periods of one person)
                repo.insertEnrollment(tx, new Enrollment(0, id, "APBD-KAB-MGR", Segment.BPU, EnumSet.of(Programme.JKK),
                        null, YearMonth.of(2025, 1), YearMonth.of(2025, 5), null, null));
                return id;
            });
            ImportBatchRepository batches = new ImportBatchRepository();
            long batch = db.write(tx -> {
                long b = batches.start(tx, "x.csv", "0", "test");
                EnrollmentBulkWriter w = new EnrollmentBulkWriter(tx);
                for (int i = 1; i <= 1200; i++) {
                    long id = w.addPerson(person(r, i));
                    w.addEnrollment(enrollment(r, id), b);
                }
                // Someone already registered moves to mandiri in June 2025: counts for mandiri in 2025.
                w.addEnrollment(new Enrollment(0, existing, "MANDIRI", Segment.BPU, EnumSet.of(Programme.JKK), null,
                        YearMonth.of(2025, 6), YearMonth.of(2026, 5), null, null), b);
                assertThat(tx.scalar("SELECT bulk FROM summary_state")).isEqualTo(1);
                // Inside the bulk write the per-person tables lag behind: the report asks the enrollments.
                YearMonth now = YearMonth.of(2026, 11);
                List<ReportQueries.TransitionCount> inside = reports.transitions(tx, now);
                assertThat(inside).isEqualTo(reports.transitionsDirect(tx, now));
                long recounted = tx.scalar("SELECT count(*) FROM person_transition");
                assertThat(inside.stream().mapToLong(ReportQueries.TransitionCount::ended).sum())
                        .as("the batch's people count before they are recounted").isGreaterThan(recounted);
                assertThat(reports.continuingGroups(tx, now, 2026))
                        .containsExactlyInAnyOrderElementsOf(reports.continuingGroupsDirect(tx, now, 2026));
                w.finish(b);
                assertThat(tx.scalar("SELECT bulk FROM summary_state")).as("triggers back on").isZero();
                return b;
            });
            assertSame(db);
            db.write(tx -> batches.undo(tx, batch));
            assertSame(db);
            long bulk = db.read(tx -> tx.scalar("SELECT bulk FROM summary_state"));
            assertThat(bulk).isZero();
        }
    }

    /**
     * The bulk writer's end keeps the summary set-wise (people it added by their id range, {@code year_count}
     * by group instead of its per-row trigger): on a file that already held rows, with people re-enrolled in
     * the batch (overlapping years, moving to self-paying, open-ended) beside new people with several
     * enrollments, every summary table is what a full recount from the rules' views gives, and the direct
     * answers agree; so after undoing the batch.
     */
    @Test
    void aBatchOnAFileThatHeldRowsIsSummedAsAFullRecountWould() {
        created();
        Random r = new Random(19);
        try (Database db = engine.open()) {
            List<Long> registered = new ArrayList<>();
            db.write(tx -> {
                for (int i = 0; i < 150; i++) {
                    long id = repo.insertPerson(tx, person(r, i));
                    registered.add(id);
                    repo.insertEnrollment(tx, new Enrollment(0, id, i % 2 == 0 ? "APBD-KAB-MGR" : "APBD-PROV-NTT",
                            Segment.BPU, EnumSet.of(Programme.JKK, Programme.JKM), null, YearMonth.of(2023, 1 + i % 12),
                            YearMonth.of(2024, 1 + i % 12), null, null));
                    if (i % 5 == 0) {
                        // Another period that overlaps none (a server refuses overlapping periods of one person):
                        // before 2023, or, for people the batch leaves alone, self-paying after the government's.
                        Enrollment e = enrollment(r, id);
                        boolean after = i >= 100;
                        repo.insertEnrollment(tx, new Enrollment(0, id, after ? "MANDIRI" : e.funderCode(), e.segment(),
                                e.programmes(), e.declaredIncomeRp(),
                                after ? YearMonth.of(2024, 1 + i % 12).plusMonths(1) : YearMonth.of(2020, 1 + i % 12),
                                after ? (i % 10 == 0 ? null : YearMonth.of(2025, 1 + i % 12)) : YearMonth.of(2022, 1 + i % 12),
                                null, null, e.regionCode()));
                    }
                }
                return null;
            });
            ImportBatchRepository batches = new ImportBatchRepository();
            long batch = db.write(tx -> {
                long b = batches.start(tx, "x.csv", "0", "test");
                EnrollmentBulkWriter w = new EnrollmentBulkWriter(tx);
                for (int i = 0; i < 100; i++) {
                    // Registered people move to self-paying after their government funding, some open-ended,
                    // some in a year they were already counted in.
                    w.addEnrollment(new Enrollment(0, registered.get(i), "MANDIRI", i % 3 == 0 ? Segment.PU : Segment.BPU,
                            EnumSet.of(Programme.JKK, Programme.JKM), i % 4 == 0 ? 3_000_000L : null,
                            YearMonth.of(2024, 1 + i % 12).plusMonths(1), i % 3 == 0 ? null : YearMonth.of(2026, 6),
                            null, null, i % 2 == 0 ? "53.10.12" : null), b);
                }
                for (int i = 0; i < 400; i++) {
                    long id = w.addPerson(person(r, 1000 + i));
                    Enrollment first = enrollment(r, id);
                    w.addEnrollment(first, b);
                    if (i % 3 == 0 && first.lastMonth() != null) {
                        // A second period, after the first: government then self-paying, or the reverse.
                        w.addEnrollment(new Enrollment(0, id, i % 2 == 0 ? "MANDIRI" : "APBD-KAB-MGR", Segment.BPU,
                                EnumSet.of(Programme.JKK), null, first.lastMonth().plusMonths(1 + i % 7),
                                i % 4 == 0 ? null : first.lastMonth().plusMonths(20), null, null), b);
                    }
                }
                w.finish(b);
                return b;
            });
            assertRecounted(db);
            assertSame(db);
            long personYears = db.read(tx -> tx.scalar("SELECT count(*) FROM person_year WHERE person_id > ?",
                    registered.get(registered.size() - 1)));
            assertThat(personYears).as("the new people are counted").isGreaterThan(400);
            db.write(tx -> batches.undo(tx, batch));
            assertRecounted(db);
            assertSame(db);
        }
    }

    /** Every summary table holds what recounting it from the rules' views gives (year_count: its non-zero groups). */
    private static void assertRecounted(Database db) {
        String shapes = "SELECT " + CostShape.SHAPE_COLUMNS + ", count(*) FROM enrollment e JOIN person p ON p.id = e.person_id"
                + " WHERE e.deleted = 0 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8";
        db.read(tx -> {
            assertThat(rows(tx, "SELECT * FROM person_year")).as("person_year")
                    .isEqualTo(rows(tx, "SELECT * FROM person_year_due")).isNotEmpty();
            // (the columns SQLite has: a server's tables carry the regency as well)
            assertThat(rows(tx, "SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, n"
                    + " FROM year_count WHERE n <> 0")).as("year_count")
                    .isEqualTo(rows(tx, "SELECT year, funder_id, segment, kecamatan_code, occupation_code, full_package, count(*)"
                            + " FROM person_year_due GROUP BY 1, 2, 3, 4, 5, 6"));
            assertThat(rows(tx, "SELECT * FROM person_transition")).as("person_transition")
                    .isEqualTo(rows(tx, "SELECT * FROM person_transition_due")).isNotEmpty();
            assertThat(rows(tx, "SELECT * FROM continuation")).as("continuation")
                    .isEqualTo(rows(tx, "SELECT * FROM continuation_due")).isNotEmpty();
            assertThat(rows(tx, "SELECT funder_id, segment, programmes, income_rp, first_month, last_month, kecamatan_code,"
                    + " occupation_code, n FROM enrollment_shape WHERE n <> 0")).as("enrollment_shape")
                    .isEqualTo(rows(tx, shapes));
            return null;
        });
    }

    private static List<String> rows(Tx tx, String sql) {
        return tx.list(sql, rs -> {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                b.append(rs.getString(i)).append('|');
            }
            return b.toString();
        }).stream().sorted().toList();
    }

    @Test
    void openEndedEnrollmentsReachTheNewYearWhenTheCalendarMovesOn() {
        created();
        try (Database db = engine.open()) {
            db.write(tx -> {
                long id = repo.insertPerson(tx, person(new Random(1), 1));
                return repo.insertEnrollment(tx, new Enrollment(0, id, "MANDIRI", Segment.BPU, EnumSet.of(Programme.JKK),
                        null, YearMonth.of(2024, 3), null, null, null));
            });
            int horizon = (int) (long) db.read(tx -> tx.scalar("SELECT horizon FROM summary_state"));
            List<id.payung.domain.FunderCount> beyond = db.read(tx -> stats.funderCounts(tx, horizon + 1, Scope.ALL));
            assertThat(beyond).as("past the horizon the enrollments are asked directly").hasSize(1);
            boolean moved = db.write(tx -> YearSummary.keepUp(tx, Year.of(horizon + 1)));
            assertThat(moved).isTrue();
            long n = db.read(tx -> tx.scalar("SELECT n FROM year_count WHERE year = ?", horizon + 1));
            assertThat(n).isEqualTo(1);
            boolean again = db.write(tx -> YearSummary.keepUp(tx, Year.of(horizon + 1)));
            assertThat(again).isFalse();
            assertSame(db);
        }
    }

    /**
     * An enrollment entered with its end years ahead (a funder's contract to the end of 2029) reaches the new
     * year too when the calendar moves on (found by review, 06/12/2026: only the open-ended enrollments' people
     * were recounted, so the new year's counts missed them until their person was saved again).
     */
    @Test
    void enrollmentsEndingBeyondTheHorizonReachTheNewYearWhenTheCalendarMovesOn() {
        created();
        try (Database db = engine.open()) {
            int horizon = (int) (long) db.read(tx -> tx.scalar("SELECT horizon FROM summary_state"));
            db.write(tx -> {
                long id = repo.insertPerson(tx, person(new Random(1), 1));
                return repo.insertEnrollment(tx, new Enrollment(0, id, "MANDIRI", Segment.BPU, EnumSet.of(Programme.JKK),
                        null, YearMonth.of(2024, 3), YearMonth.of(horizon + 2, 12), "MOVED", null));
            });
            boolean moved = db.write(tx -> YearSummary.keepUp(tx, Year.of(horizon)));
            assertThat(moved).isTrue();
            long n = db.read(tx -> tx.scalar("SELECT coalesce(sum(n), 0) FROM year_count WHERE year = ?", horizon + 1));
            assertThat(n).isEqualTo(1);
            assertSame(db);
        }
    }

    @Test
    void theTransitionRecountReadsEachPersonsEnrollmentsThroughTheirIndexWhateverTheStatistics() {
        sqliteOnly("SQLite's planner and its sqlite_stat1");
        created();
        try (Database db = engine.open()) {
            Random r = new Random(3);
            db.write(tx -> {
                for (int i = 0; i < 3; i++) {
                    repo.insertEnrollment(tx, enrollment(r, repo.insertPerson(tx, person(r, i))));
                }
                // No statistics yet (a new file, until PRAGMA optimize at closing): the planner once took the
                // (deleted, last_month) index here and read every enrollment per person.
                tx.update("DROP TABLE IF EXISTS sqlite_stat1");
                return null;
            });
            for (String view : List.of("person_transition_due", "continuation_due")) {
                // The batch's people registered before, by their list; those it added, by their id range.
                for (String people : List.of("person_id IN (SELECT person_id FROM enrollment WHERE batch_id = 1)",
                        "person_id >= 2")) {
                    List<String> plan = db.read(tx -> tx.list("EXPLAIN QUERY PLAN SELECT * FROM " + view
                            + " WHERE " + people, rs -> rs.getString(4)));
                    assertThat(plan).as(view).filteredOn(step -> step.matches("(SEARCH|SCAN) [em] .*"))
                            .isNotEmpty().allMatch(step -> step.contains("enrollment_person (person_id"));
                }
            }
        }
    }

    @Test
    void theBatchShapesGroupAsTheRefillOfSchemaEightDoes() throws Exception {
        sqliteOnly("a check of the SQLite script V8 (PostgreSQL's V1 writes the shapes in payung_shape)");
        // V8's refill and triggers write the shape columns from the same SqlRules fragments as CostShape.
        String v8;
        try (var in = YearSummary.class.getResourceAsStream("/db/migration/V8__rules_once.sql")) {
            v8 = SqlRules.fill(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).replaceAll("\\s+", " ");
        }
        // The store writes coalesce (SQLite's ifnull of two values is the same function, and PostgreSQL knows only it).
        v8 = v8.replace("ifnull(", "coalesce(");
        assertThat(v8).contains("INSERT INTO enrollment_shape SELECT " + CostShape.SHAPE_COLUMNS.replaceAll("\\s+", " ")
                + ", count(*) FROM enrollment e JOIN person p ON p.id = e.person_id");
    }

    /** What a save writes besides its own row is listed in Java (YearSummary.TRIGGERS): the list is the schema's. */
    @Test
    void theSummaryTriggersAreTheOnesYearSummaryLists() {
        created();
        try (Database db = engine.open()) {
            List<String> triggers = db.read(tx -> tx.list(db.dialect() == Dialect.SQLITE
                    ? "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name NOT IN ('audit_log', 'audit_person_removed')"
                    // The server also stamps the login as the who of an audit row and an import batch, and keeps
                    // year_kecamatan_count from year_count by statement triggers on it (V6), dates a new person and
                    // keeps an enrollment in an import batch of its own regency (V7), checks references to reference
                    // data once per statement and keeps that data from being deleted (V10): no rule of the summary.
                    : "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
                            + " AND tgrelid::regclass::text NOT IN ('audit_log', 'audit_person_removed', 'import_batch', 'year_count', 'region',"
                            + " 'occupation', 'funding_source')"
                            + " AND tgname NOT IN ('person_when', 'person_when_kept', 'enrollment_batch_regency',"
                            + " 'enrollment_batch_regency_moved', 'person_references', 'person_references_moved',"
                            + " 'enrollment_0_references', 'enrollment_0_references_moved', 'enrollment_0_batches_locked',"
                            + " 'enrollment_0_batch_moved')",
                    rs -> rs.getString(1)));
            assertThat(triggers).containsExactlyInAnyOrderElementsOf(YearSummary.TRIGGERS);
        }
    }

    /**
     * A bulk writer whose transaction commits without {@code finish} (or fails midway) leaves neither a half
     * summary nor the summary switched off: the commit is refused and everything rolls back.
     */
    @Test
    void aBulkWriteThatCommitsWithoutFinishingIsRolledBack() {
        created();
        Random r = new Random(11);
        try (Database db = engine.open()) {
            db.write(tx -> {
                for (int i = 0; i < 20; i++) {
                    long id = repo.insertPerson(tx, person(r, 5000 + i));
                    repo.insertEnrollment(tx, enrollment(r, id));
                }
                return null;
            });
            long enrollments = db.read(tx -> tx.scalar("SELECT count(*) FROM enrollment"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(tx -> {
                // An import's batch: on a server only a batch's rows are left for the end (V3).
                long batch = new ImportBatchRepository().start(tx, "putus.csv", "0", "uji");
                EnrollmentBulkWriter w = new EnrollmentBulkWriter(tx);
                for (int i = 0; i < 30; i++) {
                    w.addEnrollment(enrollment(r, w.addPerson(person(r, 6000 + i))), batch);
                }
                w.flush();
                return null; // no finish: the summary's triggers are still off
            })).isInstanceOf(StoreException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.write(tx -> {
                // An import's batch: on a server only a batch's rows are left for the end (V3).
                long batch = new ImportBatchRepository().start(tx, "putus.csv", "0", "uji");
                EnrollmentBulkWriter w = new EnrollmentBulkWriter(tx);
                for (int i = 0; i < 30; i++) {
                    w.addEnrollment(enrollment(r, w.addPerson(person(r, 7000 + i))), batch);
                }
                w.flush();
                throw new IllegalStateException("the file broke off");
            })).isInstanceOf(IllegalStateException.class);
            long after = db.read(tx -> tx.scalar("SELECT count(*) FROM enrollment"));
            long bulk = db.read(tx -> tx.scalar("SELECT bulk FROM summary_state"));
            assertThat(after).isEqualTo(enrollments);
            assertThat(bulk).isZero();
            // Maintenance is on: a clerk's save is counted at once, and the summary equals the direct answer.
            db.write(tx -> repo.insertEnrollment(tx, enrollment(r, repo.insertPerson(tx, person(r, 8000)))));
            assertSame(db);
        }
    }

    /**
     * Runs a random change; on a server, a change the exclusion constraint refuses (a person's enrollments may
     * not overlap there: one worker is not paid twice) is rolled back whole and the test goes on. SQLite's store
     * takes overlaps (the service refuses them), so there the counting rule meets them too.
     */
    private static void refusedOnServer(Database db, Runnable change) {
        try {
            change.run();
        } catch (StoreException e) {
            Throwable t = e;
            while (t != null && !(t instanceof java.sql.SQLException se && "23P01".equals(se.getSQLState()))) {
                t = t.getCause();
            }
            if (db.dialect() == Dialect.SQLITE || t == null) {
                throw e;
            }
        }
    }

    /** Skips a test that is about SQLite itself on another engine. */
    private void sqliteOnly(String why) {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine.dialect() == Dialect.SQLITE, why);
    }

    /** A seeded database with two desa under seeded kecamatan. */
    private void created() {
        engine.services().close();
        try (Database db = engine.open()) {
            RegionRepository regions = new RegionRepository();
            db.write(tx -> {
                regions.insertIfAbsent(tx, new id.payung.domain.Region("53.10.03.2002", "Cumbi",
                        id.payung.domain.RegionLevel.DESA, "53.10.03"));
                regions.insertIfAbsent(tx, new id.payung.domain.Region("53.10.12.1001", "Wali",
                        id.payung.domain.RegionLevel.KELURAHAN, "53.10.12"));
                return null;
            });
        }
    }

    /**
     * V1's government_ended, as it was written before V8 gave the same rule as one aggregate per person (the
     * import's end read each person's enrollments four times through it): the server's view must give exactly
     * its rows on every state these tests reach.
     */
    private static final String GOVERNMENT_ENDED_V1 = SqlRules.fill("""
            SELECT person_id, ended, regency_code FROM (
                SELECT p.id AS person_id,
                       (SELECT max(e.last_month) FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                        WHERE e.person_id = p.id AND e.deleted = 0 AND f.type IN ${government_types}) AS ended,
                       EXISTS (SELECT 1 FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                               WHERE e.person_id = p.id AND e.deleted = 0 AND e.last_month IS NULL
                                 AND f.type IN ${government_types}) AS still_open,
                       (SELECT e.regency_code FROM enrollment e JOIN funding_source f ON f.id = e.funder_id
                        WHERE e.person_id = p.id AND e.deleted = 0 AND f.type IN ${government_types}
                        ORDER BY e.last_month DESC, e.id DESC LIMIT 1) AS regency_code
                FROM person p
            ) g WHERE ended IS NOT NULL AND NOT still_open""");

    private void assertSame(Database db) {
        db.read(tx -> {
            if (dialect() == Dialect.POSTGRES) {
                assertThat(rows(tx, "SELECT * FROM government_ended")).as("government_ended against V1's formulation")
                        .isEqualTo(rows(tx, GOVERNMENT_ENDED_V1));
            }
            for (int year = 2022; year <= 2027; year++) {
                // Otherwise both sides below would be the direct query, compared with itself.
                assertThat(YearSummary.covers(tx, year)).as("the summary answers for %d", year).isTrue();
                for (String kec : new String[] {null, "53.10.03", "53.10.12"}) {
                    for (Segment seg : new Segment[] {null, Segment.BPU, Segment.PU}) {
                        Scope scope = new Scope(kec, seg);
                        assertThat(stats.funderCounts(tx, year, scope))
                                .as("year %d, %s", year, scope)
                                .isEqualTo(stats.funderCountsDirect(tx, year, scope));
                        assertThat(stats.enrollmentGroups(tx, year, scope)).as("costs %d, %s", year, scope)
                                .containsExactlyInAnyOrderElementsOf(stats.enrollmentGroupsDirect(tx, year, scope));
                        for (boolean ucj : new boolean[] {false, true}) {
                            assertThat(stats.kecamatanCounts(tx, year, scope, null, ucj)).as("kecamatan %d %s %s", year, scope, ucj)
                                    .containsExactlyInAnyOrderElementsOf(stats.kecamatanCountsDirect(tx, year, scope, null, ucj));
                        }
                        assertThat(stats.occupationCounts(tx, year, scope, "MANDIRI")).as("occupation %d %s", year, scope)
                                .containsExactlyInAnyOrderElementsOf(stats.occupationCountsDirect(tx, year, scope, "MANDIRI"));
                    }
                }
            }
            // The move to self-paying (schema v6), seen from several months.
            for (YearMonth now : List.of(YearMonth.of(2023, 6), YearMonth.of(2025, 1), YearMonth.of(2026, 11),
                    YearMonth.of(2029, 1))) {
                assertThat(reports.transitions(tx, now)).as("transitions seen from %s", now)
                        .isEqualTo(reports.transitionsDirect(tx, now));
                for (int year = 2023; year <= 2028; year++) {
                    assertThat(reports.continuingGroups(tx, now, year)).as("continuing in %d seen from %s", year, now)
                            .containsExactlyInAnyOrderElementsOf(reports.continuingGroupsDirect(tx, now, year));
                }
            }
            return null;
        });
    }

    private static Person person(Random r, int serial) {
        LocalDate birth = LocalDate.of(1970 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String nik = String.format("531003%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear() % 100, serial % 9999 + 1);
        return new Person(0, nik.substring(0, 12) + String.format("%04d", serial + 1), "Orang " + serial, Sex.L, null,
                birth, null, REGIONS[r.nextInt(REGIONS.length)], OCCUPATIONS[r.nextInt(OCCUPATIONS.length)], null,
                null);
    }

    private static Enrollment enrollment(Random r, long personId) {
        YearMonth first = YearMonth.of(2022 + r.nextInt(5), 1 + r.nextInt(12));
        YearMonth last = r.nextInt(6) == 0 ? null : first.plusMonths(r.nextInt(30));
        return new Enrollment(0, personId, FUNDERS[r.nextInt(FUNDERS.length)], r.nextBoolean() ? Segment.BPU : Segment.PU,
                r.nextInt(4) == 0 ? EnumSet.of(Programme.JKK)
                        : r.nextInt(3) == 0 ? EnumSet.of(Programme.JKK, Programme.JKM, Programme.JHT)
                        : EnumSet.of(Programme.JKK, Programme.JKM),
                r.nextInt(3) == 0 ? 2_500_000L : null, first, last, null, null,
                r.nextBoolean() ? null : REGIONS[r.nextInt(REGIONS.length)]); // null: the person's current place
    }
}
