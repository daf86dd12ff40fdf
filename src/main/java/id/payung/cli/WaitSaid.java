package id.payung.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * What the command line says while a write waits for another writer of the same file, and when it gives up. Issue 19:
 * a second writer waits, not fails. Trial 21b M5: the holder may be another import, a window saving, or another program
 * ({@code sqlite3} with BEGIN EXCLUSIVE), and a scheduled script must not hang without a word: the first line names no
 * one it cannot know, then every {@link #EVERY_SECONDS} seconds how long so far; {@code --wait SECONDS} gives up after
 * that long ({@link GaveUp}: exit code 3, nothing written).
 */
final class WaitSaid {
    /** How often a waiting write says how long it has waited. */
    static final int EVERY_SECONDS = 30;

    /** What is waited for: the file, or the server's database. */
    private final String file;
    /** Who may hold it, as far as this side can know. */
    private final String holders;
    private final Duration patience;
    private final PrintStream err;
    private final LongSupplier nanos;
    private long since;
    private long saidSeconds;

    WaitSaid(Path file, Duration patience, PrintStream err, LongSupplier nanos) {
        this(file.toString(), "an import or save of Payung, or another program that has the file open", patience, err,
                nanos);
    }

    /**
     * On a server (trial 22a: {@code import --wait 1} waited 32 s behind another clerk's import without a word): one
     * import at a time over the server's database, the other's login not known here.
     */
    WaitSaid(id.payung.domain.ServerAddress server, Duration patience, PrintStream err, LongSupplier nanos) {
        this("the server's database " + server, "another import on the server", patience, err, nanos);
    }

    private WaitSaid(String file, String holders, Duration patience, PrintStream err, LongSupplier nanos) {
        this.file = file;
        this.holders = holders;
        this.patience = patience;
        this.err = err;
        this.nanos = nanos;
    }

    /** The wait starts (true) or ends (false). */
    void waiting(boolean now) {
        if (now) {
            since = nanos.getAsLong();
            saidSeconds = 0;
            err.println("payung: waiting for another write to " + file + " to finish (" + holders + ")"
                    + (patience == null ? "" : "; giving up after "
                    + patience.toSeconds() + " s (--wait)") + " …");
        }
    }

    /**
     * Asked every half second or so while waiting: says how long so far every {@link #EVERY_SECONDS} seconds.
     *
     * @throws GaveUp once the wait has lasted {@code --wait} seconds; nothing was written
     */
    boolean givesUp() {
        long waited = (nanos.getAsLong() - since) / 1_000_000_000L;
        if (patience != null && waited >= patience.toSeconds()) {
            throw new GaveUp("gave up after waiting " + waited + " s for another write to " + file + " to finish (--wait "
                    + patience.toSeconds() + "); nothing was written");
        }
        if (waited >= saidSeconds + EVERY_SECONDS) {
            saidSeconds = waited - waited % EVERY_SECONDS;
            err.println("payung: still waiting for another write to " + file + " to finish (" + saidSeconds + " s so far) …");
        }
        return false;
    }

    /** A write given up after {@code --wait} seconds: nothing written; exit code {@link #EXIT_CODE}. */
    static final class GaveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The exit code of a command whose write gave up waiting. */
        static final int EXIT_CODE = 3;

        GaveUp(String message) {
            super(message);
        }
    }
}
