package id.payung.ui.dashboard;

import id.payung.domain.KecamatanCoverage;
import id.payung.domain.UcjCoverage;
import id.payung.service.CoverageService;
import id.payung.ui.BackgroundTask;
import id.payung.ui.LatestRead;
import id.payung.ui.TaskExecutor;
import id.payung.domain.FormProblem;
import id.payung.service.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The UCJ coverage per kecamatan of the dashboard's year, and the numbers of informal workers behind it. */
public final class CoverageViewModel {
    private final CoverageService service;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<UcjCoverage> coverage = new ReadOnlyObjectWrapper<>();
    private final ObservableList<KecamatanCoverage> rows = FXCollections.observableArrayList();
    private final ObservableList<KecamatanCoverage> rowsView = FXCollections.unmodifiableObservableList(rows);
    private Integer year;
    /** A year's coverage: one the user has already left is not read, and its late answer not shown. */
    private final LatestRead reads;

    public CoverageViewModel(CoverageService service, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
        this.reads = new LatestRead(tasks);
    }

    /** Loads the coverage of a year. */
    public void show(int year) {
        this.year = year;
        reads.run(() -> service.coverage(year), c -> {
            rows.setAll(c.kecamatan());
            coverage.set(c);
        });
    }

    /**
     * Saves the numbers of informal workers of the shown year in the background (kecamatan code → number,
     * null to remove), then shows the coverage again and runs {@code saved}; refused numbers (nothing is
     * saved then) go to {@code refused}.
     */
    public void save(Map<String, Long> informalWorkers, Runnable saved, Consumer<List<FormProblem>> refused) {
        Integer y = year;
        if (y == null) {
            return;
        }
        BackgroundTask.wrap(() -> {
            service.saveDenominators(y, informalWorkers);
            return y;
        }).onFailure(InvalidInputException.class, e -> refused.accept(e.problems())).onSuccess(done -> {
            show(y);
            saved.run();
        }).executeWith(tasks);
    }

    /**
     * Reads the numbers entered for the year before the shown one (kecamatan code → number) and hands
     * them to {@code found}: informal workers change slowly, so last year's numbers are a start.
     */
    public void previousNumbers(Consumer<Map<String, Long>> found) {
        Integer y = year;
        if (y != null) {
            tasks.read(() -> service.denominators(y - 1), found);
        }
    }

    /** The year shown, or null before the first load. */
    public Integer year() {
        return year;
    }

    /** The whole coverage of the year (kecamatan rows, unknown kecamatan, region total); null before loading. */
    public ReadOnlyObjectProperty<UcjCoverage> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** One row per kecamatan, in code order; replaced as a whole. */
    public ObservableList<KecamatanCoverage> rows() {
        return rowsView;
    }
}
