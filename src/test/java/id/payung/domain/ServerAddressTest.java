package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code --db postgresql://USER@HOST[:PORT]/DB}, as libpq writes a connection URI, and its refusals. */
class ServerAddressTest {
    @Test
    void readsTheAddressesAClerkWrites() {
        assertThat(ServerAddress.parse("postgresql://siti@kantor-disnaker/payung"))
                .isEqualTo(new ServerAddress("siti", "kantor-disnaker", 5432, "payung", null));
        assertThat(ServerAddress.parse("postgres://siti@192.168.1.20:5433/payung?sslmode=require"))
                .isEqualTo(new ServerAddress("siti", "192.168.1.20", 5433, "payung", "require"));
        assertThat(ServerAddress.parse("  POSTGRESQL://siti@[fe80::1]:6543/payung_ntt  "))
                .isEqualTo(new ServerAddress("siti", "fe80::1", 6543, "payung_ntt", null));
        assertThat(ServerAddress.parse("postgresql://maria%40mabar@db.ntt.go.id/payung%20ntt"))
                .as("percent-escapes as in any URL").isEqualTo(new ServerAddress("maria@mabar", "db.ntt.go.id", 5432, "payung ntt", null));
        assertThat(ServerAddress.parse("postgresql://siti@kantor:5433/payung?sslmode=verify-full").toString())
                .isEqualTo("postgresql://siti@kantor:5433/payung?sslmode=verify-full");
        assertThat(ServerAddress.parse("postgresql://siti@[fe80::1]/payung").toString()).isEqualTo("postgresql://siti@[fe80::1]/payung");
    }

    @Test
    void tellsAnAddressFromAFileName() {
        assertThat(ServerAddress.isAddress("postgresql://siti@kantor/payung")).isTrue();
        assertThat(ServerAddress.isAddress("mysql://x/y")).as("read, then refused by its scheme").isTrue();
        assertThat(ServerAddress.isAddress("C:\\Data\\payung.db")).isFalse();
        assertThat(ServerAddress.isAddress("C:/Data/payung.db")).isFalse();
        assertThat(ServerAddress.isAddress("\\\\kantor\\share\\payung.db")).isFalse();
        assertThat(ServerAddress.isAddress("/home/siti/payung.db")).isFalse();
        assertThat(ServerAddress.isAddress("payung:2025.db")).isFalse();
        assertThat(ServerAddress.isAddress(null)).isFalse();
    }

    @Test
    void aPasswordInTheAddressIsRefusedWhereverItIs() {
        assertRefused("postgresql://siti:rahasia@kantor/payung", "server.problem.password");
        assertRefused("postgresql://siti:@kantor/payung", "server.problem.password");
        assertRefused("postgresql://siti@kantor/payung?password=rahasia", "server.problem.password");
        assertRefused("postgresql://siti@kantor/payung?sslmode=require&password=rahasia", "server.problem.password");
        try {
            ServerAddress.parse("postgresql://siti:rahasia@kantor/payung");
        } catch (ServerAddress.Refused e) {
            assertThat(e.getMessage()).doesNotContain("rahasia");
            assertThat(e.args()).noneMatch(a -> a.contains("rahasia"));
        }
    }

    @Test
    void everyOtherMistakeIsRefusedWithItsReason() {
        assertRefused("postgresql://kantor/payung", "server.problem.noUser");
        assertRefused("postgresql://@kantor/payung", "server.problem.noUser");
        assertRefused("postgresql://siti@/payung", "server.problem.noHost");
        assertRefused("postgresql://siti@kantor", "server.problem.noDatabase");
        assertRefused("postgresql://siti@kantor/", "server.problem.noDatabase");
        assertRefused("postgresql://siti@kantor/a/b", "server.problem.database", "a/b");
        assertRefused("postgresql://siti@kantor:0/payung", "server.problem.port", "0");
        assertRefused("postgresql://siti@kantor:65536/payung", "server.problem.port", "65536");
        assertRefused("postgresql://siti@kantor:lima/payung", "server.problem.port", "lima");
        assertRefused("postgresql://siti@a,b/payung", "server.problem.severalHosts", "a,b");
        assertRefused("postgresql://siti@kan tor/payung", "server.problem.host", "kan tor");
        assertRefused("postgresql://siti@kantor/payung?connect_timeout=5", "server.problem.parameter", "connect_timeout");
        assertRefused("postgresql://siti@kantor/payung?sslmode=always", "server.problem.sslmode", "always");
        assertRefused("postgresql://siti@kantor/pay%2", "server.problem.percent", "pay%2");
        assertRefused("mysql://siti@kantor/payung", "server.problem.scheme", "mysql");
        assertRefused("payung.db", "server.problem.notAnAddress", "payung.db");
    }

    /** Trial 24b L7: the window names the port when it is not 5432 (two servers on one host look different). */
    @Test
    void theHostIsShownWithItsPortUnlessItIsPostgresOwn() {
        assertThat(ServerAddress.parse("postgresql://siti@localhost:5499/payung").hostAndPort()).isEqualTo("localhost:5499");
        assertThat(ServerAddress.parse("postgresql://siti@192.168.1.10/payung").hostAndPort()).isEqualTo("192.168.1.10");
        assertThat(ServerAddress.parse("postgresql://siti@192.168.1.10:5432/payung").hostAndPort()).isEqualTo("192.168.1.10");
        assertThat(ServerAddress.parse("postgresql://siti@[::1]:5433/payung").hostAndPort()).isEqualTo("[::1]:5433");
    }

    private static void assertRefused(String text, String key, String... args) {
        assertThatThrownBy(() -> ServerAddress.parse(text)).as(text)
                .isInstanceOfSatisfying(ServerAddress.Refused.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.args()).containsExactly(args);
                });
    }
}
