package id.payung.ui.dashboard;

import id.payung.domain.FundingSource;
import id.payung.domain.GroupShare;
import id.payung.domain.RegencyShare;
import id.payung.domain.Scope;
import id.payung.service.DashboardService;
import id.payung.service.exporting.ExportService;
import id.payung.ui.BackgroundTask;
import id.payung.ui.LatestRead;
import id.payung.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    private final ExportService exports;
    private final id.payung.service.BudgetService budget;
    /**
     * The yearly cost per regency and funder of the regencies shown ({@link id.payung.service.BudgetService#costsByRegencyAndFunder}:
     * the funding shares' rule), set with them: the per-regency tab's cost column (trial 20a: only the CLI had it).
     */
    private java.util.Map<String, java.util.Map<String, Long>> regencyCosts = new java.util.HashMap<>();
    private final ReadOnlyObjectWrapper<RegencyExport> regencyExport = new ReadOnlyObjectWrapper<>();
    private Integer year;
    private Scope scope = Scope.ALL;
    /** Breakdowns for a year or filter the user has already left are not read, nor shown. */
    private final LatestRead reads;

    /** @param exports writes the per-regency table the tab shows to the file the user chose */
    public BreakdownViewModel(DashboardService service, id.payung.service.BudgetService budget, TaskExecutor tasks,
                              ExportService exports) {
        this.service = service;
        this.budget = budget;
        this.tasks = tasks;
        this.exports = exports;
        this.reads = new LatestRead(tasks);
        funder.addListener((obs, old, now) -> reload());
    }

    /** Shows the breakdowns of a year and dashboard filter; the funder chosen here stays. */
    public void show(int year, Scope scope) {
        this.year = year;
        this.scope = scope;
        if (funderChoices.isEmpty()) {
            tasks.read(service::funders, funders -> {
                palette = id.payung.domain.FunderPalette.ofSources(funders); // the dashboard's rule, from the same list
                funderChoices.setAll(funders);
            });
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
                   List<RegencyShare> regencies, java.util.Map<String, java.util.Map<String, Long>> costs) { }
        // Skip work, and ignore an answer, for a year or filter the user has already left. Whether the regencies
        // are shown is asked each time (an import may just have brought a second regency); a clerk of one regency
        // is spared their read.
        reads.run(() -> {
            boolean perRegency = service.showsRegencies();
            return new All(service.byKecamatan(y, s, code), service.byOccupation(y, s, code), perRegency,
                    perRegency ? service.byRegency(y, s, code) : List.of(),
                    perRegency ? budget.costsByRegencyAndFunder(y, s) : java.util.Map.of());
        }, all -> {
            kecamatan.setAll(all.kecamatan());
            occupations.setAll(all.occupations());
            regencyCosts = new java.util.HashMap<>(all.costs()); // a regency not known has the null key
            regencies.setAll(all.regencies());
            regenciesShown.set(all.perRegency());
        });
    }

    private id.payung.domain.FunderPalette palette = id.payung.domain.FunderPalette.of(List.of());

    /** A funder's colour, as the pie and the trend give it (its kind's usual colour before the funders are read). */
    public String colour(FundingSource funder) {
        return palette.hex(funder.code(), funder.type());
    }

    /** The year of the breakdowns shown; null before the first. */
    public Integer year() {
        return year;
    }

    /** A funder's yearly cost in a regency shown (0 where it costs nothing; {@code funderCode} null: the regency's). */
    public long regencyCost(String regencyCode, String funderCode) {
        java.util.Map<String, Long> here = regencyCosts.getOrDefault(regencyCode, java.util.Map.of());
        if (funderCode != null) {
            return here.getOrDefault(funderCode, 0L);
        }
        return regencies.stream().filter(r -> java.util.Objects.equals(r.code(), regencyCode)).findFirst()
                .map(r -> r.funders().stream().mapToLong(f -> here.getOrDefault(f.funderCode(), 0L)).sum()).orElse(0L);
    }

    /** What became of the last per-regency export: the file written, or the refusal that stopped it. */
    public record RegencyExport(Path file, Exception failure) {
        /** True when the file was written whole. */
        public boolean saved() {
            return failure == null;
        }
    }

    /**
     * Writes the per-regency table as the tab shows it (the year, the dashboard's kecamatan and segment, the funder
     * chosen here) to {@code file} (.xlsx / .csv), off the FX thread; the outcome (written, or refused) then replaces
     * {@link #regencyExportProperty()}. Nothing happens before a year is shown.
     */
    public void exportRegencies(Path file) {
        if (year == null) {
            return;
        }
        int y = year;
        Scope s = scope;
        String code = funder.get() == null ? null : funder.get().code();
        // The refusal (this login has no regencies to give, e.g. a clerk's since the tab was shown) is said on the tab,
        // under its table; any other failure (a file that cannot be written) goes to the error dialog, as the
        // funding shares' export's does. Either way the task logs it.
        BackgroundTask.wrap(() -> {
            exports.regencies(y, s, code, file);
            return file;
        }).readOnly().onSuccess(f -> regencyExport.set(new RegencyExport(f, null)))
                .onFailure(ExportService.NoRegenciesException.class, e -> regencyExport.set(new RegencyExport(file, e)))
                .executeWith(tasks);
    }

    /**
     * The file name the save dialog offers for the per-regency table: the year, and whatever narrows it (funder
     * code, kecamatan code, segment), so two files of one year with other filters are not taken for each other.
     */
    public String regencyFileName() {
        StringBuilder name = new StringBuilder("per-kabupaten-kota-").append(year == null ? "" : year);
        if (funder.get() != null) {
            name.append('-').append(funder.get().code());
        }
        if (scope.kecamatanCode() != null) {
            name.append('-').append(scope.kecamatanCode());
        }
        if (scope.segment() != null) {
            name.append('-').append(scope.segment().name());
        }
        return name.append(".xlsx").toString();
    }

    /** The outcome of the last per-regency export; null before the first. */
    public ReadOnlyObjectProperty<RegencyExport> regencyExportProperty() {
        return regencyExport.getReadOnlyProperty();
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
