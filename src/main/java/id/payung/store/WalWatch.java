package id.payung.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Notices when this process's connections no longer share the database's {@code -wal} and {@code -shm} files with
 * the other programs using it.
 *
 * <p>Why: SQLite's locks on Linux (and macOS) are POSIX record locks, which the operating system holds per file and
 * <em>process</em>, and drops all of when the process closes <em>any</em> descriptor of that file. SQLite keeps its
 * own descriptors in order, but anything else in the window that opens and closes the database file drops its
 * locks too: the desktop's file chooser does, reading the first bytes of every file in a folder it shows to guess
 * its type (a folder holding the database: GTK sniffs {@code payung.db}). Without them, another Payung (a command, a
 * second window) closing the file believes it is the last user, folds the WAL into the file and deletes it — while
 * this process goes on writing into the deleted WAL and reading through a stale index: its writes were lost to the
 * others, the others' to it, and its last checkpoint wrote old pages over newer ones (found by a new-user trial,
 * 06/12/2026). Those files are made anew only when the last user has closed them, so a {@code -wal} or {@code -shm}
 * at the path that is not the one this process opened (or none) says that happened; the connections are then
 * opened again before the next read or write ({@link Database}), which takes the locks again on the files as they
 * now are. What the other program did is in the file by then (it checkpointed all of it before deleting).
 */
final class WalWatch {
    private final Path wal;
    private final Path shm;
    private volatile Object walKey;
    private volatile Object shmKey;

    WalWatch(Path db) {
        this.wal = db.resolveSibling(db.getFileName() + "-wal");
        this.shm = db.resolveSibling(db.getFileName() + "-shm");
    }

    /** Remembers the {@code -wal} and {@code -shm} this process's connections have open now. */
    void remember() {
        walKey = key(wal);
        shmKey = key(shm);
    }

    /**
     * Whether the files at those paths are no longer the ones remembered: deleted, or made anew, by another program
     * that closed the database believing it was its last user. False when nothing was remembered (a system that
     * gives files no identity, as Windows, whose locks do not have this flaw).
     */
    boolean moved() {
        Object w = walKey;
        if (w == null) {
            return false;
        }
        return !w.equals(key(wal)) || !Objects.equals(shmKey, key(shm));
    }

    private static Object key(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
