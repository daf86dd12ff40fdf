package id.payung.store;

import java.time.Instant;
import java.util.List;

/**
 * The append-only record of who changed what. Rows are written inside the caller's transaction, so
 * a change and its audit row are committed or lost together; triggers refuse updates and deletes.
 */
public final class AuditLog {
    /**
     * The server's time of the INSERT, written as Java writes an {@link Instant} (ISO-8601 in UTC), so the text
     * orders and parses as a file's does.
     */
    private static final String SERVER_NOW = "to_char(statement_timestamp() AT TIME ZONE 'UTC',"
            + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    private final java.time.Clock clock;

    /** The audit log stamped by this PC's clock on a file, by the server's on a server. */
    public AuditLog() {
        this(java.time.Clock.systemUTC());
    }

    /** {@link #AuditLog()} with {@code clock} as this PC's clock (tests: a PC whose clock is wrong). */
    public AuditLog(java.time.Clock clock) {
        this.clock = clock;
    }

    /** One audit row. Before/after are JSON text or null. */
    public record Entry(long id, Instant at, String actor, String action, String entity, String entityId,
                        String beforeJson, String afterJson) {
    }

    /**
     * Appends an entry stamped with the current time; returns its id. On a server the time is the server's: a
     * clerk's PC whose clock is wrong (or set back) cannot date a change, as it cannot name its "who". A file is
     * the PC's own, and so is its clock.
     */
    public long record(Tx tx, String actor, String action, String entity, String entityId,
                       String beforeJson, String afterJson) {
        if (tx.dialect() == Dialect.POSTGRES) {
            return tx.insert("INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)"
                    + " VALUES (" + SERVER_NOW + ", ?, ?, ?, ?, ?, ?)", actor, action, entity, entityId, beforeJson, afterJson);
        }
        return tx.insert("""
                INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                Instant.now(clock).toString(), actor, action, entity, entityId, beforeJson, afterJson);
    }

    /** Entries about a person and their enrollments, oldest first. */
    public List<Entry> forPerson(Tx tx, long personId) {
        return tx.list("""
                SELECT * FROM audit_log
                WHERE (entity = 'person' AND entity_id = ?)
                   OR (entity = 'enrollment' AND entity_id IN (SELECT CAST(id AS TEXT) FROM enrollment WHERE person_id = ?))
                ORDER BY id""", AuditLog::entry, String.valueOf(personId), personId);
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                rs.getString("before_json"), rs.getString("after_json"));
    }

    /** Every entry, oldest first, handed one by one to {@code sink} (the log can be long). */
    public void forEach(Tx tx, java.util.function.Consumer<Entry> sink) {
        tx.list("SELECT * FROM audit_log ORDER BY id", rs -> {
            sink.accept(entry(rs));
            return null;
        });
    }

    /** The newest entries first, at most {@code limit}. */
    public List<Entry> recent(Tx tx, int limit) {
        return tx.list("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", AuditLog::entry, limit);
    }
}
