package id.payung.service;

import id.payung.domain.Event;
import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.RateRule;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.store.Database;
import id.payung.store.EventRepository;
import id.payung.store.FundingSourceRepository;
import id.payung.store.MetaRepository;
import id.payung.store.OccupationRepository;
import id.payung.store.RateRuleRepository;
import id.payung.store.RegionRepository;
import java.util.List;

/** Funding sources, rate rules and events: the lists the other screens refer to. */
public final class ReferenceService {
    private final Database db;
    private final FundingSourceRepository funders = new FundingSourceRepository();
    private final RateRuleRepository rateRules = new RateRuleRepository();
    private final EventRepository events = new EventRepository();
    private final OccupationRepository occupations = new OccupationRepository();
    private final RegionRepository regions = new RegionRepository();
    private final MetaRepository meta = new MetaRepository();

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

    /** The office's settings; missing ones are null. */
    public Settings settings() {
        return db.read(tx -> new Settings(meta.get(tx, "office_name").orElse(null),
                meta.get(tx, "office_regency").orElse(null), meta.get(tx, "office_place").orElse(null)));
    }

    /** Occupations by name. */
    public List<Occupation> occupations() {
        return db.read(occupations::all);
    }

    /** Kecamatan, desa and kelurahan of the office's regency, by code: for choosing where a person lives. */
    public List<Region> localRegions() {
        return db.read(tx -> {
            List<Region> all = new java.util.ArrayList<>(regions.byLevel(tx, RegionLevel.KECAMATAN));
            all.addAll(regions.byLevel(tx, RegionLevel.DESA));
            all.addAll(regions.byLevel(tx, RegionLevel.KELURAHAN));
            all.sort(java.util.Comparator.comparing(Region::code));
            return all;
        });
    }

    /** Award and other events, newest first. */
    public List<Event> events() {
        return db.read(events::all);
    }
}
