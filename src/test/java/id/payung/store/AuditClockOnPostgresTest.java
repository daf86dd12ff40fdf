package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

/** {@link AuditClockTest} on PostgreSQL: the row carries the server's time, whatever the PC's clock says. */
@OnPostgres
class AuditClockOnPostgresTest extends AuditClockTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    void assertStamped(Instant at, Instant before, Instant after) {
        // The test server runs on this machine: its clock is the real one.
        assertThat(at).as("a server dates it").isBetween(before, after);
    }
}
