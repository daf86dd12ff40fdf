package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FormProblem;
import id.payung.service.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * Trial 20c L8: a normal refusal (an overlapping period) went to the log sent to support as a WARNING with a whole stack
 * trace. A refusal the form shows is one INFO line without a trace; any other failure its screen shows stays a WARNING.
 */
class RefusalLogLineTest {
    @Test
    void aRefusalShownByItsScreenIsOneInfoLineWithoutATrace() {
        List<LogRecord> logged = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = TaskSteps.LOG.getLevel();
        TaskSteps.LOG.setLevel(Level.ALL);
        TaskSteps.LOG.addHandler(h);
        try {
            DirectTaskExecutor tasks = new DirectTaskExecutor();
            BackgroundTask.<Void>wrap(() -> {
                throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.FIRST_MONTH, "OVERLAP",
                        "APBDes", "01/2026", "12/2026")), 7);
            }).onFailure(e -> { }).executeWith(tasks);
            BackgroundTask.<Void>wrap(() -> {
                throw new IllegalStateException("disk");
            }).onFailure(e -> { }).executeWith(tasks);
        } finally {
            TaskSteps.LOG.removeHandler(h);
            TaskSteps.LOG.setLevel(before);
        }
        List<LogRecord> failures = logged.stream().filter(r -> r.getMessage().contains("(shown by its screen)")).toList();
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0).getLevel()).isEqualTo(Level.INFO);
        assertThat(failures.get(0).getThrown()).isNull();
        assertThat(failures.get(0).getMessage()).contains("FIRST_MONTH: OVERLAP");
        assertThat(failures.get(1).getLevel()).isEqualTo(Level.WARNING);
        assertThat(failures.get(1).getThrown()).isNotNull();
    }
}
