package id.payung.ui.dashboard;

import id.payung.domain.FunderCost;
import id.payung.domain.FundingShare;
import id.payung.service.BudgetService;
import id.payung.service.DashboardService;
import id.payung.ui.TaskRunner;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the dashboard: the chosen year and each funder's share of that year's participants. */
public final class DashboardViewModel {
    private final DashboardService service;
    private final TaskRunner tasks;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<FundingShare> shares = FXCollections.observableArrayList();
    private final ObservableList<FundingShare> sharesView = FXCollections.unmodifiableObservableList(shares);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final javafx.collections.ObservableMap<String, Long> costs = FXCollections.observableHashMap();
    private final ReadOnlyLongWrapper totalCost = new ReadOnlyLongWrapper();
    private final javafx.beans.property.BooleanProperty showRupiah = new javafx.beans.property.SimpleBooleanProperty(false);
    private final BudgetService budget;

    public DashboardViewModel(DashboardService service, BudgetService budget, TaskRunner tasks) {
        this.service = service;
        this.budget = budget;
        this.tasks = tasks;
        year.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                loadShares(now);
            }
        });
    }

    /**
     * Loads the years with data and shows the chosen year again, or the default year on the first
     * load: the dashboard is reloaded whenever the user comes back to it.
     */
    public void load() {
        record Start(List<Integer> years, int year) { }
        tasks.run(() -> new Start(service.years(), service.defaultYear()), start -> {
            Integer chosen = year.get();
            int show = chosen != null ? chosen : start.year();
            List<Integer> all = new java.util.ArrayList<>(start.years());
            if (!all.contains(show)) {
                all.add(show);
                all.sort(null);
            }
            years.setAll(all);
            if (Integer.valueOf(show).equals(year.get())) {
                loadShares(show);
            } else {
                year.set(show);
            }
        });
    }

    private void loadShares(int y) {
        record Year(List<FundingShare> shares, List<FunderCost> costs) { }
        tasks.run(() -> new Year(service.fundingShares(y), budget.costs(y)), result -> {
            // Ignore an answer for a year the user has already left.
            if (Integer.valueOf(y).equals(year.get())) {
                costs.clear();
                result.costs().forEach(c -> costs.put(c.funderCode(), c.costRp()));
                totalCost.set(result.costs().stream().mapToLong(FunderCost::costRp).sum());
                shares.setAll(result.shares());
                total.set(FundingShare.total(result.shares()));
            }
        });
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** Shares of the chosen year, largest first; replaced as a whole when the year changes. */
    public ObservableList<FundingShare> shares() {
        return sharesView;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Yearly cost per funder code (whole rupiah) for the shares shown. */
    public javafx.collections.ObservableMap<String, Long> costs() {
        return FXCollections.unmodifiableObservableMap(costs);
    }

    public ReadOnlyLongProperty totalCostProperty() {
        return totalCost.getReadOnlyProperty();
    }

    /** Writes the chosen year's shares and costs to {@code file} (.xlsx / .csv); {@code done} gets the file. */
    public void export(id.payung.service.exporting.ExportService exports, java.nio.file.Path file,
                       java.util.function.Consumer<java.nio.file.Path> done) {
        Integer y = year.get();
        if (y != null) {
            tasks.run(() -> {
                exports.fundingShares(y, file);
                return file;
            }, done);
        }
    }

    /** Writes the PDF year report of a year to a file (the window supplies it, with the office's details). */
    @FunctionalInterface
    public interface ReportWriter {
        void write(int year, java.nio.file.Path file);
    }

    /** Writes the chosen year's PDF report; {@code done} gets the file. */
    public void report(ReportWriter writer, java.nio.file.Path file, java.util.function.Consumer<java.nio.file.Path> done) {
        Integer y = year.get();
        if (y != null) {
            tasks.run(() -> {
                writer.write(y, file);
                return file;
            }, done);
        }
    }

    /** True when the pie shows rupiah rather than participants. */
    public javafx.beans.property.BooleanProperty showRupiahProperty() {
        return showRupiah;
    }
}
