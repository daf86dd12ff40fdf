package id.payung.store;

import id.payung.domain.ImportBatch;
import java.time.Instant;
import java.util.List;

/** Import batches: one per imported file, so an import can be listed and undone as a whole. */
public final class ImportBatchRepository {

    /**
     * Starts a batch (counts filled in by {@link #finish}); returns its id. Dated by this PC's clock on a file, by
     * the server's on a server (V7 dates a clerk's batch whatever is sent; the owner's too, written so here).
     */
    public long start(Tx tx, String fileName, String sha256, String actor) {
        return Sql.insert(tx, """
                INSERT INTO import_batch (file_name, file_sha256, imported_at, actor, rows_read, rows_imported,
                                          rows_duplicate, rows_rejected)
                VALUES (?, ?, %s, ?, 0, 0, 0, 0)""".formatted(now(tx)), fileName, sha256, actor);
    }

    /** The time a batch is started or undone: this PC's on a file, the server's on a server (V7). */
    private static String now(Tx tx) {
        return tx.dialect() == Dialect.POSTGRES ? "payung_server_now()" : "'" + Instant.now() + "'";
    }

    /** Records a batch's counts. */
    public void finish(Tx tx, long id, long read, long imported, long duplicate, long rejected) {
        tx.update("UPDATE import_batch SET rows_read = ?, rows_imported = ?, rows_duplicate = ?, rows_rejected = ? WHERE id = ?",
                read, imported, duplicate, rejected, id);
    }

    /** Marks the batch's enrollments deleted and the batch undone; returns how many enrollments. */
    public int undo(Tx tx, long id) {
        int n;
        if (tx.dialect() == Dialect.POSTGRES) {
            n = YearSummary.undoOnServer(tx, id); // a clerk may not write the summary: the owner's function does
        } else {
            YearSummary.beginBulk(tx); // one recount at the end instead of one per enrollment
            YearSummary.removeBatchShapes(tx, id);
            n = tx.update("UPDATE enrollment SET deleted = 1 WHERE batch_id = ? AND deleted = 0", id);
            YearSummary.endBulkForBatch(tx, id);
        }
        // A registered person the batch moved is back at the place of their latest enrollment left.
        EnrollmentRepository.refreshCurrentPlaces(tx, "SELECT person_id FROM enrollment WHERE batch_id = ?", id);
        tx.update("UPDATE import_batch SET undone_at = " + now(tx) + " WHERE id = ?", id);
        return n;
    }

    /**
     * All batches, newest first. Who undid one is the login of its undo's audit entry (written with it, in the same
     * transaction): the batch row records only when (trial 19, finding 5).
     */
    public List<ImportBatch> all(Tx tx) {
        return tx.list("""
                SELECT b.*, (SELECT a.actor FROM audit_log a WHERE a.entity = 'import_batch' AND a.action = 'UNDO_IMPORT'
                             AND a.entity_id = CAST(b.id AS TEXT) ORDER BY a.id DESC LIMIT 1) AS undone_by
                FROM import_batch b ORDER BY b.id DESC""", rs -> {
            String undone = rs.getString("undone_at");
            return new ImportBatch(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"),
                    Instant.parse(rs.getString("imported_at")), rs.getString("actor"), rs.getLong("rows_read"),
                    rs.getLong("rows_imported"), rs.getLong("rows_duplicate"), rs.getLong("rows_rejected"),
                    undone == null ? null : Instant.parse(undone), undone == null ? null : rs.getString("undone_by"));
        });
    }

    /**
     * An earlier import's audit entry that records cells the clerk corrected ({@code fixN_…}): the batch, when and by
     * whom, and the entry's JSON; {@code sameFile} when the batch's file had the same content (SHA-256).
     */
    public record CorrectedImport(long batch, Instant at, String actor, String afterJson, boolean sameFile) {
    }

    /**
     * The imports of a file of this content or this name whose clerk corrected cells, newest first: read from their
     * audit entries (which keep each corrected cell, the file's value and the clerk's), undone or not. On a server a
     * clerk reads only their regency's entries and batches.
     */
    public List<CorrectedImport> correctedImports(Tx tx, String sha256, String fileName) {
        return tx.list("""
                SELECT b.id, a.at, a.actor, a.after_json, b.file_sha256
                FROM import_batch b JOIN audit_log a ON a.entity = 'import_batch' AND a.action = 'IMPORT'
                     AND a.entity_id = CAST(b.id AS TEXT)
                WHERE (b.file_sha256 = ? OR b.file_name = ?) AND a.after_json LIKE '%"fix1_row"%'
                ORDER BY a.id DESC""", rs -> new CorrectedImport(rs.getLong(1), Instant.parse(rs.getString(2)),
                rs.getString(3), rs.getString(4), sha256.equals(rs.getString(5))), sha256, fileName);
    }

    /** The NIKs of the people a batch enrolled, its undone enrollments too. */
    public List<String> niks(Tx tx, long batchId) {
        return tx.list("SELECT DISTINCT p.nik FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.batch_id = ?",
                rs -> rs.getString(1), batchId);
    }

    /**
     * What was changed after a batch was imported in what its undo would remove (trial 19, finding 5): the audit
     * entries written after the import's own entry about the batch's enrollments still in place, or about their people,
     * other than a full NIK seen or an export. Counted by enrollment; each login with its latest change, in order.
     */
    public ImportBatch.ChangesAfter changesAfter(Tx tx, long id) {
        String changes = " AND " + AuditLog.changesOnly("a");
        String after = " AND a.id > (SELECT COALESCE(MAX(i.id), 0) FROM audit_log i WHERE i.entity = 'import_batch'"
                + " AND i.action = 'IMPORT' AND i.entity_id = ?)";
        record Hit(long entry, long enrollment, String actor, Instant at) {
        }
        List<Hit> hits = new java.util.ArrayList<>();
        for (String join : List.of("a.entity = 'enrollment' AND a.entity_id = CAST(e.id AS TEXT)",
                "a.entity = 'person' AND a.entity_id = CAST(e.person_id AS TEXT)")) {
            hits.addAll(tx.list("SELECT a.id, e.id AS enrollment, a.actor, a.at FROM enrollment e JOIN audit_log a ON "
                            + join + " WHERE e.batch_id = ? AND e.deleted = 0" + after + changes,
                    rs -> new Hit(rs.getLong("id"), rs.getLong("enrollment"), rs.getString("actor"),
                            Instant.parse(rs.getString("at"))), id, String.valueOf(id)));
        }
        hits.sort(java.util.Comparator.comparingLong(Hit::entry));
        java.util.Map<String, Instant> last = new java.util.LinkedHashMap<>();
        for (Hit h : hits) {
            last.remove(h.actor()); // each login placed at its latest change
            last.put(h.actor(), h.at());
        }
        int enrollments = (int) hits.stream().mapToLong(Hit::enrollment).distinct().count();
        return new ImportBatch.ChangesAfter(enrollments,
                last.entrySet().stream().map(e -> new ImportBatch.Changer(e.getKey(), e.getValue())).toList());
    }
}
