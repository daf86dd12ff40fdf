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

        /**
         * An entry as one person's history tells it: a list's import (or its undoing) keeps the file and what the clerk
         * gave for the list, and only the cells corrected in that person's row (an import is one entry for all its rows;
         * the whole list's counts and corrections are Jejak audit's to show).
         */
        static Change of(AuditLog.Entry e, long personId) {
            Change c = of(e);
            if (!"import_batch".equals(e.entity()) || e.afterJson() == null) {
                return c;
            }
            java.util.Map<String, Object> after = AuditWords.parse(e.afterJson());
            java.util.Set<String> others = new java.util.HashSet<>();
            after.forEach((k, v) -> {
                java.util.regex.Matcher m = FIX_ROW.matcher(k);
                if (m.matches() && !Long.valueOf(personId).equals(after.get("fix" + m.group(1) + "_person"))) {
                    others.add("fix" + m.group(1) + "_");
                }
            });
            after.keySet().removeIf(k -> others.stream().anyMatch(k::startsWith) || LIST_WIDE.contains(k));
            return new Change(c.at(), c.actor(), c.action(), c.entity(), c.entityId(), c.before(), Json.object(after));
        }

        /** What an import's entry says of the whole list (counts, its fingerprint): Jejak audit's, not the person's. */
        private static final java.util.Set<String> LIST_WIDE = java.util.Set.of("sha256", "read", "imported",
                "duplicates", "rejected", "inactive", "renewed", "corrected_cells", "enrollments");

        private static final java.util.regex.Pattern FIX_ROW = java.util.regex.Pattern.compile("fix(\\d+)_row");
    }
}
