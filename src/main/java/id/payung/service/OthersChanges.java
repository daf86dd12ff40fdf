package id.payung.service;

import id.payung.store.AuditLog;
import id.payung.store.Database;
import java.time.Instant;

/**
 * On a server, what other clerks changed since this window opened: the window asks every little while and says so in
 * its status line, with the way to reload (F5). Without it a clerk saw a colleague's import only after leaving the
 * screen and coming back, and could report numbers already out of date (trial, session 17). Read from the audit log,
 * the one place that knows who changed what; what the login may not see (another regency's rows) is not counted.
 */
public final class OthersChanges {
    private final Database db;
    private final String login;
    private final AuditLog audit = new AuditLog();
    private final long floor;

    /** Changes by others count from now on. */
    public OthersChanges(Database db, String login) {
        this.db = db;
        this.login = login;
        this.floor = db.read(audit::lastId);
    }

    /**
     * On a file, what other programs (the command line, a second window) changed from now on: all write under this OS
     * user's name, so they are told from this window's own changes by the entries its own writes made (trial 23b L8:
     * the dashboard kept "479 peserta" after a command-line import of 49.814 rows until the clerk left the screen).
     */
    public static OthersChanges ofOtherPrograms(Database db) {
        db.countOwnAuditEntries();
        return new OthersChanges(db, null);
    }

    /** Whether the changes counted are other programs' on a file (no login to name), not other clerks' on a server. */
    public boolean otherPrograms() {
        return login == null;
    }

    /**
     * How many changes other logins have written since this window opened, and who wrote the newest and when.
     *
     * @param count    changes by other logins since the window opened (it only grows)
     * @param lastBy   the newest one's login; null when none
     * @param lastAt   its time; null when none
     * @param restoredAt on a file, when another program put a backup in place of the file this window reads (the
     *                   restore's entry in the file now at the path, else the file's time); null when it did not
     */
    public record Seen(long count, String lastBy, Instant lastAt, Instant restoredAt) {
        /** Changes counted, the file not replaced. */
        public Seen(long count, String lastBy, Instant lastAt) {
            this(count, lastBy, lastAt, null);
        }
    }

    /**
     * What other logins changed since this window opened (a read: never waits for a write). On a file another
     * program's restore is said too ({@link Seen#restoredAt()}, session 24): it puts another file at the path and
     * writes nothing into the one this window reads, so counting its entries never saw it, until the window's next
     * save was refused. This window's own restore closes its database first and is never said so.
     */
    public Seen now() {
        if (login == null && db.replacedElsewhere()) {
            return new Seen(0, null, null, restoredAt());
        }
        AuditLog.OthersChanges c = login == null
                ? db.read(tx -> audit.changesOutside(tx, floor, db.ownAuditEntries()))
                : db.read(tx -> audit.changesByOthers(tx, floor, login));
        return c.newest() == null ? new Seen(0, null, null) : new Seen(c.count(), c.newest().actor(), c.newest().at());
    }

    /** When the file now at the path was restored: its newest restore's entry, else the file's last change, else now. */
    private Instant restoredAt() {
        try {
            java.util.Optional<AuditLog.Entry> last = id.payung.store.DatabaseFile.readOnly(db.file(), audit::lastRestore);
            if (last.isPresent()) {
                return last.get().at();
            }
            return java.nio.file.Files.getLastModifiedTime(db.file()).toInstant();
        } catch (RuntimeException | java.io.IOException e) {
            return Instant.now(); // a file in the middle of its swap: the time it was seen
        }
    }
}
