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
     * Who an entry written now names: on a server a clerk's login (the log's trigger writes {@code current_user},
     * whatever the PC's user is; the tables' owner keeps {@code local}), in a file {@code local} (the PC's user). A file's lines that say who made it name the same
     * person as its audit entry (an export's "Dibuat … oleh root" while Jejak audit said maria, trial 19b).
     */
    public String actorNow(Tx tx, String local) {
        if (tx.dialect() != Dialect.POSTGRES) {
            return local;
        }
        // As the log's trigger (payung_stamp_actor): the tables' owner keeps the name it writes.
        return tx.one("SELECT current_user, pg_has_role(current_user, (SELECT c.relowner FROM pg_class c"
                + " WHERE c.oid = 'audit_log'::regclass), 'MEMBER')",
                rs -> rs.getBoolean(2) ? local : rs.getString(1)).orElse(local);
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

    /**
     * The changes of people's details import {@code batchId} wrote (their {@code UPDATE} entries name the batch in
     * {@code after_json}), newest first: what undoing it gives back.
     */
    public List<Entry> personChangesOfBatch(Tx tx, long batchId) {
        String batch = tx.dialect() == Dialect.POSTGRES ? "(after_json::jsonb ->> 'batch')"
                : "CAST(json_extract(after_json, '$.batch') AS TEXT)";
        // The JSON read only on the person's UPDATE entries that name a batch at all (a plain text match narrows).
        return tx.list("SELECT * FROM audit_log WHERE entity = 'person' AND action = 'UPDATE'"
                + " AND after_json LIKE '%\"batch\"%' AND " + batch + " = ? ORDER BY id DESC",
                AuditLog::entry, String.valueOf(batchId));
    }

    /**
     * The changes of these people's details (their {@code UPDATE} entries, which keep every field before and after,
     * the name too) written after entry {@code afterId}, oldest first: what a person was called at an earlier entry.
     */
    public List<Entry> personChangesAfter(Tx tx, java.util.Collection<Long> personIds, long afterId) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        personIds.forEach(id -> params.add(String.valueOf(id)));
        params.add(afterId);
        return tx.list("SELECT * FROM audit_log WHERE entity = 'person' AND action = 'UPDATE' AND entity_id IN ("
                + InList.marks(personIds.size()) + ") AND id > ? ORDER BY id",
                AuditLog::entry, params.toArray());
    }

    /**
     * The people once called by the words of {@code text}: a name they had before a change of their details (the name
     * before, as each {@code UPDATE} of a person keeps every field), each word typed at the start of a word of it in
     * any order, by the register's rule for a person looked for by name ({@link RegisterQuery#personSearch} with word
     * starts). Today's name is the register's to find; digits (a NIK or its start) find no one here. At most
     * {@code limit} ids, in no order.
     */
    public List<Long> personIdsOnceNamed(Tx tx, String text, int limit) {
        String search = text == null ? "" : text.strip();
        if (search.isEmpty() || id.payung.domain.Nik.strip(search).matches("\\d+")) {
            return List.of();
        }
        // The name read only from a person's UPDATE (the CASE, never a cast of another entry's text, whatever order the
        // engine tests the conditions in).
        String json = tx.dialect() == Dialect.POSTGRES ? "CAST(before_json AS jsonb) ->> 'full_name'"
                : "json_extract(before_json, '$.full_name')";
        StringBuilder w = new StringBuilder(" WHERE p.full_name IS NOT NULL");
        List<Object> params = new java.util.ArrayList<>();
        RegisterQuery.nameWordStarts(tx, "p.full_name", search, w, params);
        params.add(limit);
        return tx.list("SELECT DISTINCT p.entity_id FROM (SELECT entity_id, CASE WHEN entity = 'person' AND action = "
                + "'UPDATE' AND before_json IS NOT NULL THEN " + json + " END AS full_name FROM audit_log"
                + " WHERE entity = 'person' AND action = 'UPDATE') p" + w + " LIMIT ?", rs -> rs.getString(1),
                params.toArray()).stream().filter(id -> id != null && id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /**
     * Every entry of these records of kind {@code entity} ({@code entity_id} among {@code ids}), oldest first: what the
     * log says of records no longer in their table (a restore of an older backup took them away, trial 22c #3).
     */
    public List<Entry> entriesOf(Tx tx, String entity, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(entity);
        ids.forEach(id -> params.add(String.valueOf(id)));
        return tx.list("SELECT * FROM audit_log WHERE entity = ? AND entity_id IN (" + InList.marks(ids.size()) + ") ORDER BY id",
                AuditLog::entry, params.toArray());
    }

    /**
     * The enrollments no longer in the enrollment table (a restore took them away) that the log says were of these
     * people: an enrollment's entry added (or corrected) by the form names its person ({@code person_id}). By
     * enrollment id, in no order.
     */
    public List<Long> enrollmentsGoneOf(Tx tx, java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        String json = tx.dialect() == Dialect.POSTGRES ? "CAST(a.after_json AS jsonb) ->> 'person_id'"
                : "CAST(json_extract(a.after_json, '$.person_id') AS TEXT)";
        List<Object> params = new java.util.ArrayList<>();
        personIds.forEach(id -> params.add(String.valueOf(id)));
        // The JSON read only where it names a person at all (the CASE, whatever order the engine tests conditions in).
        return tx.list("SELECT DISTINCT p.entity_id FROM (SELECT a.entity_id, CASE WHEN a.entity = 'enrollment' AND"
                + " a.action IN ('INSERT', 'UPDATE') AND a.after_json LIKE '%\"person_id\"%' THEN " + json
                + " END AS person_id FROM audit_log a WHERE a.entity = 'enrollment' AND a.action IN ('INSERT', 'UPDATE')"
                + " AND a.after_json LIKE '%\"person_id\"%') p WHERE p.person_id IN (" + InList.marks(personIds.size()) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM enrollment x WHERE CAST(x.id AS TEXT) = p.entity_id)",
                rs -> rs.getString(1), params.toArray()).stream().filter(id -> id != null && id.matches("\\d{1,18}"))
                .map(Long::valueOf).toList();
    }

    /**
     * The people no longer in the register (a restore took them away, trial 22c #3) whom the log names by the words of
     * {@code text}: the name their entry added or changed to ({@code full_name} after), each word at the start of a
     * word of it, by the rule of {@link #personIdsOnceNamed}. Digits find no one here (the log keeps NIKs masked). At
     * most {@code limit} ids, in no order.
     */
    public List<Long> personIdsGoneNamed(Tx tx, String text, int limit) {
        String search = text == null ? "" : text.strip();
        if (search.isEmpty() || id.payung.domain.Nik.strip(search).matches("\\d+")) {
            return List.of();
        }
        String json = tx.dialect() == Dialect.POSTGRES ? "CAST(after_json AS jsonb) ->> 'full_name'"
                : "json_extract(after_json, '$.full_name')";
        StringBuilder w = new StringBuilder(" WHERE p.full_name IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM person x WHERE CAST(x.id AS TEXT) = p.entity_id)");
        List<Object> params = new java.util.ArrayList<>();
        RegisterQuery.nameWordStarts(tx, "p.full_name", search, w, params);
        params.add(limit);
        return tx.list("SELECT DISTINCT p.entity_id FROM (SELECT entity_id, CASE WHEN entity = 'person' AND action IN"
                + " ('INSERT', 'UPDATE') AND after_json IS NOT NULL THEN " + json + " END AS full_name FROM audit_log"
                + " WHERE entity = 'person' AND action IN ('INSERT', 'UPDATE')) p" + w + " LIMIT ?", rs -> rs.getString(1),
                params.toArray()).stream().filter(id -> id != null && id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /**
     * A person a restore took away, as the restore's entry keeps them ({@code audit_person_removed}, session 24): the
     * entry's id, the person's id in the replaced data, their name and their NIK masked.
     */
    public record Removed(long entryId, long personId, String fullName, String nikMasked) {
    }

    /** Rows written per statement by {@link #recordRemoved}: a restore of 50.000 people is 500 statements. */
    private static final int REMOVED_ROWS = 100;

    /**
     * Keeps, with entry {@code entryId} (a restore's), the people it took away ({@link Removed#entryId()} ignored):
     * a person brought in by an imported list has no entry of their own to name them once gone.
     */
    public void recordRemoved(Tx tx, long entryId, List<Removed> people) {
        for (int from = 0; from < people.size(); from += REMOVED_ROWS) {
            List<Removed> part = people.subList(from, Math.min(people.size(), from + REMOVED_ROWS));
            List<Object> params = new java.util.ArrayList<>(part.size() * 4);
            for (Removed r : part) {
                params.add(entryId);
                params.add(r.personId());
                params.add(r.fullName());
                params.add(r.nikMasked());
            }
            tx.update("INSERT INTO audit_person_removed (audit_id, person_id, full_name, nik_masked) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "(?, ?, ?, ?)")), params.toArray());
        }
    }

    /**
     * The people entry {@code entryId} took away with a person id above {@code afterPersonId}, by person id, at most
     * {@code limit}: read a page at a time (a restore carrying an earlier one's list, an auditor's details).
     */
    public List<Removed> removedBy(Tx tx, long entryId, long afterPersonId, int limit) {
        if (!hasRemovedTable(tx)) {
            return List.of();
        }
        return tx.list("SELECT audit_id, person_id, full_name, nik_masked FROM audit_person_removed WHERE audit_id = ?"
                + " AND person_id > ? ORDER BY person_id LIMIT ?", AuditLog::removed, entryId, afterPersonId, limit);
    }

    /**
     * The people a restore took away whom its entry names by the words of {@code text}, each word at the start of a
     * word of the name, by the rule of {@link #personIdsOnceNamed}; digits find no one (the NIKs are kept masked). At
     * most {@code limit}, in no order.
     */
    public List<Removed> removedNamed(Tx tx, String text, int limit) {
        String search = text == null ? "" : text.strip();
        if (search.isEmpty() || id.payung.domain.Nik.strip(search).matches("\\d+") || !hasRemovedTable(tx)) {
            return List.of();
        }
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        RegisterQuery.nameWordStarts(tx, "p.full_name", search, w, params);
        params.add(limit);
        return tx.list("SELECT p.audit_id, p.person_id, p.full_name, p.nik_masked FROM audit_person_removed p" + w
                + " LIMIT ?", AuditLog::removed, params.toArray());
    }

    /** Whether the data holds the table of the people restores took away (a file of schema version 10 on). */
    private static boolean hasRemovedTable(Tx tx) {
        return tx.dialect() == Dialect.POSTGRES
                || tx.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_person_removed'") > 0;
    }

    private static Removed removed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Removed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }

    /**
     * Of these NIKs, those a person of the register holds: a person of the data a restore replaced whose NIK the
     * restored data does not hold was taken away by it.
     */
    public java.util.Set<String> niksHeld(Tx tx, java.util.Collection<String> niks) {
        if (niks.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(tx.list("SELECT nik FROM person WHERE nik IN (" + InList.marks(niks.size()) + ")",
                rs -> rs.getString(1), niks.toArray()));
    }

    /**
     * The people of the register with an id above {@code afterId}, by id, at most {@code limit}: their id, name and
     * full NIK (the caller masks it), read a page at a time from the data a restore replaced.
     */
    public List<Registered> peopleAfter(Tx tx, long afterId, int limit) {
        return tx.list("SELECT id, full_name, nik FROM person WHERE id > ? ORDER BY id LIMIT ?",
                rs -> new Registered(rs.getLong(1), rs.getString(2), rs.getString(3)), afterId, limit);
    }

    /** A person of the register as {@link #peopleAfter} reads them: id, name, full NIK. */
    public record Registered(long id, String fullName, String nik) {
    }

    /** Entries about a person and their enrollments, oldest first. */
    public List<Entry> forPerson(Tx tx, long personId) {
        return tx.list("""
                SELECT * FROM audit_log
                WHERE (entity = 'person' AND entity_id = ?)
                   OR (entity = 'enrollment' AND entity_id IN (SELECT CAST(id AS TEXT) FROM enrollment WHERE person_id = ?))
                ORDER BY id""", AuditLog::entry, String.valueOf(personId), personId);
    }

    /** The ids of the entries about the people {@code ids} stands for (placeholders, bound four times in a row). */
    private static String aboutPeople(String ids) {
        return "SELECT id FROM audit_log WHERE entity = 'person' AND entity_id IN"
                + " (SELECT CAST(id AS TEXT) FROM person WHERE id IN (" + ids + "))"
                + " UNION ALL SELECT id FROM audit_log WHERE entity = 'enrollment' AND entity_id IN"
                + " (SELECT CAST(id AS TEXT) FROM enrollment WHERE person_id IN (" + ids + "))"
                + " UNION ALL SELECT id FROM audit_log WHERE entity = 'benefit_claim' AND entity_id IN"
                + " (SELECT CAST(id AS TEXT) FROM benefit_claim WHERE person_id IN (" + ids + "))"
                // The list that brought them in: an import is one entry for all its rows.
                + " UNION ALL SELECT id FROM audit_log WHERE entity = 'import_batch' AND entity_id IN"
                + " (SELECT CAST(batch_id AS TEXT) FROM enrollment WHERE batch_id IS NOT NULL AND person_id IN (" + ids
                + "))";
    }

    /**
     * On a server, the snapshot this transaction reads by (PostgreSQL's {@code pg_current_snapshot()}, as text):
     * which transactions had committed when it was taken; null on a file. In a read (repeatable read) it is the
     * read's whole snapshot; in a write (read committed) that of this statement.
     */
    public String snapshot(Tx tx) {
        return tx.dialect() == Dialect.POSTGRES
                ? tx.one("SELECT pg_current_snapshot()::text", rs -> rs.getString(1)).orElseThrow() : null;
    }

    /** On a server, this write transaction's id (a full 64-bit {@code xid8}); 0 on a file. */
    public long transaction(Tx tx) {
        return tx.dialect() == Dialect.POSTGRES ? tx.scalar("SELECT pg_current_xact_id()::text::bigint") : 0;
    }

    /**
     * On a server, in a write transaction: the entries about a person and their enrollments written by a
     * transaction that {@code snapshot} did not see committed, other than transaction {@code seen} (0: none) and
     * this one, oldest first. A row's writer is its {@code xmin} (32 bits), made a full id as the one nearest
     * this transaction's; a row written more than two thousand million transactions ago would read as new (not
     * within an office's lifetime). Audit rows are never written inside a subtransaction by
     * Payung (the snapshot lists top-level transactions only).
     */
    public List<Entry> forPersonUnseen(Tx tx, long personId, String snapshot, long seen) {
        return tx.list("""
                WITH me AS (SELECT pg_current_xact_id()::text::bigint AS xact)
                SELECT x.* FROM (
                    SELECT a.*, me.xact + ((a.xmin::text::bigint - (me.xact & 4294967295) + 6442450944) % 4294967296
                                           - 2147483648) AS writer
                    FROM audit_log a, me
                    WHERE (a.entity = 'person' AND a.entity_id = ?)
                       OR (a.entity = 'enrollment' AND a.entity_id IN (SELECT CAST(id AS TEXT) FROM enrollment WHERE person_id = ?))) x, me
                WHERE x.writer NOT IN (?, me.xact)
                  AND NOT pg_visible_in_snapshot(x.writer::text::xid8, CAST(? AS pg_snapshot))
                ORDER BY x.id""", AuditLog::entry, String.valueOf(personId), personId, seen, snapshot);
    }

    /**
     * How many changes (entries other than a full NIK seen or an export) were written after {@code after} (all of them
     * when null): what a restore of data last changed
     * then would take away. Times are compared to the second as text (the stamps' fixed-width start), and within
     * that second as times, since stamps of one second differ in their fraction digits ("…05Z" against "…05.5Z").
     */
    public long countAfter(Tx tx, Instant after) {
        String changes = CHANGES_ONLY;
        if (after == null) {
            return tx.scalar("SELECT count(*) FROM audit_log WHERE" + changes);
        }
        String second = after.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().substring(0, 19);
        long later = tx.scalar("SELECT count(*) FROM audit_log WHERE substr(at, 1, 19) > ? AND" + changes, second);
        long sameSecond = tx.list("SELECT at FROM audit_log WHERE substr(at, 1, 19) = ? AND" + changes,
                        rs -> rs.getString(1), second)
                .stream().filter(at -> Instant.parse(at).isAfter(after)).count();
        return later + sameSecond;
    }

    /** Changes only: a full NIK seen or an export changed no data (review 14: "608 perubahan" were mostly exports). */
    private static final String CHANGES_ONLY = " " + changesOnly("");

    /**
     * The one condition "this audit entry is a change": not a full NIK seen, an export or a refused restore
     * ({@code AuditTopic.noDataChanged}), which change no data; {@code alias} the audit_log table's alias in the query ("" for none).
     */
    public static String changesOnly(String alias) {
        String column = alias.isEmpty() ? "action" : alias + ".action";
        return column + " NOT IN (" + id.payung.domain.AuditTopic.noDataChanged().stream().sorted()
                .map(a -> "'" + a + "'").collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    /** The newest entry's id (0: none yet). */
    public long lastId(Tx tx) {
        return tx.scalar("SELECT coalesce(max(id), 0) FROM audit_log");
    }

    /**
     * Changes written by any other login than {@code actor} with an id above {@code floor}: how many, and the newest
     * (null when none). A count, not the newest id alone: on a server an entry gets its id when written, not when its
     * transaction commits, so a change committed late under a smaller id still adds to the count.
     */
    public OthersChanges changesByOthers(Tx tx, long floor, String actor) {
        return changesWhere(tx, " FROM audit_log WHERE id > ? AND actor <> ? AND" + CHANGES_ONLY, floor, actor);
    }

    /**
     * Changes above {@code floor} other than {@code own}'s (a file's other programs: the command line, a second window,
     * all writing under this OS user): how many, and the newest (null when none).
     */
    public OthersChanges changesOutside(Tx tx, long floor, OwnAuditEntries own) {
        StringBuilder where = new StringBuilder(" FROM audit_log WHERE id > ? AND").append(CHANGES_ONLY);
        List<Object> params = new java.util.ArrayList<>(List.of(floor));
        for (long[] span : own.above(floor)) {
            where.append(" AND NOT (id > ? AND id <= ?)");
            params.add(span[0]);
            params.add(span[1]);
        }
        return changesWhere(tx, where.toString(), params.toArray());
    }

    /** How many changes {@code where} (a FROM … WHERE clause) finds, and the newest of them. */
    private static OthersChanges changesWhere(Tx tx, String where, Object... params) {
        long count = tx.scalar("SELECT count(*)" + where, params);
        Entry newest = count == 0 ? null
                : tx.one("SELECT *" + where + " ORDER BY id DESC LIMIT 1", AuditLog::entry, params).orElse(null);
        return new OthersChanges(count, newest);
    }

    /** See {@link #changesByOthers}. */
    public record OthersChanges(long count, Entry newest) {
    }

    /** The entries of restores of the whole database ({@code RESTORE} of {@code database}), oldest first. */
    public List<Entry> restores(Tx tx) {
        return tx.list("SELECT * FROM audit_log WHERE action = 'RESTORE' AND entity = 'database' ORDER BY id",
                AuditLog::entry);
    }

    /** The entries of manual backups ({@code BACKUP} of {@code database}), oldest first: the files a user asked for. */
    public List<Entry> backups(Tx tx) {
        return tx.list("SELECT * FROM audit_log WHERE action = 'BACKUP' AND entity = 'database' ORDER BY id",
                AuditLog::entry);
    }

    /** The newest restore of the whole database ({@code RESTORE} of {@code database}), if any. */
    public java.util.Optional<Entry> lastRestore(Tx tx) {
        return tx.one("SELECT * FROM audit_log WHERE action = 'RESTORE' AND entity = 'database' ORDER BY id DESC LIMIT 1",
                AuditLog::entry);
    }

    /** The entries with ids from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<Entry> between(Tx tx, long from, long to) {
        return tx.list("SELECT * FROM audit_log WHERE id >= ? AND id < ? ORDER BY id", AuditLog::entry, from, to);
    }

    /** Rows read per page by {@link #forEachSince}: a restore's carry never holds a whole log in memory. */
    private static final int PAGE = 500;

    /**
     * Gives {@code each}, oldest first (by id), every entry stamped at or after {@code since} (all when null) and
     * every restore of the whole database whatever its time, reading {@value #PAGE} rows at a time. A restore uses
     * it on the data it replaced, to carry what the backup lacks into the restored log; times are compared to the
     * second as text and then as times, as in {@link #countAfter}.
     */
    public void forEachSince(Tx tx, Instant since, java.util.function.Consumer<Entry> each) {
        String second = since == null ? "" : since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().substring(0, 19);
        long last = 0;
        while (true) {
            List<Entry> page = tx.list("""
                    SELECT * FROM audit_log
                    WHERE id > ? AND (substr(at, 1, 19) >= ? OR (action = 'RESTORE' AND entity = 'database'))
                    ORDER BY id LIMIT ?""", AuditLog::entry, last, second, PAGE);
            for (Entry e : page) {
                boolean restore = "RESTORE".equals(e.action()) && "database".equals(e.entity());
                if (restore || since == null || !e.at().isBefore(since)) {
                    each.accept(e);
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            last = page.get(page.size() - 1).id();
        }
    }

    /** The time of the newest entry (by id: carried entries keep older times), or null for an empty log. */
    public Instant lastAt(Tx tx) {
        return tx.one("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1", rs -> Instant.parse(rs.getString(1))).orElse(null);
    }

    /**
     * Appends {@code entry} as it was written elsewhere: its own time and actor, not now and this user. For a
     * restore, which replaces the log with the backup's: the earlier restores of the replaced data are carried into
     * the restored log so an auditor sees every one (the new id orders it after the backup's entries).
     */
    public long carry(Tx tx, Entry entry) {
        return tx.insert("""
                INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", entry.at().toString(), entry.actor(), entry.action(), entry.entity(),
                entry.entityId(), entry.beforeJson(), entry.afterJson());
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                rs.getString("before_json"), rs.getString("after_json"));
    }

    /**
     * What an auditor asks for; a null field does not narrow. {@code fromAt} (inclusive) and {@code toAt}
     * (exclusive) are UTC times written as {@link Instant#toString()} writes them but without the zone letter
     * ("2026-12-05T16:00:00"): compared as text with the stored stamps, whatever their fraction of a second, they
     * order as times. {@code personIds}: entries about these people, their enrollments and their claims, and the imports
     * that brought their enrollments in.
     */
    public record Query(String fromAt, String toAt, String actor, id.payung.domain.AuditTopic topic,
                        List<Long> personIds, String regencyCode, java.util.Map<String, List<Long>> goneRecords,
                        List<Long> entryIds) {
        /**
         * {@code entryIds}: with {@code personIds}, these entries too (the restores whose list of the people they took
         * away names the person searched for, {@link #removedNamed}).
         */
        public Query {
            personIds = personIds == null ? null : List.copyOf(personIds);
            goneRecords = goneRecords == null ? java.util.Map.of() : java.util.Map.copyOf(goneRecords);
            entryIds = entryIds == null ? List.of() : List.copyOf(entryIds);
        }

        /** Entries about {@code personIds}, with the records of theirs the tables no longer hold. */
        public Query(String fromAt, String toAt, String actor, id.payung.domain.AuditTopic topic,
                     List<Long> personIds, String regencyCode, java.util.Map<String, List<Long>> goneRecords) {
            this(fromAt, toAt, actor, topic, personIds, regencyCode, goneRecords, null);
        }

        /** Entries about {@code personIds} as the tables find them (no records gone from them). */
        public Query(String fromAt, String toAt, String actor, id.payung.domain.AuditTopic topic,
                     List<Long> personIds, String regencyCode) {
            this(fromAt, toAt, actor, topic, personIds, regencyCode, null);
        }

        /** Entries of every regency. */
        public Query(String fromAt, String toAt, String actor, id.payung.domain.AuditTopic topic, List<Long> personIds) {
            this(fromAt, toAt, actor, topic, personIds, null);
        }
    }

    /** The entries {@code q} asks for with an id below {@code beforeId}, newest first, at most {@code limit}. */
    public List<Entry> search(Tx tx, Query q, long beforeId, int limit) {
        return search(tx, q, true, beforeId, limit);
    }

    /** The entries {@code q} asks for with an id above {@code afterId}, oldest first, at most {@code limit}. */
    public List<Entry> searchForward(Tx tx, Query q, long afterId, int limit) {
        return search(tx, q, false, afterId, limit);
    }

    /**
     * The entries after entry {@code from} (by id; Long.MAX_VALUE or 0: from the start) in the order asked. On a server
     * a search by days reads in the order of the entries' time, then id, from V12's {@code (at, id)} index, entry
     * {@code from}'s own time and id the place to go on from: ordered by id, PostgreSQL read the log backwards
     * until it reached those days (0,7–0,9 s for a day two years back at 2 million entries, its estimate taking the
     * days' entries for spread over the whole log). A file keeps the id order (no such index: an office's log is
     * read to the day in well under a second).
     */
    private List<Entry> search(Tx tx, Query q, boolean newestFirst, long from, int limit) {
        boolean byTime = tx.dialect() == Dialect.POSTGRES && (q.fromAt() != null || q.toAt() != null);
        boolean start = newestFirst ? from == Long.MAX_VALUE : from == 0;
        String after = newestFirst ? " < " : " > ";
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE ");
        List<Object> params = new java.util.ArrayList<>();
        if (!byTime) {
            sql.append("id").append(after).append("?");
            params.add(from);
        } else if (!start) {
            sql.append("(at, id)").append(after).append("(SELECT p.at, p.id FROM audit_log p WHERE p.id = ?)");
            params.add(from);
        } else {
            sql.append("1 = 1");
        }
        if (q.fromAt() != null) {
            sql.append(" AND at >= ?");
            params.add(q.fromAt());
        }
        if (q.toAt() != null) {
            sql.append(" AND at < ?");
            params.add(q.toAt());
        }
        if (q.actor() != null) {
            sql.append(" AND actor = ?");
            params.add(q.actor());
        }
        if (q.topic() != null) {
            topic(q.topic(), sql, params);
        }
        if (q.regencyCode() != null && tx.dialect() == Dialect.POSTGRES) {
            // A server's entries name their regency; a file's log is one office's (no such column).
            sql.append(" AND regency_code = ?");
            params.add(q.regencyCode());
        }
        if (q.personIds() != null) {
            String ids = q.personIds().isEmpty() ? "NULL"
                    : InList.marks(q.personIds().size());
            // Each kind of record looked up by the (entity, entity_id) index on its own, the entries' ids united: an OR
            // of the four made PostgreSQL read the whole log backwards by id for a person with few entries (1,0 s
            // at 2 million entries, review 12; SQLite's OR took the index, so did not show it); 2 ms so on both.
            sql.append(" AND id IN (").append(aboutPeople(ids));
            for (int i = 0; i < 4; i++) {
                params.addAll(q.personIds());
            }
            // And the entries of the people's records the tables no longer hold (a restore took them away): by the
            // (entity, entity_id) index, the records named by the log itself.
            for (java.util.Map.Entry<String, List<Long>> gone : new java.util.TreeMap<>(q.goneRecords()).entrySet()) {
                if (!gone.getValue().isEmpty()) {
                    sql.append(" UNION ALL SELECT id FROM audit_log WHERE entity = ? AND entity_id IN (")
                            .append(InList.marks(gone.getValue().size())).append(")");
                    params.add(gone.getKey());
                    gone.getValue().forEach(id -> params.add(String.valueOf(id)));
                }
            }
            if (!q.entryIds().isEmpty()) {
                // The restores that took the person away (their own entries may be none: a list brought them in).
                sql.append(" UNION ALL SELECT id FROM audit_log WHERE id IN (").append(InList.marks(q.entryIds().size())).append(")");
                params.addAll(q.entryIds());
            }
            sql.append(")");
        }
        String order = newestFirst ? " DESC" : "";
        sql.append(byTime ? " ORDER BY at" + order + ", id" + order : " ORDER BY id" + order).append(" LIMIT ?");
        params.add(limit);
        return tx.list(sql.toString(), AuditLog::entry, params.toArray());
    }

    /**
     * The topic's condition, from {@link id.payung.domain.AuditTopic}'s own lists (the rule is written there): a topic
     * taken by action is its actions (on a server V13's index on the action finds the few among many); any other is its kinds
     * of record, less every action a topic by action takes (so each entry is under one topic).
     */
    private static void topic(id.payung.domain.AuditTopic t, StringBuilder sql, List<Object> params) {
        if (t.byAction()) {
            List<String> actions = t.actions().stream().sorted().toList();
            sql.append(" AND action IN (").append(InList.marks(actions.size())).append(")");
            params.addAll(actions);
            return;
        }
        List<String> taken = id.payung.domain.AuditTopic.actionsTaken().stream().sorted().toList();
        sql.append(" AND action NOT IN (").append(InList.marks(taken.size())).append(")");
        params.addAll(taken);
        List<String> entities = t.entities().stream().sorted().toList();
        sql.append(" AND entity ").append(t.entitiesExcluded() ? "NOT IN (" : "IN (").append(InList.marks(entities.size())).append(")");
        params.addAll(entities);
    }

    /** An entry {@code a}'s regency by name, over {@link #REGENCY_JOIN}: the region list's, else the code. */
    private static final String REGENCY_NAME = "coalesce(r.name, a.regency_code)";
    private static final String REGENCY_JOIN = " LEFT JOIN region r ON r.code = a.regency_code";

    /**
     * The regency each of these entries belongs to, by entry id: on a server, the name of the entry's
     * {@code regency_code} in the region list ("Kabupaten Manggarai"; the code itself where the list lacks it). Empty for an SQLite file,
     * which is one office's (its log has no regency column). Every row this login may read of the log; no others.
     */
    public java.util.Map<Long, String> regencies(Tx tx, java.util.Collection<Long> entryIds) {
        // (REGENCY_NAME and REGENCY_JOIN: the one way an entry's regency is named, here and in actorRegencies.)
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        if (tx.dialect() != Dialect.POSTGRES || entryIds.isEmpty()) {
            return out;
        }
        tx.list("SELECT a.id, " + REGENCY_NAME + " FROM audit_log a" + REGENCY_JOIN + " WHERE a.id IN ("
                        + InList.marks(entryIds.size()) + ")",
                rs -> out.put(rs.getLong(1), rs.getString(2)), entryIds.toArray());
        return out;
    }

    /**
     * The regencies each login of the log wrote in, by login: on a server, the names of their entries'
     * {@code regency_code} as {@link #regencies} names them ("Kabupaten Manggarai"; the code where the list lacks it),
     * in order of name. Empty for an SQLite file, one office's. Entries of no regency (the owner's) name none.
     */
    public java.util.Map<String, List<String>> actorRegencies(Tx tx) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        if (tx.dialect() != Dialect.POSTGRES) {
            return out;
        }
        tx.list("SELECT DISTINCT a.actor, " + REGENCY_NAME + " FROM audit_log a" + REGENCY_JOIN
                        + " WHERE a.regency_code IS NOT NULL ORDER BY 1, 2",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2)));
        return out;
    }

    /**
     * The regencies whose entries this login reads, by code, named as {@link #regencies} names an entry's, in order of
     * name: a reader's choice of one regency's entries. Empty for an SQLite file, one office's.
     */
    public java.util.Map<String, String> regencyNames(Tx tx) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (tx.dialect() != Dialect.POSTGRES) {
            return out;
        }
        tx.list("SELECT DISTINCT a.regency_code, " + REGENCY_NAME + " FROM audit_log a" + REGENCY_JOIN
                        + " WHERE a.regency_code IS NOT NULL ORDER BY 2, 1",
                rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** Everyone who has written to the log (a login on a server, the PC's user on a file), by name. */
    public List<String> actors(Tx tx) {
        return tx.list("SELECT DISTINCT actor FROM audit_log ORDER BY actor", rs -> rs.getString(1));
    }

    /** The newest entries first, at most {@code limit}. */
    public List<Entry> recent(Tx tx, int limit) {
        return tx.list("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", AuditLog::entry, limit);
    }
}
