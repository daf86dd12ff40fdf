package id.payung.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * The connections a {@link Database} reads on, apart from its one write connection: opened read-only and
 * {@code query_only} when first needed, at most {@link #MAX} at once, kept open between reads. In WAL mode
 * a reader sees the last commit and never waits for a writer, so the window's screens answer while an
 * import holds the write connection (and a long dry-run check does not hold up the others).
 */
final class ReadConnections {
    static final int MAX = 3;

    /** What the connections read, as named in messages (the file, or the server's address). */
    private final String name;
    /** Opens one more read connection (SQLite: read-only, {@code query_only}; PostgreSQL: a read-only session). */
    private final java.util.function.Supplier<Connection> opener;
    private final Semaphore permits = new Semaphore(MAX, true);
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ReadConnections(Path file) {
        this(file.toString(), () -> open(file));
    }

    ReadConnections(String name, java.util.function.Supplier<Connection> opener) {
        this.name = name;
        this.opener = opener;
    }

    /** A connection for one read; waits while {@link #MAX} reads are running. Give it back with {@link #giveBack}. */
    Connection borrow() {
        permits.acquireUninterruptibly();
        synchronized (this) {
            if (closed) {
                permits.release();
                throw new StoreException("the database " + name + " is closed");
            }
            Connection c = idle.poll();
            if (c != null) {
                return c;
            }
        }
        try {
            return opener.get();
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    void giveBack(Connection c) {
        synchronized (this) {
            if (closed) {
                Database.closeQuietly(c);
            } else {
                idle.push(c);
            }
        }
        permits.release();
    }

    /**
     * Takes back a borrowed connection found broken (the server ended it): closed, not kept, and the idle ones with
     * it (ended alike when the server restarted or the administrator ended the login's sessions); the next
     * {@link #borrow} opens a new one.
     */
    void discard(Connection broken) {
        java.util.List<Connection> dropped;
        synchronized (this) {
            dropped = new java.util.ArrayList<>(idle);
            idle.clear();
        }
        Database.closeQuietly(broken);
        dropped.forEach(Database::closeQuietly);
        permits.release();
    }

    /**
     * Waits (up to a few seconds) for the reads under way to end, closes every connection and then runs
     * {@code whileDrained} (the write connection's closing) before any new read may start; later reads open new
     * connections, on the database's files as they are now (see {@link WalWatch}).
     *
     * @return false, closing nothing, when a read did not end in time (one of this thread's own, say)
     */
    boolean drain(Runnable whileDrained) {
        try {
            if (!permits.tryAcquire(MAX, 5, java.util.concurrent.TimeUnit.SECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            synchronized (this) {
                idle.forEach(Database::closeQuietly);
                idle.clear();
            }
            whileDrained.run();
            return true;
        } finally {
            permits.release(MAX);
        }
    }

    /** Waits for the reads under way to end, then closes every connection; later reads are refused. */
    void close() {
        permits.acquireUninterruptibly(MAX);
        try {
            synchronized (this) {
                closed = true;
                idle.forEach(Database::closeQuietly);
                idle.clear();
            }
        } finally {
            permits.release(MAX);
        }
    }

    private static Connection open(Path file) {
        Connection c = Database.connect(file, true);
        try {
            // Opened read-only already; query_only makes a write attempt fail inside SQLite too.
            Database.exec(c, "PRAGMA query_only = 1");
            return c;
        } catch (SQLException e) {
            Database.closeQuietly(c);
            throw Sql.failure("cannot open a read connection to " + file, e);
        }
    }
}
