package id.payung.ui.dashboard;

import id.payung.domain.FundingShare;
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

    public DashboardViewModel(DashboardService service, TaskRunner tasks) {
        this.service = service;
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
        tasks.run(() -> service.fundingShares(y), result -> {
            // Ignore an answer for a year the user has already left.
            if (Integer.valueOf(y).equals(year.get())) {
                shares.setAll(result);
                total.set(FundingShare.total(result));
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
}
