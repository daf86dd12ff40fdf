package id.payung.store;

import id.payung.domain.DatabaseOpenException.Problem;
import id.payung.domain.ServerAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One JDBC connection to a PostgreSQL database, for the administrator's work ({@code payung server …}): a
 * single transaction of its own, outside the clerk's {@link Database}. Failures to connect become a
 * {@link ServerAddress.Refused} with the reason in a sentence (wrong password, server not reachable, no such
 * database), never a driver's message.
 */
final class ServerConnection {
    private ServerConnection() {
    }

    /** Connects as the address's user with {@code password} (null: none), autocommit off. */
    static Connection open(ServerAddress address, char[] password) {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        if (address.sslMode() != null) {
            p.setProperty("sslmode", address.sslMode());
        }
        p.setProperty("ApplicationName", "Payung");
        p.setProperty("connectTimeout", "10");
        String host = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
        String url = "jdbc:postgresql://" + host + ":" + address.port() + "/" + address.database();
        try {
            Connection c = DriverManager.getConnection(url, p);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw refused(address, e);
        }
    }

    /**
     * Why a server refused, read once from PostgreSQL's SQLSTATE (its "Errors and Messages" appendix) for both who
     * say it: the administrator's sentence ({@link #refused}, the bundles' key) and the window's kind of problem
     * ({@link ServerDatabase#classify}, which decides whether a password is asked again). Two tables of states
     * used to say this apart and disagreed (a refusal of the server's SSL read as a wrong password in the window).
     */
    enum Refusal {
        /** No rule of pg_hba.conf lets this computer, login and database in: no password mends it. */
        NOT_LET_IN("server.connect.notAllowed", Problem.SERVER_UNREACHABLE),
        /**
         * Password authentication failed (28P01): PostgreSQL answers so for a wrong password and for a login it does not
         * know alike (it never tells a stranger which logins exist), so the sentence names both, not the password.
         */
        LOGIN("server.connect.login", Problem.SERVER_LOGIN),
        /**
         * The login itself refused for a reason the server does say (28000 without pg_hba.conf: a role that does not
         * exist where no password is asked, a role that may not log in): the sentence quotes the server's words.
         */
        LOGIN_REFUSED("server.connect.loginRefused", Problem.SERVER_LOGIN),
        /**
         * A login the server knows, with the right password, that may not log in (28000, "is not permitted to log in"):
         * switched off by the administrator (payung server disable-user). A server answering in another language than
         * English says this in its words: LOGIN_REFUSED then quotes them.
         */
        DISABLED("server.connect.disabled", Problem.SERVER_LOGIN_DISABLED),
        /** The server asks for a password and the driver was given none. */
        NO_PASSWORD("server.connect.noPassword", Problem.SERVER_NO_PASSWORD),
        /** No database of that name on the server. */
        NO_DATABASE("server.connect.noDatabase", Problem.SERVER_UNREACHABLE),
        /**
         * Too many connections (53300): the server's max_connections, or the connection limit of the login (or of
         * the database), whichever was reached; the server's words differ by cause but may be translated.
         */
        FULL("server.connect.full", Problem.SERVER_UNREACHABLE),
        /** The server is starting up or shutting down. */
        STARTING("server.connect.starting", Problem.SERVER_UNREACHABLE),
        /** No connection at all (class 08): nothing listens there, a firewall, a network down. */
        UNREACHABLE("server.connect.unreachable", Problem.SERVER_UNREACHABLE),
        /** Connected, but the login may not do what was asked (making the schema). */
        NO_RIGHT("server.failed", Problem.NOT_WRITABLE),
        /** Anything else: the server's own first line. */
        OTHER("server.failed", Problem.IO);

        final String key;
        final Problem problem;

        Refusal(String key, Problem problem) {
            this.key = key;
            this.problem = problem;
        }

        /** The refusal {@code e} says; OTHER when its SQLSTATE is none of the above (or missing). */
        static Refusal of(SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (notLetIn(e)) {
                return NOT_LET_IN;
            }
            if (state.equals("28000")) {
                return e.getMessage() != null && e.getMessage().contains("not permitted to log in") ? DISABLED : LOGIN_REFUSED;
            }
            if (state.startsWith("28")) {
                return LOGIN;
            }
            if (state.equals("08004") && e.getMessage() != null && e.getMessage().contains("password")) {
                return NO_PASSWORD;
            }
            if (state.startsWith("08")) {
                return UNREACHABLE;
            }
            return switch (state) {
                case "3D000" -> NO_DATABASE;
                case "53300" -> FULL;
                case "57P03" -> STARTING;
                case "42501" -> NO_RIGHT;
                default -> OTHER;
            };
        }
    }

    /** Work on an open connection, inside {@link #inTransaction}. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Connects ({@link #open}) and runs {@code work} in one transaction: committed when it returns, rolled back when
     * it throws. A failure is a {@link ServerAddress.Refused}: the server's lack of a right (SQLSTATE 42501) is
     * {@code noRightKey} with the address's user when given, any other {@link #refused}; a runtime exception (a
     * refusal of the work's own) is passed on as it is.
     *
     * @param noRightKey the bundle key for 42501 (its argument: the address's user), or null for {@link #refused}'s
     */
    static <T> T inTransaction(ServerAddress address, char[] password, String noRightKey, Work<T> work) {
        try (Connection c = open(address, password)) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (noRightKey != null && "42501".equals(e.getSQLState())) {
                    throw new ServerAddress.Refused(noRightKey, address.user());
                }
                throw refused(address, e);
            } catch (RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw refused(address, e);
        }
    }

    /** The sentence for a failed connection. */
    static ServerAddress.Refused refused(ServerAddress address, SQLException e) {
        String where = address.toString();
        Refusal why = Refusal.of(e);
        return switch (why) {
            case NOT_LET_IN, LOGIN, FULL, DISABLED -> new ServerAddress.Refused(why.key, where, address.user());
            case NO_DATABASE -> new ServerAddress.Refused(why.key, where, address.database());
            case NO_PASSWORD, STARTING -> new ServerAddress.Refused(why.key, where);
            case UNREACHABLE -> new ServerAddress.Refused(why.key, where, address.host(), String.valueOf(address.port()));
            case NO_RIGHT, OTHER -> new ServerAddress.Refused(why.key, where, firstLine(e.getMessage()));
            case LOGIN_REFUSED -> new ServerAddress.Refused(why.key, where, address.user(),
                    firstLine(e.getMessage()).replaceFirst("^\\p{Lu}+:\\s+", "")); // without "FATAL: "
        };
    }

    /**
     * Whether no rule of the server's pg_hba.conf lets this computer, user and database in (SQLSTATE 28000, as a
     * login refused for other reasons): a matter for the administrator, which no password mends.
     */
    static boolean notLetIn(SQLException e) {
        return "28000".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().contains("pg_hba.conf");
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is closed next; the server rolls back what was not committed
        }
    }
}
