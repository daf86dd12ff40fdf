package id.payung.service;

import id.payung.domain.FormProblem;
import id.payung.domain.FormProblem.Field;
import id.payung.domain.TextLimit;
import id.payung.domain.FundingBudget;
import id.payung.domain.FundingSource;
import id.payung.store.Database;
import id.payung.store.FundingSourceRepository;
import id.payung.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Editing funding sources and their yearly quota and budget ceiling; audited. */
public final class FundingService {
    private final Database db;
    private final ChangeLog log;
    private final FundingSourceRepository repo = new FundingSourceRepository();

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

    /** Renames a funding source, changes its notes, or stops offering it for new enrollments. */
    public void update(FundingSource f) {
        List<FormProblem> problems = new ArrayList<>();
        if (f.name().isBlank()) {
            problems.add(FormProblem.error(Field.NAME, "REQUIRED"));
        }
        TextLimit.check(f.name(), Field.NAME, problems);
        TextLimit.check(f.notes(), Field.NOTES, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
        db.write(tx -> {
            FundingSource before = repo.all(tx).stream().filter(x -> x.code().equals(f.code())).findFirst()
                    .orElseThrow(() -> new StoreException("funding source " + f.code() + " does not exist"));
            repo.update(tx, f);
            log.record(tx, "UPDATE", "funding_source", f.code(), fields(before), fields(f));
            return null;
        });
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
