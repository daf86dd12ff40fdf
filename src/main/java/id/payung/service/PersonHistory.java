package id.payung.service;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Person;
import id.payung.store.AuditLog;
import java.time.Instant;
import java.util.List;

/**
 * A person's enrollments over the years, and every recorded change to them.
 *
 * @param undone the changes a restore undid (by entry number, {@link Change#id()}), each with the time of that restore:
 *               the rule of Jejak audit ({@link AuditService#undoneByRestore()}), so both screens mark them alike
 */
public record PersonHistory(Person person, List<EnrollmentSummary> enrollments, List<Change> changes,
                            java.util.Map<Long, Instant> undone) {
    public PersonHistory {
        enrollments = List.copyOf(enrollments);
        changes = List.copyOf(changes);
        undone = undone == null ? java.util.Map.of() : java.util.Map.copyOf(undone);
    }

    /** A history no restore undid anything of. */
    public PersonHistory(Person person, List<EnrollmentSummary> enrollments, List<Change> changes) {
        this(person, enrollments, changes, null);
    }

    /**
     * When the restore that undid {@code c} was made (the mark "dibatalkan oleh pemulihan …", as Jejak audit shows it,
     * trial 22c #3); null when none did.
     */
    public Instant undoneByRestore(Change c) {
        return c.id() == 0 ? null : undone.get(c.id());
    }

    /**
     * One audited change: who did what, when, with the values before and after (JSON).
     *
     * @param id the entry's number in the log; 0 for a change not read from it
     */
    public record Change(Instant at, String actor, String action, String entity, String entityId,
                         String before, String after, long id) {
        /** A change not read from the log (no entry number). */
        public Change(Instant at, String actor, String action, String entity, String entityId, String before,
                      String after) {
            this(at, actor, action, entity, entityId, before, after, 0);
        }

        static Change of(AuditLog.Entry e) {
            return new Change(e.at(), e.actor(), e.action(), e.entity(), e.entityId(), e.beforeJson(), e.afterJson(),
                    e.id());
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
            return new Change(c.at(), c.actor(), c.action(), c.entity(), c.entityId(), c.before(), Json.object(after),
                    c.id());
        }

        /** What an import's entry says of the whole list (counts, its fingerprint): Jejak audit's, not the person's. */
        private static final java.util.Set<String> LIST_WIDE = java.util.Set.of("sha256", "read", "imported",
                "duplicates", "rejected", "inactive", "renewed", "corrected_cells", "enrollments");

        private static final java.util.regex.Pattern FIX_ROW = java.util.regex.Pattern.compile("fix(\\d+)_row");
    }
}
