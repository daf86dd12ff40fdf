package id.payung.service;

import id.payung.domain.FormProblem;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import id.payung.store.Tx;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Changed by another clerk since it was opened": on a server several clerks may open the same person's
 * enrollment at once. A form remembers the newest change of the audit log about the person and their
 * enrollments when it opens ({@link #mark}); its correction ({@code EnrollmentService.update} with the mark) is
 * refused with who changed it and when ({@link #requireUnchanged}) instead of overwriting it. The check runs
 * inside the correction's own write transaction, after its rows are written: a change another clerk committed
 * before is seen, and one still under way on the same rows waits for this save (on SQLite writes take turns). It
 * used to run in a read just before the write, so a change landing in between was overwritten silently. Only
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
        return db.read(tx -> enrollments.enrollment(tx, enrollmentId)
                .map(e -> changes(tx, e.personId()).stream().mapToLong(AuditLog.Entry::id).max().orElse(0))
                .orElse(0L));
    }

    /**
     * Refuses the save under way in {@code tx} when the person or their enrollments were changed after
     * {@code mark} by anyone but this save (whose own audit rows are {@code own}); call it in the save's write
     * transaction once its rows are written.
     *
     * @throws InvalidInputException (problem CHANGED_BY_OTHER: who, and when as dd/MM/yyyy HH:mm) when they were
     */
    void requireUnchanged(Tx tx, long personId, long mark, Set<Long> own) {
        Optional<AuditLog.Entry> newer = changes(tx, personId).stream()
                .filter(e -> e.id() > mark && !own.contains(e.id())).reduce((a, b) -> b);
        if (newer.isPresent()) {
            AuditLog.Entry e = newer.get();
            throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.NAME, "CHANGED_BY_OTHER",
                    e.actor(), SHOWN.format(e.at().atZone(zone)))), 0);
        }
    }

    private List<AuditLog.Entry> changes(Tx tx, long personId) {
        return audit.forPerson(tx, personId).stream().filter(a -> CHANGES.contains(a.action())).toList();
    }
}
