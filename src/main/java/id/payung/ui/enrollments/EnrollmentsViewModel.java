package id.payung.ui.enrollments;

import id.payung.domain.Cohort;
import id.payung.domain.EnrollmentSummary;
import id.payung.service.RegisterService;
import id.payung.ui.TaskRunner;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the register screen: named enrollments and aggregate cohorts. */
public final class EnrollmentsViewModel {
    private final RegisterService service;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<EnrollmentRow> enrollments = FXCollections.observableArrayList();
    private final ObservableList<EnrollmentRow> enrollmentsView = FXCollections.unmodifiableObservableList(enrollments);
    private final ObservableList<CohortRow> cohorts = FXCollections.observableArrayList();
    private final ObservableList<CohortRow> cohortsView = FXCollections.unmodifiableObservableList(cohorts);

    public EnrollmentsViewModel(RegisterService service, TaskRunner tasks, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reads both tables from the database. */
    public void load() {
        record Both(List<EnrollmentSummary> enrollments, List<Cohort> cohorts) { }
        tasks.run(() -> new Both(service.enrollments(), service.cohorts()), both -> {
            YearMonth now = YearMonth.now(clock);
            enrollments.setAll(both.enrollments().stream().map(e -> EnrollmentRow.of(e, now)).toList());
            cohorts.setAll(both.cohorts().stream().map(c -> CohortRow.of(c, now)).toList());
        });
    }

    public ObservableList<EnrollmentRow> enrollments() {
        return enrollmentsView;
    }

    public ObservableList<CohortRow> cohorts() {
        return cohortsView;
    }
}
