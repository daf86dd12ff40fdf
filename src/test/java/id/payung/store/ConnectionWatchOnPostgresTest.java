package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trial, session 18: with the server down the window's status line kept its last sentence ("Tersimpan") while the
 * dialog said the connection was lost. The database tells its watcher each action that failed so (false) and, once,
 * the next that went through (true): the status line says the connection is lost until the server answers again.
 */
@OnPostgres
class ConnectionWatchOnPostgresTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @Test
    void anActionFailingForALostConnectionIsToldAndSoIsTheNextThatGoesThrough() {
        try (Database db = engine.open()) {
            List<Boolean> told = new CopyOnWriteArrayList<>();
            db.onConnection(told::add);
            assertThat(count(db)).isZero();
            db.write(tx -> tx.update("INSERT INTO event (kind, event_date, title) VALUES ('OTHER', '2026-01-01', 'Rapat 1')"));
            assertThat(told).as("a server that answers: nothing to say").isEmpty();

            assertThatThrownBy(() -> db.write(tx -> {
                tx.update("INSERT INTO event (kind, event_date, title) VALUES ('OTHER', '2026-01-01', 'Rapat 2')");
                return tx.scalar("SELECT count(*) FROM pg_stat_activity WHERE pg_terminate_backend(pg_backend_pid())");
            })).isInstanceOfSatisfying(DatabaseOpenException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_CONNECTION_LOST));
            assertThat(told).as("the write that failed for the lost connection").containsExactly(false);
            assertThatThrownBy(() -> db.read(tx -> tx.scalar(
                    "SELECT count(*) FROM pg_stat_activity WHERE pg_terminate_backend(pg_backend_pid())")))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_CONNECTION_LOST));
            assertThat(told).as("and the read after it").containsExactly(false, false);

            assertThat(count(db)).as("the next read goes through, on a new connection").isEqualTo(1);
            assertThat(told).containsExactly(false, false, true);
            db.write(tx -> tx.update("INSERT INTO event (kind, event_date, title) VALUES ('OTHER', '2026-01-01', 'Rapat 3')"));
            assertThat(count(db)).isEqualTo(2);
            assertThat(told).as("said once").containsExactly(false, false, true);
        }
    }

    private static long count(Database db) {
        return db.read(tx -> tx.scalar("SELECT count(*) FROM event"));
    }
}
