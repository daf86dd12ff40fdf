package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.Enrollment;
import id.payung.domain.FormProblem;
import id.payung.domain.Person;
import id.payung.domain.Programme;
import id.payung.domain.Segment;
import id.payung.domain.Sex;
import id.payung.service.facade.PayungServices;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two clerks of one office saving at the same moment on a server: the second passes the service's checks
 * (the first has not committed), and the database's constraints decide. The second clerk then gets what they
 * would have got saving a moment later, as on SQLite, where writes take turns: the usual overlap message, or
 * the person known; never a raw SQL error, and nothing saved twice.
 *
 * <p>The first clerk's save is held open inside its transaction (the repository, as the service writes it) until
 * the second clerk's save is seen waiting for it on the server.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
class EnrollmentRacesOnPostgresTest {
    private final EnrollmentRepository repo = new EnrollmentRepository();
    private PostgresDatabase server;

    @BeforeEach
    void seeded(PostgresDatabase server) throws SQLException {
        this.server = server;
        server.useRegency("53.10");
        PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK).close();
    }

    @Test
    void theSameNewPersonWithOverlappingPeriodsIsSavedOnceAndTheSecondClerkHearsOfTheOverlap() throws Exception {
        String nik = "5310125507900001";
        try (Database first = Database.openServer(server.ownerAddress(), null);
             PayungServices second = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK)) {
            CompletableFuture<Void> firstSave = holdOpen(first, nik, YearMonth.of(2025, 1), YearMonth.of(2025, 12),
                    () -> assertThatThrownBy(() -> second.enrollments().enrol(TestData.form(nik, "Maria Jelita",
                            "MANDIRI", YearMonth.of(2025, 6), null)))
                            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                                    .extracting(FormProblem::code).containsExactly("OVERLAP")));
            firstSave.get(60, TimeUnit.SECONDS);
        }
        assertThat(count("SELECT count(*) FROM person WHERE nik = '" + nik + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM enrollment e JOIN person p ON p.id = e.person_id WHERE p.nik = '" + nik
                + "'")).isEqualTo(1);
    }

    @Test
    void theSameNewPersonInAnotherPeriodIsOnePersonWithBothEnrollments() throws Exception {
        String nik = "5310125507900002";
        try (Database first = Database.openServer(server.ownerAddress(), null);
             PayungServices second = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK)) {
            CompletableFuture<Void> firstSave = holdOpen(first, nik, YearMonth.of(2025, 1), YearMonth.of(2025, 12),
                    () -> second.enrollments().enrol(TestData.form(nik, "Maria Jelita", "MANDIRI", YearMonth.of(2026, 1),
                            null)));
            firstSave.get(60, TimeUnit.SECONDS);
        }
        assertThat(count("SELECT count(*) FROM person WHERE nik = '" + nik + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM enrollment e JOIN person p ON p.id = e.person_id WHERE p.nik = '" + nik
                + "'")).isEqualTo(2);
    }

    @Test
    void twoOverlappingPeriodsOfAKnownPersonAtOnceSaveOneAndTheOtherHearsOfIt() throws Exception {
        String nik = "5310125507900003";
        try (PayungServices clerk = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK)) {
            clerk.enrollments().enrol(TestData.form(nik, "Maria Jelita", "MANDIRI", YearMonth.of(2023, 1),
                    YearMonth.of(2023, 12)));
        }
        try (Database first = Database.openServer(server.ownerAddress(), null);
             PayungServices second = PayungServices.openServer(server.ownerAddress(), null, TestData.CLOCK)) {
            CompletableFuture<Void> firstSave = holdOpen(first, nik, YearMonth.of(2025, 1), null,
                    () -> assertThatThrownBy(() -> second.enrollments().enrol(TestData.form(nik, "Maria Jelita",
                            "CSR", YearMonth.of(2026, 3), YearMonth.of(2026, 8))))
                            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                                    .extracting(FormProblem::code).containsExactly("OVERLAP")));
            firstSave.get(60, TimeUnit.SECONDS);
        }
        assertThat(count("SELECT count(*) FROM enrollment e JOIN person p ON p.id = e.person_id WHERE p.nik = '" + nik
                + "'")).isEqualTo(2);
    }

    /**
     * The first clerk's save of an enrollment for {@code nik} (the person made if new), held open in its
     * transaction while {@code secondClerk} runs on this thread; committed once the second clerk's statement
     * waits for it on the server. Returns the first save, to be waited for.
     */
    private CompletableFuture<Void> holdOpen(Database first, String nik, YearMonth from, YearMonth to,
                                             Runnable secondClerk) throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> firstSave = CompletableFuture.runAsync(() -> first.write(tx -> {
            long personId = repo.personByNik(tx, nik).map(Person::id).orElseGet(() -> repo.insertPerson(tx,
                    new Person(0, nik, "Maria Jelita", Sex.P, "Ruteng", LocalDate.of(1990, 7, 15), null, "53.10.12",
                            null, null, null)));
            repo.insertEnrollment(tx, new Enrollment(0, personId, "APBD-KAB-MGR", Segment.BPU,
                    Set.of(Programme.JKK, Programme.JKM), null, from, to, null, null, "53.10.12"));
            written.countDown();
            try {
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            try {
                waitForALockWait();
            } finally {
                release.countDown();
            }
        });
        secondClerk.run();
        watcher.get(60, TimeUnit.SECONDS);
        return firstSave;
    }

    private void waitForALockWait() {
        server.awaitALockWait("the second clerk's save");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = server.owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
