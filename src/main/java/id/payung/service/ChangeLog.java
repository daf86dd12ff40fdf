package id.payung.service;

import id.payung.store.AuditLog;
import id.payung.store.Tx;
import java.util.Map;

/** Writes audit rows for a service: who (the actor) is fixed, what and the values change. */
final class ChangeLog {
    private final AuditLog audit = new AuditLog();
    private final String actor;

    ChangeLog(String actor) {
        this.actor = actor;
    }

    /** Who the changes are recorded for. */
    String actor() {
        return actor;
    }

    /**
     * Records a change inside the caller's transaction; before/after maps become JSON (null for none). Returns the
     * entry's id.
     */
    long record(Tx tx, String action, String entity, Object id, Map<String, ?> before, Map<String, ?> after) {
        return audit.record(tx, actor, action, entity, id == null ? null : String.valueOf(id),
                before == null ? null : Json.object(before), after == null ? null : Json.object(after));
    }
}
