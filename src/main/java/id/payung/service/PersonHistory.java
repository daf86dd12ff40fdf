package id.payung.service;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Person;
import id.payung.store.AuditLog;
import java.time.Instant;
import java.util.List;

/** A person's enrollments over the years, and every recorded change to them. */
public record PersonHistory(Person person, List<EnrollmentSummary> enrollments, List<Change> changes) {
    public PersonHistory {
        enrollments = List.copyOf(enrollments);
        changes = List.copyOf(changes);
    }

    /** One audited change: who did what, when, with the values before and after (JSON). */
    public record Change(Instant at, String actor, String action, String entity, String entityId,
                         String before, String after) {
        static Change of(AuditLog.Entry e) {
            return new Change(e.at(), e.actor(), e.action(), e.entity(), e.entityId(), e.beforeJson(), e.afterJson());
        }
    }
}
