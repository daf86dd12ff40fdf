package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's executor: its lanes, what the busy bar counts, and what closing does to work beside. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Start
    void start(Stage stage) {
        // The toolkit only: the executor calls back on the FX thread.
    }

    @Test
    void workBesideIsNotBusyAndAReadDoesNotWaitBehindAWaitingWrite() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor(e -> { });
        CountDownLatch importing = new CountDownLatch(1);
        CountDownLatch writeGoesOn = new CountDownLatch(1);
        try {
            // An import beside: it shows its own progress, so the status bar's busy bar stays still.
            BackgroundTask<Void> imports = BackgroundTask.<Void>of(task -> {
                importing.countDown();
                while (!task.isCancelled()) {
                    Thread.sleep(10);
                }
                return null;
            }).onOwnThread().executeWith(tasks);
            assertThat(importing.await(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tasks.busyProperty().get()).isFalse();

            // A write waiting (for the import) on the worker; a read given after it still answers.
            BackgroundTask.wrap(() -> writeGoesOn.await(30, TimeUnit.SECONDS)).executeWith(tasks);
            AtomicBoolean read = new AtomicBoolean();
            BackgroundTask.wrap(() -> 42).readOnly().onSuccess(n -> read.set(n == 42)).executeWith(tasks);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, read::get);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tasks.busyProperty().get()).isTrue(); // the write is still waiting
            imports.cancel();
        } finally {
            writeGoesOn.countDown();
            tasks.close();
        }
    }

    @Test
    void closingCancelsWorkBesideAndWaitsForItToRollBack() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor(e -> { });
        CountDownLatch importing = new CountDownLatch(1);
        AtomicBoolean rolledBack = new AtomicBoolean();
        BackgroundTask.<Void>of(task -> {
            importing.countDown();
            while (!task.isCancelled()) {
                Thread.sleep(10);
            }
            Thread.sleep(300); // the rollback
            rolledBack.set(true);
            return null;
        }).onOwnThread().executeWith(tasks);
        assertThat(importing.await(10, TimeUnit.SECONDS)).isTrue();

        tasks.close();

        assertThat(rolledBack.get()).isTrue(); // the database may be closed now: nothing of the import is left
    }

    @Test
    void aWriteQueuedBehindAWaitingOneWaitsVisiblyAndItsCancelEndsItAtOnce() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor(e -> { });
        CountDownLatch writeGoesOn = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();
        AtomicBoolean secondCancelled = new AtomicBoolean();
        try {
            // The first write waits (as the services' listener says it for a write waiting for an import).
            BackgroundTask<Boolean> first = BackgroundTask.wrap(() -> {
                BackgroundTask.currentWaits(true);
                return writeGoesOn.await(30, TimeUnit.SECONDS);
            });
            BackgroundTask<Void>[] second = new BackgroundTask[1];
            WaitForAsyncUtils.asyncFx(() -> {
                first.executeWith(tasks);
                second[0] = BackgroundTask.<Void>wrap(() -> {
                    secondRan.set(true);
                    return null;
                }).onCancelled(() -> secondCancelled.set(true)).executeWith(tasks);
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.waitingProperty().get()
                    && second[0].waitingProperty().get() && tasks.shownTaskProperty().get() == first);

            WaitForAsyncUtils.asyncFx(second[0]::cancel).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, secondCancelled::get);
            assertThat(second[0].endedCancelled()).isTrue();
            assertThat(first.waitingProperty().get()).isTrue(); // the first still waits, the second did not wait for it
        } finally {
            writeGoesOn.countDown();
            tasks.close();
        }
        assertThat(secondRan).isFalse();
    }

    @Test
    void workGivenAfterCloseNeverRunsAndThrowsNothing() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor(e -> { });
        tasks.close();
        AtomicBoolean ran = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTask.wrap(() -> ran.getAndSet(true)).readOnly().executeWith(tasks);
            BackgroundTask.wrap(() -> ran.getAndSet(true)).executeWith(tasks);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).isFalse();
        assertThat(tasks.busyProperty().get()).isFalse();
    }
}
