package id.payung.store;

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

    /** The sentence for a failed connection. */
    static ServerAddress.Refused refused(ServerAddress address, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = address.toString();
        if (notLetIn(e)) {
            return new ServerAddress.Refused("server.connect.notAllowed", where, address.user());
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new ServerAddress.Refused("server.connect.login", where, address.user());
        }
        if (state.equals("3D000")) {
            return new ServerAddress.Refused("server.connect.noDatabase", where, address.database());
        }
        if (state.equals("08004") && e.getMessage() != null && e.getMessage().contains("password")) {
            return new ServerAddress.Refused("server.connect.noPassword", where);
        }
        if (state.equals("53300")) {
            return new ServerAddress.Refused("server.connect.full", where);
        }
        if (state.equals("57P03")) {
            return new ServerAddress.Refused("server.connect.starting", where);
        }
        if (state.startsWith("08")) {
            return new ServerAddress.Refused("server.connect.unreachable", where, address.host(), String.valueOf(address.port()));
        }
        return new ServerAddress.Refused("server.failed", where, firstLine(e.getMessage()));
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
