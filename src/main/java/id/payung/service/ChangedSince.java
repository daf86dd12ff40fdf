package id.payung.service;

import id.payung.domain.FormProblem;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Changed by another clerk since it was opened": on a server several clerks may open the same person's
 * enrollment at once. A form remembers the newest change of the audit log about the person and their
 * enrollments when it opens ({@link #mark}); before a correction is written it asks whether anything changed
 * since ({@link #since}), and is then refused with who changed it and when, instead of overwriting it. Only
 * changes count (a look at the full NIK is audited too, but changes nothing). The audit log is the one place
 * that knows who and when; on a server its "who" is the login.
 */
public final class ChangedSince {
    /** Audit actions that change a person or an enrollment. */
    private static final Set<String> CHANGES = Set.of("INSERT", "UPDATE", "END", "DELETE", "RESTORE");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Database db;
    private final EnrollmentRepository enrollments = new EnrollmentRepository();
    private final AuditLog audit = new AuditLog();
    private final ZoneId zone;

    public ChangedSince(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    /** The newest change about the enrollment's person and their enrollments (0 when none is known). */
    public long mark(long enrollmentId) {
        return db.read(tx -> changes(tx, enrollmentId).stream().mapToLong(AuditLog.Entry::id).max().orElse(0));
    }

    /**
     * Refuses a save when the enrollment's person or enrollments were changed after {@code mark}.
     *
     * @throws InvalidInputException (problem CHANGED_BY_OTHER: who, and when as dd/MM/yyyy HH:mm) when they were
     */
    public void requireUnchanged(long enrollmentId, long mark) {
        Optional<AuditLog.Entry> newer = db.read(tx -> changes(tx, enrollmentId).stream().filter(e -> e.id() > mark)
                .reduce((a, b) -> b));
        if (newer.isPresent()) {
            AuditLog.Entry e = newer.get();
            throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.NAME, "CHANGED_BY_OTHER",
                    e.actor(), SHOWN.format(e.at().atZone(zone)))), 0);
        }
    }

    private List<AuditLog.Entry> changes(id.payung.store.Tx tx, long enrollmentId) {
        return enrollments.enrollment(tx, enrollmentId)
                .map(e -> audit.forPerson(tx, e.personId()).stream().filter(a -> CHANGES.contains(a.action())).toList())
                .orElse(List.of());
    }
}
