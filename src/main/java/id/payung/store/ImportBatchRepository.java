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

    /** All batches, newest first. */
    public List<ImportBatch> all(Tx tx) {
        return tx.list("SELECT * FROM import_batch ORDER BY id DESC", rs -> {
            String undone = rs.getString("undone_at");
            return new ImportBatch(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"),
                    Instant.parse(rs.getString("imported_at")), rs.getString("actor"), rs.getLong("rows_read"),
                    rs.getLong("rows_imported"), rs.getLong("rows_duplicate"), rs.getLong("rows_rejected"),
                    undone == null ? null : Instant.parse(undone));
        });
    }
}
