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
 */
final class Migrator {
    private static final String DIR = "/db/migration/";

    /** Highest schema version this build knows. */
    static int latestVersion() {
        return scripts().size();
    }

    /** Script file names, in order; the n-th (1-based) brings the schema to version n. */
    static List<String> scripts() {
        try (InputStream in = Migrator.class.getResourceAsStream(DIR + "INDEX")) {
            if (in == null) {
                throw new IllegalStateException("db/migration/INDEX is missing from the build");
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
        migrate(c, scripts().size());
    }

    /** Brings the schema up to version {@code target} only: tests make files of an older version with it. */
    void migrate(Connection c, int target) throws SQLException {
        List<String> scripts = scripts();
        int current = userVersion(c);
        for (int v = current + 1; v <= target; v++) {
            String sql = load(scripts.get(v - 1));
            Database.exec(c, "BEGIN IMMEDIATE");
            try {
                Database.exec(c, sql);
                Database.exec(c, "PRAGMA user_version = " + v);
                Database.exec(c, "COMMIT");
            } catch (SQLException | RuntimeException e) {
                Database.exec(c, "ROLLBACK");
                throw new StoreException("schema migration " + scripts.get(v - 1) + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is listed in INDEX but missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
