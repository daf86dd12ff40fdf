package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whose clock dates an audit row: a file's is its PC's (the only clock there is); a server's is the server's, so a
 * clerk's PC whose clock is wrong by years cannot date a change (the PC here is set to 1 January 2001).
 */
class AuditClockTest {
    private static final Instant WRONG = Instant.parse("2001-01-01T00:00:00Z");

    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** What the engine should stamp, given the real time around the write. */
    void assertStamped(Instant at, Instant before, Instant after) {
        assertThat(at).as("a file is dated by its PC").isEqualTo(WRONG);
    }

    @Test
    void anAuditRowIsDatedByTheEnginesClock() {
        AuditLog audit = new AuditLog(Clock.fixed(WRONG, ZoneOffset.UTC));
        try (Database db = engine.open()) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long id = db.write(tx -> audit.record(tx, "siti", "UPDATE", "cohort", "1", null, "{\"participants\":1}"));
            Instant after = Instant.now().plusSeconds(1);
            AuditLog.Entry e = db.read(tx -> audit.recent(tx, 1)).get(0);
            assertThat(e.id()).isEqualTo(id);
            assertStamped(e.at(), before, after);
        }
    }
}
