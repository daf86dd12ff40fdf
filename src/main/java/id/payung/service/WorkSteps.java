package id.payung.service;

import java.util.concurrent.CancellationException;

/**
 * What long work (a backup, a restore, an export) tells whoever waits for it, and how it learns that the
 * user cancelled: it looks between its steps, where stopping leaves nothing half-done.
 */
public interface WorkSteps {
    /** For callers that follow nothing (the command line, the daily backup). */
    WorkSteps NONE = new WorkSteps() {
        @Override
        public void step(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps (or rows) are done; {@code total} ≤ 0 when not known. */
    void step(long done, long total);

    /** True once the user asked the work to stop. */
    boolean cancelled();

    /**
     * Stops the work when it was cancelled.
     *
     * @throws CancellationException when it was
     */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
