package id.payung.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids a database file must never give again. A file's tables number their rows {@code max(id) + 1} (no
 * AUTOINCREMENT), so after a restore the restored file would give the ids of the rows its backup lacks once more: the
 * trail the restore keeps names them (import #2 of b.csv, its undoing), and the next import was "#2" too, with b.csv's
 * entries in its people's history (trial 21b #1). A restore raises, for each table here, a floor (the setting
 * "id_floor.TABLE") past the largest id the replaced file had used ({@link #raise}); a new row of the file is given
 * an id past both its table's largest and that floor ({@link #withId}, {@link #next}). A server's tables number from
 * sequences, which its own restore (pg_restore) puts back: nothing to do there.
 */
public final class IdFloor {
    /** The start of the setting that holds a table's floor: "id_floor.import_batch". */
    public static final String PREFIX = "id_floor.";
    /** The tables whose ids the audit trail names, and so must not be given twice. */
    public static final List<String> TABLES = List.of("import_batch", "person", "enrollment", "benefit_claim", "event",
            "cohort", "funding_source");

    private IdFloor() {
    }

    /** The setting holding {@code table}'s floor. */
    public static String key(String table) {
        return PREFIX + table;
    }

    /** Whether {@code key} is a floor's setting. */
    public static boolean isKey(String key) {
        return key.startsWith(PREFIX) && TABLES.contains(key.substring(PREFIX.length()));
    }

    /** The SQL expression of the next id of {@code table} on a file: past its largest id and its floor. */
    static String nextExpression(String table) {
        check(table);
        return "(SELECT max(coalesce((SELECT max(id) FROM " + table + "), 0), coalesce((SELECT CAST(value AS INTEGER)"
                + " FROM meta WHERE key = '" + key(table) + "'), 0)) + 1)";
    }

    /** The next id of {@code table} on a file (see {@link #nextExpression}). */
    static long next(Tx tx, String table) {
        return tx.scalar("SELECT " + nextExpression(table));
    }

    /**
     * {@code sql}, an "INSERT INTO TABLE (…) VALUES (…)" without the id, given the id {@link #nextExpression} on a
     * file; unchanged on a server (its sequence numbers the row).
     */
    static String withId(Tx tx, String table, String sql) {
        return tx.dialect() == Dialect.POSTGRES ? sql : withId(table, sql);
    }

    /** {@link #withId(Tx, String, String)} on a file. */
    static String withId(String table, String sql) {
        String into = "INSERT INTO " + table + " (";
        int at = sql.indexOf(into);
        int values = sql.indexOf("VALUES (", at);
        if (at < 0 || values < 0) {
            throw new IllegalArgumentException("not an INSERT INTO " + table + " … VALUES: " + sql);
        }
        return sql.substring(0, at) + into + "id, " + sql.substring(at + into.length(), values) + "VALUES ("
                + nextExpression(table) + ", " + sql.substring(values + "VALUES (".length());
    }

    /** The largest id of each of {@link #TABLES} in a file, or its floor when higher (0 for none). */
    public static Map<String, Long> used(Tx tx) {
        Map<String, Long> used = new LinkedHashMap<>();
        for (String table : TABLES) {
            used.put(table, next(tx, table) - 1);
        }
        return used;
    }

    /** Raises each table's floor to at least {@code used}'s (a floor never goes down); a file only. */
    public static void raise(Tx tx, Map<String, Long> used) {
        for (Map.Entry<String, Long> e : used.entrySet()) {
            check(e.getKey());
            tx.update("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value ="
                    + " CAST(max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)",
                    key(e.getKey()), String.valueOf(e.getValue()));
        }
    }

    private static void check(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no id floor for " + table);
        }
    }
}
