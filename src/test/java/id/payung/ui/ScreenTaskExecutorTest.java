package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** A screen's executor works at once while the screen is built, then through the window's executor. */
class ScreenTaskExecutorTest {
    /** The window's executor, recording what it was given instead of running it. */
    private static final class Recording implements TaskExecutor {
        final List<BackgroundTask<?>> given = new ArrayList<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            given.add(task);
        }

        @Override
        public void onFx(Runnable update) {
            given.add(null);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new SimpleBooleanProperty(false);
        }

        @Override
        public ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
            return new SimpleObjectProperty<>();
        }
    }

    @Test
    void whilePreparingWorkAndItsResultRunAtOnceThenTheWindowsExecutorTakesOver() {
        Recording window = new Recording();
        ScreenTaskExecutor tasks = new ScreenTaskExecutor(window);
        List<Integer> got = new ArrayList<>();

        tasks.run(() -> 42, got::add); // a test thread is not the FX thread: as on the preparing thread

        assertThat(got).containsExactly(42);
        assertThat(window.given).isEmpty();
        tasks.throwIfFailed();

        tasks.goLive();
        tasks.run(() -> 7, got::add);

        assertThat(got).containsExactly(42);
        assertThat(window.given).hasSize(1);
    }

    @Test
    void aFailureWhilePreparingSkipsItsFollowUpAndIsThrownToTheBuilder() {
        ScreenTaskExecutor tasks = new ScreenTaskExecutor(new Recording());
        List<Object> got = new ArrayList<>();

        tasks.run(() -> {
            throw new IllegalStateException("database connection closed");
        }, got::add);
        tasks.run(() -> 1, got::add); // later work still runs; only the first failure is kept

        assertThat(got).containsExactly(1);
        assertThatThrownBy(tasks::throwIfFailed).isInstanceOf(IllegalStateException.class)
                .hasMessage("database connection closed");
    }

    @Test
    void aFailureWhileHandingOverTheResultIsThrownToTheBuilderToo() {
        ScreenTaskExecutor tasks = new ScreenTaskExecutor(new Recording());

        tasks.run(() -> 1, r -> {
            throw new IllegalArgumentException("half-filled screen");
        });

        assertThatThrownBy(tasks::throwIfFailed).hasMessage("half-filled screen");
    }

    @Test
    void aFailureTheTaskHandlesItselfDoesNotStopTheScreen() {
        ScreenTaskExecutor tasks = new ScreenTaskExecutor(new Recording());
        List<Object> got = new ArrayList<>();

        BackgroundTask.wrap(() -> {
            throw new IllegalStateException("file unreadable");
        }).onSuccess(got::add).onFailure(e -> got.add(e.getMessage())).executeWith(tasks);

        assertThat(got).containsExactly("file unreadable");
        tasks.throwIfFailed(); // nothing to throw
    }
}
