package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.ServerAddress;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code server set-password | disable-user | enable-user} as a real office's owner does them: a login with CREATEROLE
 * that owns the database, not a superuser (PostgreSQL 16 lets such a role alter only the roles it made, as add-user
 * makes the clerks'). The owner's own login is refused, and so is a login of another database's clerks.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerUsersAsOwnerTest {
    private ServerFixture server;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        server.admin().init();
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void theOwnerResetsSwitchesOffAndOnAClerksLogin() throws SQLException {
        String siti = server.addUser("siti", "53.10", null);
        ServerAdministration admin = server.admin();

        assertThat(admin.setPassword(siti, "sandi-baru".toCharArray())).as("may log in").isTrue();
        try (Connection c = server.db.connect(siti, "sandi-baru")) {
            assertThat(c.isValid(5)).isTrue();
        }
        assertThatThrownBy(() -> server.connect(siti).close()).isInstanceOf(SQLException.class);

        assertThat(admin.disableUser(siti)).isTrue();
        assertThat(admin.disableUser(siti)).as("switched off already").isFalse();
        assertThatThrownBy(() -> server.db.connect(siti, "sandi-baru").close()).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo("28000"));
        assertThat(admin.setPassword(siti, ("sandi-" + siti.substring(server.db.name().length() + 1)).toCharArray()))
                .as("still switched off").isFalse();
        assertThat(admin.enableUser(siti)).isTrue();
        assertThat(admin.enableUser(siti)).isFalse();
        try (Connection c = server.connect(siti)) {
            assertThat(c.isValid(5)).isTrue();
        }

        assertRefused(() -> admin.disableUser(server.owner), "server.user.owner");
        assertRefused(() -> admin.setPassword(server.owner, "x".toCharArray()), "server.user.owner");
        assertRefused(() -> admin.disableUser("postgres"), "server.user.unknown");
        assertRefused(() -> admin.enableUser("Siti"), "server.user.name");
        assertRefused(() -> admin.setPassword(siti, new char[0]), "server.user.noPassword");
        ServerAdministration asSiti = new ServerAdministration(server.address(siti),
                Map.of("PGPASSWORD", "sandi-" + siti.substring(server.db.name().length() + 1)));
        assertRefused(() -> asSiti.setPassword(siti, "punya-sendiri".toCharArray()), "server.user.notAllowedChange");
    }

    private static void assertRefused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ServerAddress.Refused.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
