package id.payung.ui.funders;

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
        int now = Year.now(clock).getValue();
        for (int y = now + 2; y >= now - 5; y--) {
            years.add(y);
        }
        budgetYear.set(now + 1);
        budgetYear.addListener((obs, old, y) -> loadBudgets());
    }

    /** Reads funding sources, rate rules and the chosen year's budgets. */
    public void load() {
        record Both(List<FundingSource> sources, List<RateRule> rules, java.util.Map<String, String> regions) { }
        tasks.read(() -> new Both(service.fundingSources(), service.rateRules(), service.regionNames()), both -> {
            regionNames.clear();
            regionNames.putAll(both.regions());
            sources.setAll(both.sources());
            rules.setAll(both.rules());
            loadBudgets();
        });
    }

    private void loadBudgets() {
        Integer year = budgetYear.get();
        if (year == null) {
            budgets.clear();
            return;
        }
        List<FundingSource> funders = List.copyOf(sources);
        tasks.read(() -> {
            Map<String, FundingBudget> byFunder = funding.budgets(year).stream()
                    .collect(Collectors.toMap(FundingBudget::funderCode, Function.identity()));
            return funders.stream().map(f -> {
                FundingBudget b = byFunder.get(f.code());
                Long quota = b == null ? null : b.quota();
                Long ceiling = b == null ? null : b.ceilingRp();
                return new BudgetRow(f, year, quota, ceiling,
                        ceiling == null ? null : budget.forecast(f.type(), year, ceiling, quota));
            }).toList();
        }, rows -> {
            if (year.equals(budgetYear.get())) {
                budgets.setAll(rows);
            }
        });
    }

    /** Sets a funder's quota and ceiling; run it through the task executor. */
    public void saveBudget(FundingBudget budget) {
        funding.setBudget(budget);
    }

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
