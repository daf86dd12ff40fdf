package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.junit.jupiter.api.Test;

/** Only the latest read counts: older ones are skipped before reading, and their late answers dropped. */
class LatestReadTest {
    private final List<String> reads = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    private Callable<String> read(String answer) {
        return () -> {
            reads.add(answer);
            return answer;
        };
    }

    @Test
    void aReadAloneIsReadAndShown() {
        LatestRead latest = new LatestRead(new DirectTaskExecutor());

        latest.run(read("2025"), shown::add);
        latest.run(read("2026"), shown::add);

        assertThat(reads).containsExactly("2025", "2026");
        assertThat(shown).containsExactly("2025", "2026");
    }

    @Test
    void readsOvertakenBeforeTheirTurnAreSkippedBeforeReading() {
        HeldTasks held = new HeldTasks();
        LatestRead latest = new LatestRead(held);

        // A quick series of filter changes while the worker is busy: three reads wait in the queue.
        latest.run(read("2024"), shown::add);
        latest.run(read("2025"), shown::add);
        latest.run(read("2026"), shown::add);
        held.runAll();

        assertThat(reads).containsExactly("2026");
        assertThat(shown).containsExactly("2026");
    }

    @Test
    void anAnswerArrivingAfterANewerRequestIsDropped() {
        LatestRead latest = new LatestRead(new DirectTaskExecutor());

        // The user asks again while the first read is running: its answer comes after the newer request.
        latest.run(() -> {
            reads.add("2025");
            latest.run(read("2026"), shown::add);
            return "2025";
        }, shown::add);

        assertThat(reads).containsExactly("2025", "2026");
        assertThat(shown).containsExactly("2026");
    }

    @Test
    void skipOnlyStillSkipsOvertakenReadsButHandsOnLateAnswers() {
        HeldTasks held = new HeldTasks();
        LatestRead latest = new LatestRead(held);
        latest.runSkipOnly(read("2024"), shown::add);
        latest.runSkipOnly(read("2025"), shown::add);
        held.runAll();
        assertThat(reads).containsExactly("2025");

        LatestRead direct = new LatestRead(new DirectTaskExecutor());
        direct.runSkipOnly(() -> {
            direct.runSkipOnly(read("2026"), shown::add);
            return "late";
        }, shown::add);
        // The caller tells a stale answer by its content, so the late one is handed on too.
        assertThat(shown).containsExactly("2025", "2026", "late");
    }

    @Test
    void kindsOfReadAreIndependent() {
        HeldTasks held = new HeldTasks();
        LatestRead pages = new LatestRead(held);
        LatestRead counts = new LatestRead(held);

        pages.run(read("page"), shown::add);
        counts.run(read("count"), shown::add);
        held.runAll();

        assertThat(shown).containsExactly("page", "count");
    }

    @Test
    void aReadAnsweringNullShowsNothing() {
        LatestRead latest = new LatestRead(new DirectTaskExecutor());

        latest.run(() -> (String) null, shown::add);
        latest.runSkipOnly(() -> (String) null, shown::add);

        assertThat(shown).isEmpty();
    }

    /** Holds work until the test lets it run, like a busy worker thread, then runs it on the direct runner. */
    private static final class HeldTasks implements TaskExecutor {
        private final DirectTaskExecutor direct = new DirectTaskExecutor();
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            queue.add(() -> direct.execute(task));
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        @Override
        public void onFx(Runnable update) {
            direct.onFx(update);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return direct.busyProperty();
        }

        @Override
        public javafx.beans.property.ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
            return direct.shownTaskProperty();
        }
    }
}
