package id.payung.service;

import id.payung.store.AuditLog;
import id.payung.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The audit log for an auditor: read-only here, exported whole as CSV. */
public final class AuditService {
    private final Database db;
    private final AuditLog audit = new AuditLog();
    private final ChangeLog log;

    public AuditService(Database db, String actor) {
        this.db = db;
        this.log = new ChangeLog(actor);
    }

    /**
     * Writes every audit entry as CSV (id, at, actor, action, entity, entity_id, before, after) and
     * returns how many. NIKs inside are already masked; cells that a spreadsheet would run as a formula
     * are neutralised. The export itself is audited.
     */
    public long exportCsv(Writer out) {
        long[] count = {0};
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder()
                    .setHeader("id", "at", "actor", "action", "entity", "entity_id", "before", "after").get().print(out);
            db.read(tx -> {
                audit.forEach(tx, e -> {
                    try {
                        csv.printRecord(e.id(), e.at(), SafeCells.of(e.actor()), e.action(), e.entity(),
                                SafeCells.of(e.entityId()), SafeCells.of(e.beforeJson()), SafeCells.of(e.afterJson()));
                        count[0]++;
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
                return null;
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!db.isReadOnly()) {
            db.write(tx -> {
                log.record(tx, "EXPORT", "audit_log", null, null, java.util.Map.of("rows", count[0]));
                return null;
            });
        }
        return count[0];
    }

    /**
     * Writes, into the database a restore just put in place, that it was restored: from which backup, when, by
     * whom, and where the data it replaced was kept (the safety backup). The restored file's own log ends when its
     * backup was made; without this entry an auditor could not tell the data had been put back.
     */
    public void recordRestore(java.nio.file.Path from, java.nio.file.Path safety) {
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("from", from.toAbsolutePath().toString());
        after.put("replaced_data_kept_in", safety.toAbsolutePath().toString());
        db.write(tx -> {
            log.record(tx, "RESTORE", "database", db.file() == null ? null : db.file().getFileName().toString(), null, after);
            return null;
        });
    }
}
