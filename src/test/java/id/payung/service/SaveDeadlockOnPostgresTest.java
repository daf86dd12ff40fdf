package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.RegisterFilter;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.TestEngine;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A save the server breaks off to end a deadlock is run once more (review of 06/12/2026: V6's year_kecamatan_count
 * is moved after each year_count statement, so two clerks' saves can hold a year_count row and the shared
 * kecamatan row in crossing order; PostgreSQL then fails one of them, which the clerk saw as "busy", nothing saved).
 */
@OnPostgres
class SaveDeadlockOnPostgresTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @Test
    void aSaveBrokenOffForAnotherIsRunOnceMore() throws Exception {
        YearMonth jan = YearMonth.of(2026, 1);
        try (PayungServices s = engine.services()) {
            // The save's year_count group exists (a first worker of the same funder, segment and place).
            s.enrollments().enrol(TestData.form("5310011204850001", "Pertama", "APBD-KAB-MGR", jan, null));
            long before = s.register().counts(RegisterFilter.all()).total();
            try (Connection other = engine.server().owner(); Statement o = other.createStatement()) {
                // The other clerk looks for a deadlock only long after the save does, so PostgreSQL always breaks off the
                // save, whatever the machine's load (at load 15 it once broke off the other instead: CI, session 16).
                o.execute("SET deadlock_timeout = '30s'");
                other.setAutoCommit(false);
                // The other clerk's save holds every kecamatan row of the new summary table …
                o.executeUpdate("UPDATE year_kecamatan_count SET n = n");
                CompletableFuture<EnrollmentService.Saved> save = CompletableFuture.supplyAsync(() -> s.enrollments().enrol(
                        TestData.form("5310011204850002", "Kedua", "APBD-KAB-MGR", jan, null)));
                // … our save has moved its year_count row and waits for the kecamatan row …
                engine.server().awaitALockWait("the save");
                // … and the other now wants that year_count row: a deadlock, which PostgreSQL breaks by failing one.
                CompletableFuture<Void> crossing = CompletableFuture.runAsync(() -> {
                    try {
                        o.executeUpdate("UPDATE year_count SET n = n WHERE year = 2026");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                // The save was failed (it waited first) and runs again, now behind the other: let the other go.
                engine.server().awaitALockWait("the save run once more");
                crossing.get(30, TimeUnit.SECONDS);
                other.rollback();
                assertThat(save.get(30, TimeUnit.SECONDS)).isNotNull();
            }
            assertThat(s.register().counts(RegisterFilter.all()).total()).isEqualTo(before + 1);
        }
    }
}
