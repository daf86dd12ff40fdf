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
 * enrollment at once. A form remembers what it has seen of the audit log about the person and their
 * enrollments when it opens ({@link #mark}, a {@link Mark}); its correction ({@code EnrollmentService.update} with the mark) is
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

    /**
     * What a form has seen of a person and their enrollments: the newest change of the audit log about them, and on
     * a server the snapshot it was read in (which transactions had committed) and the form's own last save.
     * On a server an id alone is no mark: another clerk's change gets its audit row's id when it is written, not
     * when it commits, so a form opened while it was under way could see a newer id of a third change committed
     * meanwhile and take the first one, committing later with a smaller id, for seen (review, 06/12/2026). A change
     * is new to the form when its transaction had not committed in the form's snapshot. On a file writes take
     * turns, so every change under way has a larger id than every committed one and the id is enough.
     *
     * @param auditId  the newest change seen (0: none)
     * @param snapshot on a server, PostgreSQL's snapshot of the form's read as text; null on a file
     * @param saved    on a server, the transaction of the form's own last save (seen, whatever the snapshot; 0: none)
     */
    public record Mark(long auditId, String snapshot, long saved) {
        /** Nothing seen yet. */
        public static final Mark NONE = new Mark(0, null, 0);
    }

    /** What a form opening the enrollment sees now (see {@link Mark}). */
    public Mark mark(long enrollmentId) {
        return db.read(tx -> {
            // One read, one snapshot: the ids below are those this snapshot shows.
            String snapshot = audit.snapshot(tx);
            long newest = enrollments.enrollment(tx, enrollmentId)
                    .map(e -> changes(tx, e.personId()).stream().mapToLong(AuditLog.Entry::id).max().orElse(0))
                    .orElse(0L);
            return new Mark(newest, snapshot, 0);
        });
    }

    /**
     * Refuses the save under way in {@code tx} when the person or their enrollments were changed after
     * {@code mark} by anyone but this save (whose own audit rows are {@code own}); call it in the save's write
     * transaction once its rows are written. Returns the mark the form saves with next: everything this check saw
     * (a change committing after it is new to the form, one committed before it was refused here) and this save.
     *
     * @throws InvalidInputException (problem CHANGED_BY_OTHER: who, and when as dd/MM/yyyy HH:mm) when they were
     */
    Mark requireUnchanged(Tx tx, long personId, Mark mark, Set<Long> own) {
        // Taken before the check: whatever commits between the two is not in the mark's snapshot either, so the
        // check refuses it; what this snapshot holds has then all been checked.
        String now = audit.snapshot(tx);
        List<AuditLog.Entry> unseen = mark.snapshot() == null
                ? changes(tx, personId).stream().filter(e -> e.id() > mark.auditId()).toList()
                : audit.forPersonUnseen(tx, personId, mark.snapshot(), mark.saved()).stream()
                        .filter(e -> CHANGES.contains(e.action())).toList();
        Optional<AuditLog.Entry> newer = unseen.stream().filter(e -> !own.contains(e.id())).reduce((a, b) -> b);
        if (newer.isPresent()) {
            AuditLog.Entry e = newer.get();
            throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.FORM, "CHANGED_BY_OTHER",
                    e.actor(), SHOWN.format(e.at().atZone(zone)))), 0);
        }
        long newest = own.stream().mapToLong(Long::longValue).max().orElse(mark.auditId());
        return now == null ? new Mark(Math.max(newest, mark.auditId()), null, 0)
                : new Mark(Math.max(newest, mark.auditId()), now, audit.transaction(tx));
    }

    private List<AuditLog.Entry> changes(Tx tx, long personId) {
        return audit.forPerson(tx, personId).stream().filter(a -> CHANGES.contains(a.action())).toList();
    }
}
