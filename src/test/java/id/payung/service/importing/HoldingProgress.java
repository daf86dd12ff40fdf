package id.payung.service.importing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An import's progress that holds the import inside its write transaction (its first report of rows comes after
 * they are written) until the test lets it go: how tests make "another clerk's import is writing right now".
 */
public final class HoldingProgress implements ImportService.Progress {
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean letGoInTime;

    @Override
    public void rows(long done) {
        writing.countDown();
        try {
            letGoInTime = release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    /** Waits until the import holds its write; false when it did not get there in {@code seconds}. */
    public boolean awaitWriting(long seconds) throws InterruptedException {
        return writing.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets the import go on (idempotent). */
    public void letGo() {
        release.countDown();
    }

    /** True when the import was let go by the test, not by the 60 s safety timeout. */
    public boolean wasLetGoInTime() {
        return letGoInTime;
    }
}
