package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EndReason;
import id.payung.domain.Enrollment;
import id.payung.domain.EnrollmentForm;
import id.payung.service.facade.PayungServices;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.EnrollmentRepository;
import id.payung.store.TestEngine;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ending an enrollment while another clerk's correction of it is under way: the end waits for the correction
 * and then ends the corrected enrollment. On a server it used to read the enrollment before waiting and write
 * that old copy back with its last month, undoing the other clerk's committed correction without a word (on a
 * file writes take turns: the end reads after the correction).
 */
class EndWhileCorrectedTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void anEndWaitingForACorrectionEndsTheCorrectedEnrollment() throws Exception {
        try (PayungServices s = engine.services()) {
            long id = s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1),
                    null)).enrollmentId();
            CountDownLatch waiting = new CountDownLatch(1);
            s.onWriteWait(now -> {
                if (now) {
                    waiting.countDown();
                }
            });
            Future<?>[] end = new Future<?>[1];
            try (Database other = engine.open()) {
                other.write(tx -> {
                    EnrollmentRepository repo = new EnrollmentRepository();
                    Enrollment e = repo.enrollment(tx, id).orElseThrow();
                    repo.updateEnrollment(tx, new Enrollment(e.id(), e.personId(), e.funderCode(), e.segment(),
                            e.programmes(), 2_500_000L, e.firstMonth(), e.lastMonth(), e.endReason(), "penghasilan dikoreksi",
                            e.regionCode()));
                    new AuditLog().record(tx, "siti", "UPDATE", "enrollment", String.valueOf(id), null, null);
                    end[0] = thread.submit(() -> s.enrollments().end(id, YearMonth.of(2026, 6), EndReason.BECAME_MANDIRI));
                    awaitWaiting(waiting);
                    return null;
                });
            }
            end[0].get(30, TimeUnit.SECONDS);

            EnrollmentForm now = s.enrollments().form(id);
            assertThat(now.declaredIncomeRp()).as("the other clerk's correction stays").isEqualTo(2_500_000L);
            assertThat(now.notes()).isEqualTo("penghasilan dikoreksi");
            assertThat(now.lastMonth()).isEqualTo(YearMonth.of(2026, 6));
        }
    }

    /** Returns once the end waits for the other write: its turn on a file, the enrollment's row on a server. */
    private void awaitWaiting(CountDownLatch waiting) {
        if (dialect() == Dialect.SQLITE) {
            try {
                assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the end waits for the other write").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            engine.server().awaitALockWait("the end");
        }
    }
}
