package id.payung.ui.enrollments;

import id.payung.service.RegisterService;
import id.payung.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the cohorts tab: aggregate headcounts per funder and year. */
public final class CohortsViewModel {
    private final RegisterService service;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<CohortRow> cohorts = FXCollections.observableArrayList();
    private final ObservableList<CohortRow> cohortsView = FXCollections.unmodifiableObservableList(cohorts);

    public CohortsViewModel(RegisterService service, TaskRunner tasks, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reads the cohorts from the database. */
    public void load() {
        tasks.run(service::cohorts, list -> {
            LocalDate today = LocalDate.now(clock);
            cohorts.setAll(list.stream().map(c -> CohortRow.of(c, today)).toList());
        });
    }

    public ObservableList<CohortRow> cohorts() {
        return cohortsView;
    }
}
