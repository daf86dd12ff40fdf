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
            28P01 | FATAL: password authentication failed for user "siti"                                          | server.connect.login      | the login name or its password is wrong (the server does not say which)
            28000 | FATAL: role "siti" does not exist                                                               | server.connect.loginRefused | refused the login siti; the server says: role "siti" does not exist
            28000 | FATAL: role "siti" is not permitted to log in                                                   | server.connect.disabled     | does not let the login siti in: it is switched off (payung server disable-user)
            28000 | FATAL: no pg_hba.conf entry for host "10.0.0.7", user "siti", database "payung", no encryption | server.connect.notAllowed | does not let the login siti in from this computer
            53300 | FATAL: sorry, too many clients already                                                          | server.connect.full       | (max_connections in postgresql.conf) or for the login siti alone (its CONNECTION LIMIT)
            53300 | FATAL: too many connections for role "siti"                                                     | server.connect.full       | (max_connections in postgresql.conf) or for the login siti alone (its CONNECTION LIMIT)
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

    /**
     * The window's kind of problem and the administrator's sentence come from one reading of the SQLSTATE: a
     * refusal the sentence calls "cannot be reached" is never a wrong password in the window (the server refusing
     * SSL, 08004, was one), and whatever asks for a password again is what the sentence calls a login's problem.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            28P01 | FATAL: password authentication failed for user "siti"                                          | SERVER_LOGIN
            28000 | FATAL: role "siti" is not permitted to log in                                                   | SERVER_LOGIN_DISABLED
            28000 | FATAL: role "siti" does not exist                                                               | SERVER_LOGIN
            08004 | The server requested password-based authentication, but no password was provided by plugin null | SERVER_NO_PASSWORD
            08004 | The server does not support SSL.                                                                | SERVER_UNREACHABLE
            28000 | FATAL: no pg_hba.conf entry for host "10.0.0.7", user "siti", database "payung", no encryption | SERVER_UNREACHABLE
            53300 | FATAL: too many connections for role "siti"                                                     | SERVER_UNREACHABLE
            57P03 | FATAL: the database system is starting up                                                       | SERVER_UNREACHABLE
            3D000 | FATAL: database "payung" does not exist                                                         | SERVER_UNREACHABLE
            08001 | Connection to kantor-dinas:5432 refused.                                                        | SERVER_UNREACHABLE
            42501 | ERROR: permission denied for schema public                                                      | NOT_WRITABLE
            XX000 | ERROR: something else                                                                           | IO
            """)
    void theWindowAndTheSentenceReadTheStateAlike(String state, String message,
                                                   id.payung.domain.DatabaseOpenException.Problem problem) {
        SQLException e = new SQLException(message, state);
        String key = ServerConnection.refused(ADDRESS, e).key();
        assertThat(ServerDatabase.classify(new RuntimeException("opening", e))).as(key).isEqualTo(problem);
        boolean passwordMendsIt = key.equals("server.connect.login") || key.equals("server.connect.loginRefused")
                || key.equals("server.connect.noPassword");
        assertThat(passwordMendsIt).as(key).isEqualTo(problem == id.payung.domain.DatabaseOpenException.Problem.SERVER_LOGIN
                || problem == id.payung.domain.DatabaseOpenException.Problem.SERVER_NO_PASSWORD);
    }
}
