package id.payung.store;

/**
 * Told when a write has to wait for another writer — an import in this window, or another Payung (a second
 * window, a scheduled command) writing the same file — and when it may go on. SQLite lets one writer at a
 * time; rather than failing with "database is busy", a write waits as long as it takes, and says so.
 * Both calls come on the waiting thread.
 */
public interface WriteWait {
    /** The write found the database taken and waits; called once per wait. */
    void waiting();

    /** The wait is over (the write goes on, or was cancelled). */
    void resumed();

    /**
     * True for an import's write: while it holds the database, a write of this Payung that waits for it may say it
     * waits for "another import" ({@link Database#importWriting}); any other holder is said as a write of anyone.
     */
    default boolean isImport() {
        return false;
    }

    /** Asked while waiting: true gives up the wait with {@link WriteCancelledException}. */
    default boolean cancelled() {
        return false;
    }

    /** Waits without telling anyone. */
    WriteWait SILENT = new WriteWait() {
        @Override
        public void waiting() {
        }

        @Override
        public void resumed() {
        }
    };

    /**
     * Waits without telling anyone, and gives up (WriteCancelledException) once {@code patience} has passed since
     * this call: for a short write that must not hang behind another writer's long one (a refusal's entry, a question
     * asked of the write connection).
     */
    static WriteWait givingUpAfter(java.time.Duration patience) {
        long giveUpAt = System.nanoTime() + patience.toNanos();
        return new WriteWait() {
            @Override
            public void waiting() {
            }

            @Override
            public void resumed() {
            }

            @Override
            public boolean cancelled() {
                return System.nanoTime() - giveUpAt > 0;
            }
        };
    }
}
