package id.payung.store;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a file's tables, indexes, triggers and views are exactly those this version makes: by name and
 * by the SQL that made them, compared with a database freshly built by the same migrations. A file that
 * carries Payung's application id but was made otherwise (no tables, a trigger that deletes on the next
 * import) is refused before anything of it is used.
 */
final class SchemaCheck {
    private static final java.util.Map<Integer, Set<String>> EXPECTED = new java.util.concurrent.ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /**
     * Refuses a database (already migrated to this version) whose schema is not this version's.
     *
     * @param shownAs the file named in the refusal (the user's file, not a working copy)
     * @throws DatabaseOpenException with problem UNEXPECTED_SCHEMA
     */
    static void require(Connection c, Path shownAs) throws SQLException {
        require(c, shownAs, Migrator.latestVersion());
    }

    /**
     * Refuses a database whose schema is not the one Payung's migrations make for {@code version} (its
     * {@code user_version}); read only, so a foreign file is refused before anything is written to it.
     */
    static void require(Connection c, Path shownAs, int version) throws SQLException {
        // Version 0 expects nothing at all: Payung's own first start, cut off between marking the file and
        // making its schema. Opening finishes that; a restore refuses it (see requireSomething).
        String known = KNOWN.get(version);
        if (known != null && known.equals(fingerprintInOneRow(c))) {
            return; // the usual case: one row read, nothing built (a tenth of a second per start before)
        }
        Set<String> found = schema(c);
        if (fingerprint(found).equals(known)) {
            return; // the same schema, had SQLite sorted it otherwise than Java (it sorts the same for ASCII)
        }
        Set<String> wanted = expected(version);
        if (!found.equals(wanted)) {
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(wanted);
            Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(found);
            throw new DatabaseOpenException(Problem.UNEXPECTED_SCHEMA, shownAs, shownAs + " does not have this Payung's schema"
                    + (extra.isEmpty() ? "" : "; not Payung's: " + names(extra))
                    + (missing.isEmpty() ? "" : "; missing: " + names(missing)));
        }
    }

    /**
     * Refuses a file that holds no Payung schema at all (version 0): nothing to restore.
     *
     * @throws DatabaseOpenException with problem UNEXPECTED_SCHEMA
     */
    static void requireSomething(Path shownAs, int version) {
        if (version < 1) {
            throw new DatabaseOpenException(Problem.UNEXPECTED_SCHEMA, shownAs, shownAs + " has Payung's id but no schema");
        }
    }

    /**
     * The fingerprint of each version's schema as its migrations make it, from {@code db/schema.sha256}
     * ("version sha256" per line; {@code SchemaFingerprintTest} keeps it true). A version not listed (a
     * new migration before its line is added) is compared the slow way, by building it.
     */
    private static final java.util.Map<Integer, String> KNOWN = known();

    private static java.util.Map<Integer, String> known() {
        java.util.Map<Integer, String> known = new java.util.HashMap<>();
        try (java.io.InputStream in = SchemaCheck.class.getResourceAsStream("/db/schema.sha256")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n")) {
                    String[] parts = line.strip().split("\\s+");
                    if (parts.length == 2 && !line.startsWith("#")) {
                        known.put(Integer.parseInt(parts[0]), parts[1]);
                    }
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            known.clear(); // every version the slow way
        }
        return known;
    }

    /** How many versions' fingerprints are known (loads them: see {@link OpeningAhead}). */
    static int knownVersions() {
        return KNOWN.size();
    }

    /** SHA-256 (hex) of a schema's rows, in their sorted order, one per line. */
    static String fingerprint(Set<String> schema) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String row : schema) {
                sha.update((row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of {@code version}'s schema, built by the migrations. */
    static String expectedFingerprint(int version) throws SQLException {
        return fingerprint(expected(version));
    }

    private static Set<String> expected(int version) throws SQLException {
        Set<String> e = EXPECTED.get(version);
        if (e == null) {
            try (Connection fresh = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                new Migrator().migrate(fresh, version);
                e = schema(fresh);
            }
            EXPECTED.put(version, e);
        }
        return e;
    }

    /** Every object but SQLite's own (sqlite_sequence, sqlite_stat1, automatic indexes). */
    private static final String OURS = """
            FROM sqlite_master
            WHERE NOT ((type = 'table' AND name = 'sqlite_sequence')
                    OR (type = 'table' AND name LIKE 'sqlite\\_stat_' ESCAPE '\\')
                    OR (type = 'index' AND sql IS NULL AND name LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\'))""";

    /**
     * {@link #fingerprint} of {@link #schema}, its rows made, sorted and joined by SQLite: one string read instead
     * of four per object (65 of them) and a sorted set made, ~15 ms of a command-line report's start.
     */
    static String fingerprintInOneRow(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT string_agg(row, char(10) ORDER BY row) FROM (SELECT type || ' ' || name || ' on ' || tbl_name"
                        + " || ': ' || ifnull(sql, 'null') AS row " + OURS + ")")) {
            String rows = rs.next() ? rs.getString(1) : null;
            if (rows == null) {
                return fingerprint(Set.of());
            }
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest((rows + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every object but SQLite's own (sqlite_sequence, sqlite_stat1, automatic indexes), as "type name: sql". */
    private static Set<String> schema(Connection c) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT type, name, tbl_name, sql " + OURS)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " on " + rs.getString(3) + ": " + rs.getString(4));
            }
        }
        return rows;
    }

    private static String names(Set<String> rows) {
        return String.join(", ", rows.stream().map(r -> r.substring(0, r.indexOf(" on "))).toList());
    }
}
