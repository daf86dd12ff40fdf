package id.payung.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the SQL scripts in {@code db/migration} in order, each in its own transaction together
 * with its {@code PRAGMA user_version} bump, so a crash leaves the schema at a whole version.
 *
 * <p>Scripts are listed in {@code db/migration/INDEX} (a test keeps it in step with the folder):
 * resource folders inside a jar cannot be listed reliably, and a fixed list makes the order explicit.
 * Rules a script needs (the standard income, the government funder types, the programme label) are written
 * there as placeholders that {@link SqlRules#fill} replaces from their one Java definition; no checksum of a
 * script is kept, and the applied SQL is what the scripts held literally before.
 *
 * <p>Scripts run with foreign keys off, so one may rebuild a table that others refer to (SQLite's
 * documented way to change a table's checks), and {@code PRAGMA foreign_key_check} must find nothing
 * before the script commits.
 */
final class Migrator {
    private final Dialect dialect;

    /** The SQLite file's migrator. */
    Migrator() {
        this(Dialect.SQLITE);
    }

    /**
     * The migrator of {@code dialect}'s folder: {@code db/migration/} for SQLite, {@code db/postgresql/} for a
     * server (see {@link PostgresMigrations} for how a server keeps its version).
     */
    Migrator(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Highest schema version this build knows (of an SQLite file). */
    static int latestVersion() {
        return scripts().size();
    }

    /** Script file names, in order; the n-th (1-based) brings the schema to version n. */
    static List<String> scripts() {
        return scripts(Dialect.SQLITE);
    }

    /** {@code dialect}'s script file names, in order; the n-th (1-based) brings the schema to version n. */
    static List<String> scripts(Dialect dialect) {
        try (InputStream in = Migrator.class.getResourceAsStream(dialect.migrations() + "INDEX")) {
            if (in == null) {
                throw new IllegalStateException(dialect.migrations() + "INDEX is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void migrate(Connection c) throws SQLException {
        migrate(c, scripts(dialect).size());
    }

    /** Runs the migrations up to version {@code upTo} (to build the schema an older version had). */
    void migrate(Connection c, int upTo) throws SQLException {
        if (dialect == Dialect.POSTGRES) {
            PostgresMigrations.migrate(c, upTo);
            return;
        }
        List<String> scripts = scripts();
        int current = userVersion(c);
        if (current >= Math.min(upTo, scripts.size())) {
            return;
        }
        boolean foreignKeys = pragma(c, "foreign_keys") == 1;
        Database.exec(c, "PRAGMA foreign_keys = OFF"); // outside a transaction: inside one it does nothing
        try {
            for (int v = current + 1; v <= Math.min(upTo, scripts.size()); v++) {
                String sql = SqlRules.fill(load(scripts.get(v - 1)));
                Database.exec(c, "BEGIN IMMEDIATE");
                try {
                    Database.exec(c, sql);
                    requireForeignKeys(c);
                    Database.exec(c, "PRAGMA user_version = " + v);
                    Database.exec(c, "COMMIT");
                } catch (SQLException | RuntimeException e) {
                    Database.exec(c, "ROLLBACK");
                    throw new StoreException("schema migration " + scripts.get(v - 1) + " failed: " + e.getMessage(), e);
                }
            }
        } finally {
            if (foreignKeys) {
                Database.exec(c, "PRAGMA foreign_keys = ON");
            }
        }
    }

    private static void requireForeignKeys(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new StoreException("a row of " + rs.getString(1) + " refers to a missing row of " + rs.getString(3));
            }
        }
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String load(String name) {
        return load(Dialect.SQLITE, name);
    }

    /** A script of {@code dialect}'s folder, as written (placeholders not filled). */
    static String load(Dialect dialect, String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(dialect.migrations() + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is listed in INDEX but missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
