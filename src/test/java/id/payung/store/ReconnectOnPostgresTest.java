package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import id.payung.domain.ServerAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Trial 2 #4: a clerk's window whose connections the server ended (a restart at night, a network drop, the
 * administrator's pg_terminate_backend) connects again by itself. A read goes once more on a new connection; a write
 * is never tried again (its commit may have been under way): it is refused once as "connection lost, nothing saved",
 * and the next write opens a new connection. A login switched off meanwhile gets its own sentence on reconnecting.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
class ReconnectOnPostgresTest {
    private static final String OWNER_PASSWORD = "rahasia-pemilik";

    @Test
    void aWindowWhoseConnectionsTheServerEndedConnectsAgainByItself(PostgresDatabase db) throws SQLException {
        String owner = db.createLogin("owner", OWNER_PASSWORD);
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + PostgresDatabase.identifier(owner) + " CREATEROLE");
            s.execute("ALTER DATABASE " + PostgresDatabase.identifier(db.name()) + " OWNER TO " + PostgresDatabase.identifier(owner));
        }
        String siti = db.name() + "_siti";
        List<String> roles = List.of(siti, db.name() + "_clerk", db.name() + "_province");
        drop(db, roles);
        try {
            ServerAddress ownerAddress = new ServerAddress(owner, "localhost", db.port(), db.name(), null);
            Database.openServer(ownerAddress, OWNER_PASSWORD.toCharArray()).close(); // payung server init: the schema
            Logins.create(ownerAddress, OWNER_PASSWORD.toCharArray(), siti, "53.10", null, "sandi-siti".toCharArray());
            ServerAddress sitiAddress = new ServerAddress(siti, "localhost", db.port(), db.name(), null);
            try (Database clerk = Database.openServer(sitiAddress, "sandi-siti".toCharArray())) {
                insertEvent(clerk, "Rapat 1");
                assertThat(events(clerk)).isEqualTo(1);

                terminate(db, siti);
                assertThat(events(clerk)).as("a read after the server ended the sessions: on a new connection").isEqualTo(1);
                insertEvent(clerk, "Rapat 2");
                assertThat(events(clerk)).as("a write whose idle connection broke: on a new one, nothing was sent before")
                        .isEqualTo(2);

                terminate(db, siti);
                insertEvent(clerk, "Rapat 3");
                assertThat(events(clerk)).as("a write first after the server ended the sessions").isEqualTo(3);

                assertThatThrownBy(() -> clerk.write(tx -> {
                    tx.update("INSERT INTO event (kind, event_date, title) VALUES ('OTHER', '2026-01-01', 'Rapat 3a')");
                    return tx.scalar("SELECT count(*) FROM pg_stat_activity WHERE pg_terminate_backend(pg_backend_pid())");
                })).as("ended in the middle of a write").isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_CONNECTION_LOST));
                assertThat(events(clerk)).as("nothing of the write ended half-way").isEqualTo(3);
                insertEvent(clerk, "Rapat 3b");
                assertThat(events(clerk)).isEqualTo(4);

                terminate(db, siti);
                assertThat(Logins.setCanLogin(ownerAddress, OWNER_PASSWORD.toCharArray(), siti, false)).isTrue();
                assertThatThrownBy(() -> events(clerk)).as("switched off meanwhile: said so on reconnecting")
                        .isInstanceOfSatisfying(DatabaseOpenException.class,
                                e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_LOGIN_DISABLED));
                assertThatThrownBy(() -> insertEvent(clerk, "Rapat 5"))
                        .isInstanceOfSatisfying(DatabaseOpenException.class,
                                e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_LOGIN_DISABLED));
                assertThat(Logins.setCanLogin(ownerAddress, OWNER_PASSWORD.toCharArray(), siti, true)).isTrue();
                insertEvent(clerk, "Rapat 6");
                assertThat(events(clerk)).as("switched on again: reads and writes go on").isEqualTo(5);
            }
        } finally {
            drop(db, roles);
        }
    }

    private static void insertEvent(Database clerk, String title) {
        clerk.write(tx -> tx.update("INSERT INTO event (kind, event_date, title) VALUES ('OTHER', '2026-01-01', ?)", title));
    }

    private static long events(Database clerk) {
        return clerk.read(tx -> tx.scalar("SELECT count(*) FROM event"));
    }

    /** The administrator's pg_terminate_backend of every session of {@code login}, waited for until they are gone. */
    private static void terminate(PostgresDatabase db, String login) throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = " + PostgresDatabase.literal(login));
            for (int i = 0; i < 500 && count(s, "SELECT count(*) FROM pg_stat_activity WHERE usename = "
                    + PostgresDatabase.literal(login)) > 0; i++) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drop(PostgresDatabase db, List<String> roles) throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            for (String role : roles) {
                if (count(s, "SELECT count(*) FROM pg_roles WHERE rolname = " + PostgresDatabase.literal(role)) > 0) {
                    s.execute("DROP OWNED BY " + PostgresDatabase.identifier(role));
                    s.execute("DROP ROLE " + PostgresDatabase.identifier(role));
                }
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
