package id.payung.service;

import id.payung.domain.Event;
import id.payung.domain.FundingSource;
import id.payung.domain.RateRule;
import id.payung.store.Database;
import id.payung.store.EventRepository;
import id.payung.store.FundingSourceRepository;
import id.payung.store.RateRuleRepository;
import java.util.List;

/** Funding sources, rate rules and events: the lists the other screens refer to. */
public final class ReferenceService {
    private final Database db;
    private final FundingSourceRepository funders = new FundingSourceRepository();
    private final RateRuleRepository rateRules = new RateRuleRepository();
    private final EventRepository events = new EventRepository();

    public ReferenceService(Database db) {
        this.db = db;
    }

    /** All funding sources, active first, by name. */
    public List<FundingSource> fundingSources() {
        return db.read(funders::all);
    }

    /** All contribution rate rules. */
    public List<RateRule> rateRules() {
        return db.read(rateRules::all);
    }

    /** Award and other events, newest first. */
    public List<Event> events() {
        return db.read(events::all);
    }
}
