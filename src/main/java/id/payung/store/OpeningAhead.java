package id.payung.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * What opening any database needs first, done on a thread of its own while the command line is still being
 * read: sqlite-jdbc's native library loaded, its configuration classes (date formats, locale data) and a first
 * connection (to an in-memory database, nothing on disk), SHA-256 for the schema check, the migrations'
 * index and the schema fingerprints. On one thread after the other this was ~0,3 s of a command-line report's
 * start on a 2-core PC; beside picocli's reading of the command line it costs the report almost nothing.
 * Nothing here opens, reads or makes a file of the user's: {@link Database#open} still does every check,
 * and only finds its classes loaded.
 */
public final class OpeningAhead {
    private OpeningAhead() {
    }

    /**
     * Starts the work on a daemon thread, then {@code andThen} on the same thread; returns at once. Failures are
     * left for the real opening to report.
     */
    public static void start(Runnable andThen) {
        Thread t = new Thread(() -> {
            run();
            try {
                andThen.run();
            } catch (RuntimeException e) {
                // Only a head start, as above.
            }
        }, "payung-opening-ahead");
        t.setDaemon(true);
        t.start();
    }

    static void run() {
        try {
            NativeSqlite.prepare();
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(1000);
            config.enforceForeignKeys(true);
            try (Connection c = new org.sqlite.jdbc4.JDBC4Connection("jdbc:sqlite::memory:", ":memory:",
                    config.toProperties());
                 PreparedStatement st = c.prepareStatement("SELECT ?, sqlite_version()")) {
                st.setInt(1, 1);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    rs.getString(2);
                }
                Database.pragmaInt(c, "user_version");
            }
            // A schema's worth of blocks and more: the digest's loop is compiled before the schema check needs it.
            MessageDigest.getInstance("SHA-256").digest(new byte[1 << 16]);
            Migrator.latestVersion();
            SchemaCheck.knownVersions();
        } catch (SQLException | NoSuchAlgorithmException | RuntimeException | LinkageError e) {
            // Only a head start: the opening itself meets the same problem and says what it is.
        }
    }
}
