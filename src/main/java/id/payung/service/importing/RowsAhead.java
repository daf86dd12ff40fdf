package id.payung.service.importing;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a file's rows (and whatever work {@code source} does on each: parsing, the checks that need neither the
 * database nor the other rows) on a thread of its own, a few thousand rows ahead of the import, which meanwhile
 * waits on SQLite: on a two-core office PC the two halves of a large import overlap instead of taking turns.
 * Bounded (at most {@link #BATCHES} batches of {@link #BATCH} rows wait), so the file is still streamed; in
 * file order; a failure of the source is thrown by {@link #next()} where the import would have met it.
 * {@link #close()} stops the reading thread and waits for it, so the file can be closed after it.
 */
final class RowsAhead<T> implements AutoCloseable {
    /** Rows handed over together (one queue operation each). */
    static final int BATCH = 256;
    private static final int BATCHES = 16;
    private static final Object END = new Object();

    /** What gives the rows, one at a time; null at the end. */
    interface Source<T> {
        T next() throws IOException;
    }

    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;
    private Iterator<T> current = Collections.emptyIterator();

    RowsAhead(String name, Source<T> source) {
        thread = new Thread(() -> run(source), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Source<T> source) {
        List<T> batch = new ArrayList<>(BATCH);
        try {
            T item;
            while (!stopped && (item = source.next()) != null) {
                batch.add(item);
                if (batch.size() == BATCH) {
                    put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (Throwable t) { // NOSONAR: every failure is handed to the import's thread and thrown there
            if (!batch.isEmpty()) {
                put(batch); // the rows before it first
            }
            put(new Failure(t));
        }
    }

    /** Hands over, waiting while the queue is full, unless the reader has gone. */
    private void put(Object o) {
        try {
            while (!stopped && !queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
                // the import is busy with SQLite: wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next row, or null after the last. */
    @SuppressWarnings("unchecked")
    T next() throws IOException {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the file");
            }
            if (o == END) {
                ended = true;
                return null;
            }
            if (o instanceof Failure f) {
                ended = true;
                Throwable t = f.cause();
                if (t instanceof IOException io) {
                    throw io;
                }
                if (t instanceof RuntimeException re) {
                    throw re;
                }
                if (t instanceof Error err) {
                    throw err;
                }
                throw new UncheckedIOException(new IOException(t));
            }
            current = ((List<T>) o).iterator();
        }
        return current.next();
    }

    /** Stops the reading thread (it may be a row into its work) and waits for it. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
