package id.payung.ui.enrollments;

import id.payung.service.CohortService;
import id.payung.service.RegisterService;
import id.payung.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the cohorts tab: aggregate headcounts per funder and year, and their editing. */
public final class CohortsViewModel {
    private final RegisterService register;
    private final CohortService service;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ObservableList<CohortRow> cohorts = FXCollections.observableArrayList();
    private final ObservableList<CohortRow> cohortsView = FXCollections.unmodifiableObservableList(cohorts);

    public CohortsViewModel(RegisterService register, CohortService service, TaskExecutor tasks, Clock clock) {
        this.register = register;
        this.service = service;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reads the cohorts from the database. */
    public void load() {
        tasks.read(register::cohorts, list -> {
            LocalDate today = LocalDate.now(clock);
            cohorts.setAll(list.stream().map(c -> CohortRow.of(c, today)).toList());
        });
    }

    /** Adds (id 0) or corrects a cohort; run it through the task executor. */
    public void save(long id, CohortService.Input input) {
        if (id == 0) {
            service.add(input);
        } else {
            service.update(id, input);
        }
    }

    /** Removes a cohort, then reloads. */
    public void delete(CohortRow row) {
        tasks.run(() -> {
            service.delete(row.id());
            return row.id();
        }, id -> load());
    }

    public ObservableList<CohortRow> cohorts() {
        return cohortsView;
    }
}
