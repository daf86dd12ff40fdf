package id.payung.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * One test class's database on the test server ({@link PostgresServer}), with the roles the class made.
 * Roles belong to the whole server, so {@link #createLogin} prefixes each with the database's name and
 * {@link #drop} removes them with the database.
 */
public final class PostgresDatabase {
    private final PostgresServer.Running server;
    private final String name;
    private final List<String> roles = new ArrayList<>();

    PostgresDatabase(PostgresServer.Running server, String name) {
        this.server = server;
        this.name = name;
    }

    /** The database's name on the server. */
    public String name() {
        return name;
    }

    /** The server's TCP port on localhost. */
    public int port() {
        return server.port();
    }

    /** How long the server took to start in this JVM (unpacking, initdb, start-up), in milliseconds. */
    public long serverStartMillis() {
        return server.startMillis;
    }

    /** The JDBC address of this database. */
    public String jdbcUrl() {
        return server.url(name);
    }

    /** The address Payung opens this database with as the superuser (trusted on the test server: no password). */
    public id.payung.domain.ServerAddress ownerAddress() {
        return new id.payung.domain.ServerAddress(PostgresServer.SUPERUSER, "localhost", port(), name, null);
    }

    /**
     * Makes {@code regency} the regency of every session on this database ({@code payung.regency}, which
     * {@code payung_regency()} reads): the test's logins write as that regency's office.
     */
    public void useRegency(String regency) throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + identifier(name) + " SET payung.regency = " + literal(regency));
        }
    }

    /** A connection as the superuser, who owns the database (for setting a test up). */
    public Connection owner() throws SQLException {
        return server.superuser(name);
    }

    /**
     * Returns once a session of this database waits for a lock (a second clerk's write behind the first's);
     * fails with {@code what} when none does within a minute. Asked as the superuser: only it sees what other
     * logins' sessions wait for.
     */
    public void awaitALockWait(String what) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        try (Connection c = owner(); Statement s = c.createStatement()) {
            while (System.nanoTime() < until) {
                try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError(what + " never waited");
    }

    /** A connection as {@code role} with {@code password}, over TCP with SCRAM, as a clerk connects. */
    public Connection connect(String role, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", role);
        p.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    /**
     * Creates a login role named {@code <database>_<name>} with the password given, allowed to connect to
     * this database, and returns its full name.
     */
    public String createLogin(String roleName, String password) throws SQLException {
        String role = (name + "_" + roleName).toLowerCase(Locale.ROOT);
        try (Connection c = owner(); Statement s = c.createStatement()) {
            // Identifiers and the password cannot be bound parameters in DDL: quote them.
            s.execute("CREATE ROLE " + identifier(role) + " LOGIN PASSWORD " + literal(password));
            s.execute("GRANT CONNECT ON DATABASE " + identifier(name) + " TO " + identifier(role));
        }
        roles.add(role);
        return role;
    }

    /** Drops the database (closing whatever connections a test left open) and the roles made for it. */
    void drop() {
        try (Connection c = server.superuser("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + identifier(name) + " WITH (FORCE)");
            for (String role : roles) {
                s.execute("DROP ROLE IF EXISTS " + identifier(role));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database " + name, e);
        }
    }

    /** A PostgreSQL identifier in double quotes. */
    public static String identifier(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** A PostgreSQL string literal (standard_conforming_strings is on by default). */
    public static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
