package id.payung.ui.dashboard;

import id.payung.domain.FundingSource;
import id.payung.domain.GroupShare;
import id.payung.domain.RegencyShare;
import id.payung.domain.Scope;
import id.payung.service.DashboardService;
import id.payung.ui.LatestRead;
import id.payung.ui.TaskExecutor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's breakdowns: participants per kecamatan, per occupation and (for a province) per regency in the
 * dashboard's year and filters, for all funders or the one chosen here.
 */
public final class BreakdownViewModel {
    private final DashboardService service;
    private final TaskExecutor tasks;
    private final ObjectProperty<FundingSource> funder = new SimpleObjectProperty<>();
    private final ObservableList<FundingSource> funderChoices = FXCollections.observableArrayList();
    private final ObservableList<GroupShare> kecamatan = FXCollections.observableArrayList();
    private final ObservableList<GroupShare> occupations = FXCollections.observableArrayList();
    // Kept: an unmodifiable view listens weakly to its list, so a fresh view per call would lose its listeners.
    private final ObservableList<GroupShare> kecamatanView = FXCollections.unmodifiableObservableList(kecamatan);
    private final ObservableList<GroupShare> occupationsView = FXCollections.unmodifiableObservableList(occupations);
    private final ObservableList<RegencyShare> regencies = FXCollections.observableArrayList();
    private final ObservableList<RegencyShare> regenciesView = FXCollections.unmodifiableObservableList(regencies);
    private final ReadOnlyBooleanWrapper regenciesShown = new ReadOnlyBooleanWrapper(false);
    private Integer year;
    private Scope scope = Scope.ALL;
    /** Breakdowns for a year or filter the user has already left are not read, nor shown. */
    private final LatestRead reads;

    public BreakdownViewModel(DashboardService service, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
        this.reads = new LatestRead(tasks);
        funder.addListener((obs, old, now) -> reload());
    }

    /** Shows the breakdowns of a year and dashboard filter; the funder chosen here stays. */
    public void show(int year, Scope scope) {
        this.year = year;
        this.scope = scope;
        if (funderChoices.isEmpty()) {
            tasks.read(service::funders, funderChoices::setAll);
        }
        reload();
    }

    private void reload() {
        if (year == null) {
            return;
        }
        int y = year;
        Scope s = scope;
        String code = funder.get() == null ? null : funder.get().code();
        record All(List<GroupShare> kecamatan, List<GroupShare> occupations, boolean perRegency,
                   List<RegencyShare> regencies) { }
        // Skip work, and ignore an answer, for a year or filter the user has already left. Whether the regencies
        // are shown is asked each time (an import may just have brought a second regency); a clerk of one regency
        // is spared their read.
        reads.run(() -> {
            boolean perRegency = service.showsRegencies();
            return new All(service.byKecamatan(y, s, code), service.byOccupation(y, s, code), perRegency,
                    perRegency ? service.byRegency(y, s, code) : List.of());
        }, all -> {
            kecamatan.setAll(all.kecamatan());
            occupations.setAll(all.occupations());
            regencies.setAll(all.regencies());
            regenciesShown.set(all.perRegency());
        });
    }

    /** The funder the breakdowns are for; null for all funders. */
    public ObjectProperty<FundingSource> funderProperty() {
        return funder;
    }

    /** Funders to choose from (besides "all"). */
    public ObservableList<FundingSource> funderChoices() {
        return funderChoices;
    }

    /** Participants per kecamatan, largest first, the unknown kecamatan last; replaced as a whole. */
    public ObservableList<GroupShare> kecamatan() {
        return kecamatanView;
    }

    /** Participants per occupation, largest first, the unknown occupation last; replaced as a whole. */
    public ObservableList<GroupShare> occupations() {
        return occupationsView;
    }

    /**
     * Participants per regency with their funders, largest first, the unknown regency last; replaced as a whole.
     * Empty while {@link #regenciesShownProperty()} is false.
     */
    public ObservableList<RegencyShare> regencies() {
        return regenciesView;
    }

    /**
     * True when the dashboard shows the per-regency breakdown: for a provincial reader, or a database holding
     * more than one regency's participants (see {@link DashboardService#showsRegencies()}).
     */
    public ReadOnlyBooleanProperty regenciesShownProperty() {
        return regenciesShown.getReadOnlyProperty();
    }
}
