package id.payung.store;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import id.payung.domain.ServerAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL side of {@link Database}'s open path: logging in with pgjdbc and bringing the schema to this
 * version ({@link Migrator} on {@code db/postgresql/}). What a file needs instead (lock file, WAL check,
 * {@code application_id}, the network-share test) has no counterpart here.
 */
final class ServerDatabase {
    private ServerDatabase() {
    }

    /**
     * How to log in to one database on a server. The password is copied and kept in memory only, for the
     * read connections opened when first needed; it never leaves this object but to the driver.
     */
    static final class Login {
        private final ServerAddress address;
        private final char[] password;

        Login(ServerAddress address, char[] password) {
            this.address = address;
            this.password = password == null ? null : password.clone();
        }

        ServerAddress address() {
            return address;
        }

        /** The clerk's offline copy of what this login may see, written into {@code file} ({@link OfflineCopy}). */
        java.util.Map<String, Integer> writeOfflineCopy(java.nio.file.Path file, java.time.LocalDateTime written) {
            return OfflineCopy.write(address, password, file, written);
        }

        /** The write connection (autocommit: {@link Database} begins and ends each transaction itself). */
        Connection writeConnection() {
            return connect("Payung");
        }

        /** A read connection: every transaction on it is read-only, as SQLite's {@code query_only}. */
        Connection readConnection() {
            Connection c = connect("Payung (read)");
            try {
                Database.exec(c, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                return c;
            } catch (SQLException e) {
                Database.closeQuietly(c);
                throw Sql.failure("cannot open a read connection to " + address, e);
            }
        }

        private Connection connect(String applicationName) {
            Properties p = new Properties();
            p.setProperty("user", address.user());
            if (password != null) {
                p.setProperty("password", new String(password));
            }
            if (address.sslMode() != null) {
                p.setProperty("sslmode", address.sslMode());
            }
            p.setProperty("ApplicationName", applicationName);
            p.setProperty("connectTimeout", "10");
            p.setProperty("tcpKeepAlive", "true");
            String host = address.host().contains(":") ? "[" + address.host() + "]" : address.host();
            String url = "jdbc:postgresql://" + host + ":" + address.port() + "/"
                    + URLEncoder.encode(address.database(), StandardCharsets.UTF_8).replace("+", "%20");
            try {
                // The driver itself, not DriverManager (which would load every driver on the class path first).
                Connection c = new org.postgresql.Driver().connect(url, p);
                if (c == null) {
                    throw new SQLException("the driver did not take " + url);
                }
                return c;
            } catch (SQLException e) {
                throw new DatabaseOpenException(classify(e), address, "cannot open " + address + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Brings the database's schema to this version: creates it in an empty database, refuses one that holds
     * anything else or a newer Payung's schema. Returns true when the schema was made now.
     */
    static boolean prepare(Connection c, ServerAddress address) {
        try {
            boolean empty = PostgresMigrations.version(c) < 0;
            new Migrator(Dialect.POSTGRES).migrate(c);
            return empty;
        } catch (DatabaseOpenException e) {
            throw new DatabaseOpenException(e.problem(), address, address + ": " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseOpenException(classify(e), address, "could not prepare " + address + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when the login may not add to the audit log, which every change of Payung's does: a provincial reader
     * (docs/SERVER.md, "who may do what"). Its database is then read-only, as a file opened for reading is, so a
     * full-NIK export is refused before its file is written instead of failing on its audit row afterwards.
     */
    static boolean readsOnly(Connection c, ServerAddress address) {
        try (java.sql.Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT has_table_privilege('audit_log', 'INSERT')")) {
            return r.next() && !r.getBoolean(1);
        } catch (SQLException e) {
            throw new DatabaseOpenException(classify(e), address, "could not read the rights of " + address + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Why a server could not be used: the first SQLSTATE along the causes that {@link ServerConnection.Refusal}
     * knows, as the administrator's sentences read it.
     */
    static Problem classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseOpenException de) {
                return de.problem();
            }
            if (t instanceof SQLException se && se.getSQLState() != null) {
                ServerConnection.Refusal why = ServerConnection.Refusal.of(se);
                if (why != ServerConnection.Refusal.OTHER) {
                    return why.problem;
                }
            }
        }
        return Problem.IO;
    }
}
