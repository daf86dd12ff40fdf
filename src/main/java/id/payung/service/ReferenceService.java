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

    /** Stores the office's settings, audited. @throws InvalidInputException for an empty name or a bad regency code */
    public void saveSettings(Settings s) {
        java.util.List<id.payung.domain.FormProblem> problems = new java.util.ArrayList<>();
        if (s.officeName() == null || s.officeName().isBlank()) {
            problems.add(id.payung.domain.FormProblem.error(id.payung.domain.FormProblem.Field.NAME, "REQUIRED"));
        }
        if (s.regencyCode() == null || !s.regencyCode().strip().matches("\\d{2}\\.\\d{2}")) {
            problems.add(id.payung.domain.FormProblem.error(id.payung.domain.FormProblem.Field.REGION, "REGENCY_CODE"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
        Settings before = settings();
        db.write(tx -> {
            meta.put(tx, "office_name", s.officeName().strip());
            meta.put(tx, "office_regency", s.regencyCode().strip());
            meta.put(tx, "office_place", s.place() == null ? "" : s.place().strip());
            new id.payung.store.AuditLog().record(tx, Actor.current(), "UPDATE", "settings", "office",
                    Json.object(fields(before)), Json.object(fields(s)));
            return null;
        });
    }

    private static java.util.Map<String, Object> fields(Settings s) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("office_name", s.officeName());
        m.put("office_regency", s.regencyCode());
        m.put("office_place", s.place());
        return m;
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
