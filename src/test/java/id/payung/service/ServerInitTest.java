package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.ServerAddress;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code server init} on a real server: refused in one sentence, with nothing written, on a database that
 * holds anything; on an empty one it makes the schema and the seeds; a second init is refused. And
 * {@code server add-user}'s refusals: codes outside the shipped region list, names, an existing login.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerInitTest {
    private ServerFixture server;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    @Order(0)
    void aLoginThatIsNotTheOwnerWithCreateroleIsRefused() throws SQLException {
        String guest = server.db.createLogin("tamu", "sandi-tamu");
        ServerAdministration asGuest = new ServerAdministration(server.address(guest), Map.of("PGPASSWORD", "sandi-tamu"));
        assertRefused(asGuest::init, "server.init.notOwner");
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
                    + " WHERE n.nspname = 'public'")).as("nothing written").isZero();
        }
    }

    @Test
    @Order(1)
    void aDatabaseHoldingAnythingElseIsRefusedAndNothingIsWritten() throws SQLException {
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE catatan_lain (id int PRIMARY KEY)");
        }
        assertThatThrownBy(() -> server.admin().init()).isInstanceOfSatisfying(ServerAddress.Refused.class, e -> {
            assertThat(e.key()).isEqualTo("server.init.notEmpty");
            assertThat(e.args()).contains("1", "table public.catatan_lain");
        });
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
                    + " WHERE n.nspname = 'public'")).as("nothing written").isEqualTo(2); // the table and its key's index
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM pg_roles WHERE rolname IN ('" + server.db.name()
                    + "_clerk', '" + server.db.name() + "_province')")).as("no group role made").isZero();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE catatan_lain");
            }
        }
    }

    @Test
    @Order(2)
    void anEmptyDatabaseGetsTheSchemaAndTheSeedsOnceOnly() throws SQLException {
        assertThat(server.admin().init()).isEqualTo("53.10");
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM region WHERE level = 'PROVINCE'")).isEqualTo(38);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM region WHERE parent_code = '53'")).isEqualTo(22);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM funding_source")).isEqualTo(6);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM rate_rule")).isPositive();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM cohort WHERE regency_code = '53.10'")).isEqualTo(4);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM event WHERE regency_code = '53.10'")).isPositive();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM event WHERE regency_code <> '53.10'")).isZero();
        }
        assertThatThrownBy(() -> server.admin().init()).isInstanceOfSatisfying(ServerAddress.Refused.class,
                e -> assertThat(e.key()).isEqualTo("server.init.payung"));
    }

    @Test
    @Order(3)
    void addUserRefusesCodesOutsideTheRegionListBadNamesAndAnExistingLogin() throws SQLException {
        ServerAdministration admin = server.admin();
        String name = server.db.name() + "_baru";
        assertRefused(() -> admin.addUser(name, "53.99", null, "x".toCharArray()), "server.user.notRegency");
        assertRefused(() -> admin.addUser(name, "53", null, "x".toCharArray()), "server.user.notRegency");
        assertRefused(() -> admin.addUser(name, null, "99", "x".toCharArray()), "server.user.notProvince");
        assertRefused(() -> admin.addUser(name, null, "53.10", "x".toCharArray()), "server.user.notProvince");
        assertRefused(() -> admin.addUser("Siti Baru", "53.10", null, "x".toCharArray()), "server.user.name");
        assertRefused(() -> admin.addUser(name, "53.10", null, new char[0]), "server.user.noPassword");
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM pg_roles WHERE rolname = '" + name + "'")).isZero();
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM payung_login")).isZero();
        }
        String added = server.addUser("baru", "53.10", null);
        assertRefused(() -> admin.addUser(added, "53.15", null, "y".toCharArray()), "server.user.exists");
        try (Connection c = server.connect(added)) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM payung_login")).as("its own row").isEqualTo(1);
        }
        try (Connection c = server.db.owner()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM pg_authid WHERE rolname = '" + added
                    + "' AND rolpassword LIKE 'SCRAM-SHA-256$%'")).as("stored as a SCRAM verifier").isEqualTo(1);
        }
        ServerAdministration wrongPassword = new ServerAdministration(server.ownerAddress(), Map.of("PGPASSWORD", "salah"));
        assertRefused(() -> wrongPassword.addUser(server.db.name() + "_lain", "53.10", null, "z".toCharArray()),
                "server.connect.login");
    }

    private static void assertRefused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ServerAddress.Refused.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
