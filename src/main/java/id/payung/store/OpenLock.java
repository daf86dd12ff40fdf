package id.payung.store;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Who has a database open, across processes: every open {@link Database} holds a shared lock on a lock
 * file beside it ({@code payung.db.lock}); a restore takes it exclusively, so it waits for, or refuses
 * while, any other Payung (a second window, a scheduled command) has the file open — and nobody opens
 * the file while it is being replaced. SQLite's own locks cannot say this: an idle connection holds none
 * that another program can ask about.
 *
 * <p>The operating system holds one lock per file and process, so within a process the holders of one
 * file are counted. The lock file is never deleted (deleting a lock file races with the next opener); it
 * holds nothing. Where it cannot be made (a read-only folder), the database opens without it: then it is
 * open for reading only anyway.
 */
final class OpenLock {
    private static final long WAIT_MS = 10_000;
    private static final Map<Path, Holder> HELD = new HashMap<>();

    private final Path key;
    private boolean released;

    private OpenLock(Path key) {
        this.key = key;
    }

    private static final class Holder {
        FileChannel channel;
        FileLock lock;
        int users;
        boolean exclusive;
    }

    /** The lock file of a database. */
    static Path fileOf(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /**
     * Takes a shared hold on the database, waiting up to 10 s while a restore has it.
     *
     * @return the hold, or null when no lock file can be made (a read-only folder)
     * @throws DatabaseOpenException with problem IN_USE when a restore keeps it longer
     */
    static OpenLock shared(Path db) {
        Path key = key(db);
        synchronized (HELD) {
            Holder h = HELD.get(key);
            if (h != null) {
                if (h.exclusive) {
                    throw new DatabaseOpenException(Problem.IN_USE, db, db + " is being restored");
                }
                h.users++;
                return new OpenLock(key);
            }
            FileChannel channel;
            try {
                channel = open(fileOf(key));
            } catch (IOException e) {
                return null;
            }
            FileLock lock = acquire(channel, true, WAIT_MS);
            if (lock == null) {
                closeQuietly(channel);
                throw new DatabaseOpenException(Problem.IN_USE, db, db + " is being restored by another Payung");
            }
            h = new Holder();
            h.channel = channel;
            h.lock = lock;
            h.users = 1;
            HELD.put(key, h);
            return new OpenLock(key);
        }
    }

    /**
     * Turns this (the only) hold into an exclusive one, for replacing the file: no other Payung process
     * and no other database object of this process may have it open.
     *
     * @throws DatabaseOpenException with problem IN_USE otherwise (the shared hold is kept)
     */
    void makeExclusive(Path db) {
        synchronized (HELD) {
            Holder h = HELD.get(key);
            if (h.users != 1) {
                throw new DatabaseOpenException(Problem.IN_USE, db, db + " is open elsewhere in this Payung");
            }
            try {
                h.lock.release();
            } catch (IOException e) {
                throw new DatabaseOpenException(Database.classify(e), db, "cannot lock " + db + ": " + e.getMessage(), e);
            }
            FileLock exclusive = acquire(h.channel, false, 2_000);
            if (exclusive == null) {
                h.lock = acquire(h.channel, true, WAIT_MS);
                throw new DatabaseOpenException(Problem.IN_USE, db, db + " is open in another Payung");
            }
            h.lock = exclusive;
            h.exclusive = true;
        }
    }

    /** Turns an exclusive hold back into a shared one (a restore that stopped before replacing the file). */
    void makeShared() {
        synchronized (HELD) {
            Holder h = HELD.get(key);
            if (h == null || !h.exclusive) {
                return;
            }
            try {
                h.lock.release();
            } catch (IOException ignored) {
                // Taken again just below.
            }
            h.lock = acquire(h.channel, true, WAIT_MS);
            h.exclusive = false;
        }
    }

    /** Gives the hold back; the last holder of this process releases the operating system's lock. */
    void release() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Holder h = HELD.get(key);
            if (h == null || --h.users > 0) {
                return;
            }
            HELD.remove(key);
            try {
                if (h.lock != null) {
                    h.lock.release();
                }
            } catch (IOException ignored) {
                // Closing the channel releases it too.
            }
            closeQuietly(h.channel);
        }
    }

    /** True when a database object of this process has the file open (its {@code -wal} is then live). */
    static boolean isOpenHere(Path db) {
        synchronized (HELD) {
            return HELD.containsKey(key(db));
        }
    }

    private static Path key(Path db) {
        try {
            return db.toRealPath();
        } catch (IOException e) {
            return db.toAbsolutePath().normalize();
        }
    }

    private static FileChannel open(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            try {
                OwnerOnly.createFile(lockFile);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // Another process made it at the same moment: use theirs.
            }
        }
        return FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static FileLock acquire(FileChannel channel, boolean shared, long waitMs) {
        long until = System.currentTimeMillis() + waitMs;
        while (true) {
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
                if (lock != null) {
                    return lock;
                }
            } catch (IOException | OverlappingFileLockException e) {
                return null;
            }
            if (System.currentTimeMillis() >= until) {
                return null;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The lock goes with the channel.
        }
    }
}
