package id.payung.ui.funders;

import id.payung.domain.FundingSource;
import id.payung.domain.RateRule;
import id.payung.service.ReferenceService;
import id.payung.ui.TaskRunner;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the funding-sources screen: who can pay, and the dated rules of what they pay. */
public final class FundingSourcesViewModel {
    private final ReferenceService service;
    private final TaskRunner tasks;
    private final ObservableList<FundingSource> sources = FXCollections.observableArrayList();
    private final ObservableList<FundingSource> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<RateRule> rules = FXCollections.observableArrayList();
    private final ObservableList<RateRule> rulesView = FXCollections.unmodifiableObservableList(rules);

    public FundingSourcesViewModel(ReferenceService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** Reads funding sources and rate rules. */
    public void load() {
        record Both(List<FundingSource> sources, List<RateRule> rules) { }
        tasks.run(() -> new Both(service.fundingSources(), service.rateRules()), both -> {
            sources.setAll(both.sources());
            rules.setAll(both.rules());
        });
    }

    public ObservableList<FundingSource> sources() {
        return sourcesView;
    }

    public ObservableList<RateRule> rules() {
        return rulesView;
    }
}
