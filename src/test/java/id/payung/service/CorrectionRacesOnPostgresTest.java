package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.CorrectionScope;
import id.payung.domain.EndReason;
import id.payung.domain.EnrollmentForm;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two clerks of one regency (real logins, {@code server add-user}) correcting one person at once: the
 * "changed by NAME at TIME" check does not take a change that was under way when the form opened for seen,
 * and two corrections of all of a person's enrollments take turns instead of deadlocking.
 */
@org.junit.jupiter.api.Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionRacesOnPostgresTest {
    private ServerFixture server;
    private String siti;
    private String maria;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
        maria = server.addUser("maria", "53.10", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        threads.shutdownNow();
        server.dropLogins();
    }

    /**
     * Maria renames the person (written, audited, not committed yet) while a third change (the end of the
     * person's other enrollment) commits; then Siti's form opens. Maria's audit row got its id before the third
     * change's: a mark by the newest id took it for seen, and Siti's correction overwrote the new name unseen.
     */
    @Test
    void aChangeUnderWayWhenTheFormOpenedIsNotTakenForSeen() throws Exception {
        long first;
        long second;
        long person;
        try (PayungServices s = clerk(siti)) {
            EnrollmentService.Saved saved = s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita",
                    "MANDIRI", YearMonth.of(2025, 1), YearMonth.of(2025, 6)));
            first = saved.enrollmentId();
            person = saved.personId();
            second = s.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "MANDIRI",
                    YearMonth.of(2025, 7), null)).enrollmentId();
        }
        try (PayungServices mine = clerk(siti); PayungServices third = clerk(siti); Connection theirs = server.connect(maria)) {
            theirs.setAutoCommit(false);
            try (Statement st = theirs.createStatement()) {
                st.executeUpdate("UPDATE person SET full_name = 'Maria Jelita Nggara' WHERE id = " + person);
                st.executeUpdate("INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)"
                        + " VALUES ('', '', 'UPDATE', 'person', '" + person + "', '{\"full_name\":\"Maria Jelita\"}',"
                        + " '{\"full_name\":\"Maria Jelita Nggara\"}')");
            }
            third.enrollments().end(second, YearMonth.of(2025, 12), EndReason.PERIOD_OVER);
            ChangedSince.Mark opened = mine.changedSince().mark(first);
            EnrollmentForm seen = mine.enrollments().openForEditing(first);
            assertThat(seen.fullName()).as("the rename is not committed yet").isEqualTo("Maria Jelita");
            theirs.commit();

            EnrollmentForm renamed = new EnrollmentForm(seen.nik(), "Maria Jelita Ndoi", seen.sex(), seen.birthPlace(),
                    seen.birthDate(), seen.address(), seen.regionCode(), seen.occupationCode(), seen.phone(), seen.kpj(),
                    seen.funderCode(), seen.segment(), seen.programmes(), seen.declaredIncomeRp(), seen.firstMonth(),
                    seen.lastMonth(), seen.notes());
            assertThatThrownBy(() -> mine.enrollments().update(first, renamed, CorrectionScope.THIS_ENROLLMENT, opened))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.code()).isEqualTo("CHANGED_BY_OTHER");
                                assertThat(p.args().get(0)).isEqualTo(maria);
                            }));
            assertThat(mine.enrollments().openForEditing(first).fullName()).as("Maria's name stays")
                    .isEqualTo("Maria Jelita Nggara");

            // Opened again, it saves; and the form's next save (its own change seen) too.
            ChangedSince.Mark again = mine.changedSince().mark(first);
            EnrollmentService.Corrected corrected = mine.enrollments().update(first, renamed, CorrectionScope.THIS_ENROLLMENT, again);
            EnrollmentForm once = mine.enrollments().openForEditing(first);
            EnrollmentForm more = new EnrollmentForm(once.nik(), "Maria Jelita Ndoi Nggara", once.sex(), once.birthPlace(),
                    once.birthDate(), once.address(), once.regionCode(), once.occupationCode(), once.phone(), once.kpj(),
                    once.funderCode(), once.segment(), once.programmes(), once.declaredIncomeRp(), once.firstMonth(),
                    once.lastMonth(), once.notes());
            mine.enrollments().update(first, more, CorrectionScope.THIS_ENROLLMENT, corrected.mark());
            assertThat(third.enrollments().openForEditing(first).fullName()).isEqualTo("Maria Jelita Ndoi Nggara");
        }
    }

    /**
     * Siti corrects the place of all of a person's enrollments from the first, Maria from the second, at once.
     * Each used to lock the enrollment it opened, then wait for the other's (a deadlock: PostgreSQL failed one of
     * them as "busy"); now both lock all of the person's enrollments in one order, and the second waits. A third
     * transaction holding the person's summary row makes both reach the same point before either goes on.
     */
    @Test
    void twoCorrectionsOfAllOfAPersonsEnrollmentsTakeTurns() throws Exception {
        long first;
        long second;
        long person;
        try (PayungServices s = clerk(siti)) {
            EnrollmentService.Saved saved = s.enrollments().enrol(TestData.form("5310014107900002", "Yuliana Wua",
                    "MANDIRI", YearMonth.of(2025, 1), YearMonth.of(2025, 6)));
            first = saved.enrollmentId();
            person = saved.personId();
            second = s.enrollments().enrol(TestData.form("5310014107900002", "Yuliana Wua", "MANDIRI",
                    YearMonth.of(2025, 7), YearMonth.of(2025, 12))).enrollmentId();
        }
        try (PayungServices mine = clerk(siti); PayungServices theirs = clerk(maria); Connection gate = server.db.owner()) {
            EnrollmentForm fromFirst = placed(mine.enrollments().openForEditing(first), "53.10.03.2002");
            EnrollmentForm fromSecond = placed(theirs.enrollments().openForEditing(second), "53.10.01.2001");
            gate.setAutoCommit(false);
            try (PreparedStatement ps = gate.prepareStatement("INSERT INTO summary_dirty (person_id) VALUES (?)")) {
                ps.setLong(1, person);
                ps.executeUpdate();
            }
            Future<?> a = threads.submit(() -> mine.enrollments().update(first, fromFirst, CorrectionScope.ALL_ENROLLMENTS));
            Future<?> b = threads.submit(() -> theirs.enrollments().update(second, fromSecond, CorrectionScope.ALL_ENROLLMENTS));
            awaitLockWaits(2);
            gate.rollback();
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
        }
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(DISTINCT region_code) FROM enrollment WHERE person_id = " + person)) {
            r.next();
            assertThat(r.getLong(1)).as("one place for all, the later correction's").isEqualTo(1);
        }
    }

    private static EnrollmentForm placed(EnrollmentForm f, String region) {
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(), region,
                f.occupationCode(), f.phone(), f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), f.notes());
    }

    /** Returns once {@code n} sessions of this database wait for a lock. */
    private void awaitLockWaits(int n) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection c = server.db.owner(); Statement s = c.createStatement()) {
            while (System.nanoTime() < until) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                    r.next();
                    if (r.getLong(1) >= n) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the two corrections never both waited");
    }

    private PayungServices clerk(String login) {
        return server.services(login);
    }
}
