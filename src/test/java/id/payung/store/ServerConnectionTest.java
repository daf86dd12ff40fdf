package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ServerAddress;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A connection the server refuses is told in a sentence of its own, by the SQLSTATE PostgreSQL sends (its
 * messages below are PostgreSQL 16's own words), never "wrong password" for what a password cannot mend.
 */
class ServerConnectionTest {
    private static final ServerAddress ADDRESS = ServerAddress.parse("postgresql://siti@kantor-dinas:5432/payung");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            28P01 | FATAL: password authentication failed for user "siti"                                          | server.connect.login      | wrong or missing password
            28000 | FATAL: no pg_hba.conf entry for host "10.0.0.7", user "siti", database "payung", no encryption | server.connect.notAllowed | does not let the login siti in from this computer
            53300 | FATAL: sorry, too many clients already                                                          | server.connect.full       | raises max_connections
            57P03 | FATAL: the database system is starting up                                                       | server.connect.starting   | starting up or shutting down
            3D000 | FATAL: database "payung" does not exist                                                         | server.connect.noDatabase | has no database payung
            08001 | Connection to kantor-dinas:5432 refused.                                                        | server.connect.unreachable | cannot be reached at kantor-dinas, port 5432
            """)
    void eachRefusalIsItsOwnSentence(String state, String message, String key, String words) {
        ServerAddress.Refused refused = ServerConnection.refused(ADDRESS, new SQLException(message, state));

        assertThat(refused.key()).isEqualTo(key);
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        ResourceBundle id = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id-ID"));
        assertThat(MessageFormat.format(en.getString(key), refused.args().toArray())).contains(words)
                .doesNotContain("FATAL");
        assertThat(MessageFormat.format(id.getString(key), refused.args().toArray())).contains("kantor-dinas")
                .doesNotContain("{");
    }

    @org.junit.jupiter.api.Test
    void theWindowAsksAgainForAPasswordOnlyWhenAPasswordCanMendIt() {
        assertThat(ServerDatabase.classify(new SQLException("FATAL: password authentication failed for user \"siti\"",
                "28P01"))).isEqualTo(id.payung.domain.DatabaseOpenException.Problem.SERVER_LOGIN);
        assertThat(ServerDatabase.classify(new SQLException("FATAL: no pg_hba.conf entry for host \"10.0.0.7\", user "
                + "\"siti\", database \"payung\", no encryption", "28000")))
                .isEqualTo(id.payung.domain.DatabaseOpenException.Problem.SERVER_UNREACHABLE);
        assertThat(ServerDatabase.classify(new SQLException("FATAL: sorry, too many clients already", "53300")))
                .isEqualTo(id.payung.domain.DatabaseOpenException.Problem.SERVER_UNREACHABLE);
    }
}
