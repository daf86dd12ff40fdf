package id.payung.ui.funders;

import id.payung.domain.BudgetPlan;
import id.payung.domain.FundingBudget;
import id.payung.domain.FundingSource;
import id.payung.domain.RateRule;
import id.payung.service.FundingService;
import id.payung.service.ReferenceService;
import id.payung.ui.TaskExecutor;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the funding screen: who can pay, each funder's quota and ceiling per year, and the rate rules. */
public final class FundingSourcesViewModel {
    private final ReferenceService service;
    private final FundingService funding;
    private final id.payung.service.BudgetService budget;
    private final TaskExecutor tasks;
    private final ObservableList<FundingSource> sources = FXCollections.observableArrayList();
    private final ObservableList<FundingSource> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<RateRule> rules = FXCollections.observableArrayList();
    private final ObservableList<RateRule> rulesView = FXCollections.unmodifiableObservableList(rules);
    private final ObservableList<BudgetRow> budgets = FXCollections.observableArrayList();
    private final ObservableList<BudgetRow> budgetsView = FXCollections.unmodifiableObservableList(budgets);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> budgetYear = new SimpleObjectProperty<>();

    public FundingSourcesViewModel(ReferenceService service, FundingService funding,
                                   id.payung.service.BudgetService budget, TaskExecutor tasks, Clock clock) {
        this.service = service;
        this.funding = funding;
        this.budget = budget;
        this.tasks = tasks;
        // As on the dashboard: oldest year first, opening on the current year (the window's year, CurrentYear, when
        // another screen chose one); the two years after it are there to plan.
        int now = Year.now(clock).getValue();
        for (int y = now - 5; y <= now + 2; y++) {
            years.add(y);
        }
        budgetYear.set(now);
        budgetYear.addListener((obs, old, y) -> loadBudgets());
    }

    /** Reads funding sources, rate rules and the chosen year's budgets. */
    public void load() {
        record Both(List<FundingSource> sources, List<RateRule> rules, java.util.Map<String, String> regions,
                    List<String> local) { }
        tasks.read(() -> new Both(service.listedFunders(), service.rateRules(), service.regionNames(),
                localCodes(service.localRegions())), both -> {
            regionNames.clear();
            regionNames.putAll(both.regions());
            addableRegions = both.local();
            sources.setAll(both.sources());
            rules.setAll(both.rules());
            loadBudgets();
        });
    }

    private void loadBudgets() {
        Integer year = budgetYear.get();
        if (year == null) {
            budgets.clear();
            total.set(null);
            return;
        }
        Map<String, FundingSource> funders = sources.stream()
                .collect(Collectors.toMap(FundingSource::code, Function.identity(), (a, b) -> a));
        tasks.read(() -> budget.plans(year), plans -> {
            if (year.equals(budgetYear.get())) {
                // A funder added since the sources were read waits for the next load (it has no row to edit yet).
                budgets.setAll(plans.stream().filter(p -> funders.containsKey(p.funderCode()))
                        .map(p -> BudgetRow.of(funders.get(p.funderCode()), p)).toList());
                total.set(BudgetRow.of(BudgetPlan.total(year, plans)));
            }
        });
    }

    /** The chosen year's total line (quota, ceiling, quota cost, gap over all funders); null before the first read. */
    public ReadOnlyObjectProperty<BudgetRow> budgetTotalProperty() {
        return total.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<BudgetRow> total = new ReadOnlyObjectWrapper<>();

    /** Sets a funder's quota and ceiling; run it through the task executor. */
    public void saveBudget(FundingBudget budget) {
        funding.setBudget(budget);
    }

    /** Adds a funding source; run it through the task executor. */
    public void addSource(FundingSource source) {
        funding.add(source);
    }

    /**
     * The regions a new source may name, in the office's order: its province, its regency, then each kecamatan
     * followed by its desa and kelurahan (codes; {@link #regionName} gives the names).
     */
    public List<String> addableRegions() {
        return addableRegions;
    }

    /** The office's regency (the parent of its kecamatan), or null when the database holds none. */
    public String officeRegency() {
        return addableRegions.size() > 1 ? addableRegions.get(1) : null;
    }

    private static List<String> localCodes(List<id.payung.domain.Region> local) {
        List<String> codes = new java.util.ArrayList<>();
        local.stream().filter(r -> r.level() == id.payung.domain.RegionLevel.KECAMATAN).map(id.payung.domain.Region::parentCode)
                .filter(java.util.Objects::nonNull).distinct().sorted().forEach(regency -> {
                    codes.add(regency.substring(0, 2));
                    codes.add(regency);
                });
        local.stream().map(id.payung.domain.Region::code).sorted().forEach(codes::add);
        return codes.stream().distinct().toList();
    }

    private List<String> addableRegions = List.of();

    /** Saves a funding source's name, notes and active flag; run it through the task executor. */
    public void saveSource(FundingSource source) {
        funding.update(source);
    }

    public ObservableList<FundingSource> sources() {
        return sourcesView;
    }

    public ObservableList<RateRule> rules() {
        return rulesView;
    }

    public ObservableList<BudgetRow> budgets() {
        return budgetsView;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** A region's name for its code ("53.10" → "Manggarai"); the code itself when unknown, "" for none. */
    public String regionName(String code) {
        return code == null ? "" : regionNames.getOrDefault(code, code);
    }

    private final java.util.Map<String, String> regionNames = new java.util.concurrent.ConcurrentHashMap<>();

    public ObjectProperty<Integer> budgetYearProperty() {
        return budgetYear;
    }
}
