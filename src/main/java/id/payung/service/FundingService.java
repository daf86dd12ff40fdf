package id.payung.service;

import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.TextLimit;
import id.payung.domain.FundingBudget;
import id.payung.domain.FundingSource;
import id.payung.domain.FunderRules;
import id.payung.domain.RegionLevel;
import id.payung.store.Database;
import id.payung.store.FundingSourceRepository;
import id.payung.store.RegionRepository;
import id.payung.store.RuleViolation;
import id.payung.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adding and editing funding sources and their yearly quota and budget ceiling; audited. */
public final class FundingService {
    private final Database db;
    private final ChangeLog log;
    private final FundingSourceRepository repo = new FundingSourceRepository();
    private final RegionRepository regions = new RegionRepository();

    public FundingService(Database db, String actor) {
        this.db = db;
        this.log = new ChangeLog(actor);
    }

    /** Quota and ceiling of every funder that has one for the year. */
    public List<FundingBudget> budgets(int year) {
        return db.read(tx -> repo.budgets(tx, year));
    }

    /**
     * Sets a funder's quota (headcount) and budget ceiling (whole rupiah) for a year; either may be null.
     *
     * @throws InvalidInputException for negative numbers or a year outside 2000–2100
     */
    public void setBudget(FundingBudget b) {
        List<FormProblem> problems = new ArrayList<>();
        if (b.year() < 2000 || b.year() > 2100) {
            problems.add(FormProblem.error(Field.YEAR, "YEAR_RANGE"));
        }
        if (b.quota() != null && b.quota() < 0) {
            problems.add(FormProblem.error(Field.QUOTA, "NOT_NEGATIVE"));
        }
        if (b.ceilingRp() != null && b.ceilingRp() < 0) {
            problems.add(FormProblem.error(Field.CEILING, "NOT_NEGATIVE"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
        db.write(tx -> {
            FundingBudget before = repo.budgets(tx, b.year()).stream()
                    .filter(x -> x.funderCode().equals(b.funderCode())).findFirst().orElse(null);
            repo.putBudget(tx, b);
            log.record(tx, before == null ? "INSERT" : "UPDATE", "funding_budget", b.funderCode() + "/" + b.year(),
                    before == null ? null : fields(before), fields(b));
            return null;
        });
    }

    /**
     * Adds a funding source — a company paying for its workers, a village's budget, another regency's — so that
     * lists and the form can name it and the dashboard shows it apart; audited. The code is how import lists name
     * it (suggested from the name by {@link FunderRules#suggestCode}); the region must be of the level its kind
     * implies ({@link FunderRules#regionLevels}). On a server a clerk adds only sources of their own regency.
     *
     * Two clerks adding the same code at the same moment both pass the check; the database's unique code lets
     * only the first through, and the second is refused as if it had come a moment later ("already used by").
     *
     * @return the source as saved, with its id
     * @throws InvalidInputException for a blank or taken name, a malformed or taken code, the self-paying kind,
     *                               a missing, unknown or wrong-level region, or (a clerk) a region outside the regency
     */
    public FundingSource add(FundingSource f) {
        List<FormProblem> problems = new ArrayList<>();
        nameProblems(f, problems);
        if (!FunderRules.validCode(f.code())) {
            problems.add(FormProblem.error(Field.CODE, "FUNDER_CODE_FORMAT"));
        }
        if (!FunderRules.addable(f.type())) {
            problems.add(FormProblem.error(Field.TYPE, "FUNDER_TYPE_MANDIRI"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
        try {
            return insert(f);
        } catch (RuleViolation first) {
            // Another clerk's source of this code was committed after this one's check: checked once more, it is
            // seen and refused in the form's own words (and its name, if this one's is the same).
            try {
                return insert(f);
            } catch (RuleViolation again) {
                throw new InvalidInputException(List.of(FormProblem.error(Field.CODE, "FUNDER_CODE_TAKEN", f.code())), 0);
            }
        }
    }

    private FundingSource insert(FundingSource f) {
        return db.write(tx -> {
            List<FundingSource> all = repo.all(tx);
            List<FormProblem> found = new ArrayList<>();
            // A list names a funder by code or by name: neither may be one another funder is named by already
            // (a new "APBD Prov NTT" would take APBD-PROV-NTT's rows).
            all.stream().filter(x -> namedBy(x, f.name())).findFirst()
                    .ifPresent(x -> found.add(FormProblem.error(Field.NAME, "FUNDER_NAME_TAKEN", x.code())));
            all.stream().filter(x -> namedBy(x, f.code())).findFirst()
                    .ifPresent(x -> found.add(FormProblem.error(Field.CODE, "FUNDER_CODE_TAKEN", x.name())));
            regionProblems(tx, f, found);
            String own = repo.ownRegency(tx);
            if (own != null && (f.regionCode() == null || !FunderRules.within(f.regionCode(), own))) {
                found.add(FormProblem.error(Field.REGION, "FUNDER_OTHER_REGENCY", own));
            }
            if (!found.isEmpty()) {
                throw new InvalidInputException(found, 0);
            }
            long id = repo.insert(tx, f);
            FundingSource saved = new FundingSource(id, f.code(), f.name(), f.type(), f.regionCode(), f.active(), f.notes());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("code", f.code());
            after.put("type", f.type().name());
            after.put("region", f.regionCode());
            after.putAll(fields(saved));
            log.record(tx, "INSERT", "funding_source", f.code(), null, after);
            return saved;
        });
    }

    /**
     * Renames a funding source, changes its notes, or stops offering it for new enrollments (what was counted
     * under it stays). On a server a clerk changes only the sources of their own regency.
     */
    public void update(FundingSource f) {
        List<FormProblem> problems = new ArrayList<>();
        nameProblems(f, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
        db.write(tx -> {
            List<FundingSource> all = repo.all(tx);
            FundingSource before = all.stream().filter(x -> x.code().equals(f.code())).findFirst()
                    .orElseThrow(() -> new StoreException("funding source " + f.code() + " does not exist"));
            List<FormProblem> found = new ArrayList<>();
            all.stream().filter(x -> !x.code().equals(f.code()) && namedBy(x, f.name())).findFirst()
                    .ifPresent(x -> found.add(FormProblem.error(Field.NAME, "FUNDER_NAME_TAKEN", x.code())));
            String own = repo.ownRegency(tx);
            if (own != null && !FunderRules.within(before.regionCode(), own)) {
                found.add(FormProblem.error(Field.FUNDER, "FUNDER_NOT_YOURS", own));
            }
            if (!found.isEmpty()) {
                throw new InvalidInputException(found, 0);
            }
            repo.update(tx, f);
            log.record(tx, "UPDATE", "funding_source", f.code(), fields(before), fields(f));
            return null;
        });
    }

    /** Whether a list writing {@code text} could mean funder {@code x} exactly (its code or its name). */
    private static boolean namedBy(FundingSource x, String text) {
        return FunderRules.sameName(x.code(), text) || FunderRules.sameName(x.name(), text);
    }

    private static void nameProblems(FundingSource f, List<FormProblem> problems) {
        if (f.name().isBlank()) {
            problems.add(FormProblem.error(Field.NAME, "REQUIRED"));
        }
        TextLimit.check(f.name(), Field.NAME, problems);
        TextLimit.check(f.notes(), Field.NOTES, problems);
    }

    /** The region a new source names: required for the regional budgets, known, and of the level its kind implies. */
    private void regionProblems(id.payung.store.Tx tx, FundingSource f, List<FormProblem> problems) {
        if (f.regionCode() == null) {
            if (FunderRules.regionRequired(f.type())) {
                problems.add(FormProblem.error(Field.REGION, "REQUIRED"));
            }
            return;
        }
        java.util.Optional<RegionLevel> level = regions.levelOf(tx, f.regionCode());
        if (level.isEmpty()) {
            problems.add(FormProblem.error(Field.REGION, "FUNDER_REGION_UNKNOWN", f.regionCode()));
        } else if (!FunderRules.regionLevels(f.type()).contains(level.get())) {
            problems.add(FormProblem.error(Field.REGION, "FUNDER_REGION_LEVEL", f.regionCode()));
        }
    }

    private static Map<String, Object> fields(FundingBudget b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("funder", b.funderCode());
        m.put("year", b.year());
        m.put("quota", b.quota());
        m.put("ceiling_rp", b.ceilingRp());
        return m;
    }

    private static Map<String, Object> fields(FundingSource f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("notes", f.notes());
        m.put("active", f.active());
        return m;
    }
}
