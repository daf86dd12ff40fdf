package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** A screen's runner works at once while the screen is built, then through the window's runner. */
class ScreenTaskRunnerTest {
    /** The window's runner, recording what it was given instead of running it. */
    private static final class Recording implements TaskRunner {
        final List<Callable<?>> given = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
            given.add(work);
        }

        @Override
        public void onFx(Runnable update) {
            given.add(() -> null);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new SimpleBooleanProperty(false);
        }
    }

    @Test
    void whilePreparingWorkAndItsResultRunAtOnceThenTheWindowsRunnerTakesOver() {
        Recording window = new Recording();
        ScreenTaskRunner runner = new ScreenTaskRunner(window);
        List<Integer> got = new ArrayList<>();

        runner.run(() -> 42, got::add); // a test thread is not the FX thread: as on the preparing thread

        assertThat(got).containsExactly(42);
        assertThat(window.given).isEmpty();
        runner.throwIfFailed();

        runner.goLive();
        runner.run(() -> 7, got::add);

        assertThat(got).containsExactly(42);
        assertThat(window.given).hasSize(1);
    }

    @Test
    void aFailureWhilePreparingSkipsItsFollowUpAndIsThrownToTheBuilder() {
        ScreenTaskRunner runner = new ScreenTaskRunner(new Recording());
        List<Object> got = new ArrayList<>();

        runner.run(() -> {
            throw new IllegalStateException("database connection closed");
        }, got::add);
        runner.run(() -> 1, got::add); // later work still runs; only the first failure is kept

        assertThat(got).containsExactly(1);
        assertThatThrownBy(runner::throwIfFailed).isInstanceOf(IllegalStateException.class)
                .hasMessage("database connection closed");
    }

    @Test
    void aFailureWhileHandingOverTheResultIsThrownToTheBuilderToo() {
        ScreenTaskRunner runner = new ScreenTaskRunner(new Recording());

        runner.run(() -> 1, r -> {
            throw new IllegalArgumentException("half-filled screen");
        });

        assertThatThrownBy(runner::throwIfFailed).hasMessage("half-filled screen");
    }
}
