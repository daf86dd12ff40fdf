package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's life on the direct executor: running, success, its own failure handler, cancel, progress. */
class BackgroundTaskTest {
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();
    private final List<String> steps = new ArrayList<>();

    @Test
    void runningThenSuccessWithTheResult() {
        BackgroundTask.wrap(() -> "42").onRunning(() -> steps.add("running")).onSuccess(r -> steps.add("got " + r))
                .onFailure(e -> steps.add("failed")).executeWith(tasks);

        assertThat(steps).containsExactly("running", "got 42");
    }

    @Test
    void aFailureGoesToTheTasksOwnHandlerNotTheSuccess() {
        BackgroundTask.wrap(() -> {
            throw new IllegalStateException("disk full");
        }).onSuccess(r -> steps.add("got")).onFailure(e -> steps.add("failed: " + e.getMessage())).executeWith(tasks);

        assertThat(steps).containsExactly("failed: disk full");
    }

    @Test
    void aFailureWithoutAHandlerGoesToTheExecutors() {
        assertThatThrownBy(() -> tasks.run(() -> {
            throw new IllegalStateException("disk full");
        }, r -> steps.add("got"))).isInstanceOf(AssertionError.class).hasRootCauseMessage("disk full");
        assertThat(steps).isEmpty();
    }

    @Test
    void aFailureInTheSuccessStepGoesToTheFailureHandler() {
        BackgroundTask.wrap(() -> 1).onSuccess(r -> {
            throw new IllegalArgumentException("bad result");
        }).onFailure(e -> steps.add("failed: " + e.getMessage())).executeWith(tasks);

        assertThat(steps).containsExactly("failed: bad result");
    }

    @Test
    void cancelledBeforeItsTurnTheWorkNeverRuns() {
        BackgroundTask<String> task = BackgroundTask.wrap(() -> {
            steps.add("work");
            return "x";
        }).onSuccess(steps::add).onCancelled(() -> steps.add("cancelled"));
        task.cancel();

        task.executeWith(tasks);

        assertThat(steps).containsExactly("cancelled");
    }

    @Test
    void workThatSeesTheCancelStopsAndOnlyTheCancelIsCalled() {
        BackgroundTask<Integer> task = BackgroundTask.<Integer>of(t -> {
            for (int i = 1; i <= 10; i++) {
                t.updateProgress(i, 10);
                if (i == 4) {
                    t.cancel(); // as the Cancel button would, from the FX thread
                }
                t.stopIfCancelled();
            }
            return 10;
        }).onSuccess(r -> steps.add("done")).onFailure(e -> steps.add("failed")).onCancelled(() -> steps.add("cancelled"));

        task.executeWith(tasks);

        assertThat(steps).containsExactly("cancelled");
        assertThat(task.progressProperty().get()).isEqualTo(0.4);
    }

    @Test
    void progressAndMessageAreReported() {
        BackgroundTask<Void> task = BackgroundTask.of(t -> {
            t.updateMessage("copying");
            t.updateProgress(1, 4);
            return null;
        });
        assertThat(task.progressProperty().get()).as("not known before it starts").isEqualTo(-1);

        task.executeWith(tasks);

        assertThat(task.progressProperty().get()).isEqualTo(0.25);
        assertThat(task.messageProperty().get()).isEqualTo("copying");
    }

    @Test
    void anOvertakenTaskIsSkippedWithoutCallbacks() {
        BackgroundTask.wrap(() -> {
            steps.add("work");
            return 1;
        }).skipWhen(() -> true).onRunning(() -> steps.add("running")).onSuccess(r -> steps.add("got"))
                .executeWith(tasks);

        assertThat(steps).isEmpty();
    }
}
