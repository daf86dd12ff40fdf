package id.payung.service;

import id.payung.domain.BudgetForecast;
import id.payung.domain.Contributions;
import id.payung.domain.FunderCost;
import id.payung.domain.FunderCount;
import id.payung.domain.FunderType;
import id.payung.domain.Programme;
import id.payung.domain.Sector;
import id.payung.domain.Segment;
import id.payung.domain.BudgetPlan;
import id.payung.domain.FundingBudget;
import id.payung.domain.FundingSource;
import id.payung.store.Database;
import id.payung.store.FundingSourceRepository;
import id.payung.store.ParticipantStats;
import id.payung.store.RateRuleRepository;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What protection costs: per funder for a year from the dated rate rules, and what a ceiling pays for. */
public final class BudgetService {
    private static final Set<Programme> STANDARD = Set.of(Programme.JKK, Programme.JKM);

    private final Database db;
    private final ParticipantStats stats = new ParticipantStats();
    private final RateRuleRepository rules = new RateRuleRepository();
    private final FundingSourceRepository funders = new FundingSourceRepository();

    public BudgetService(Database db) {
        this.db = db;
    }

    /**
     * Cost per funder in a year, largest headcount first. Cohorts cost participants × 12 months × the
     * standard package (income Rp 1.000.000, JKK+JKM); named enrollments cost their covered months of the
     * year at their own income, programmes, sector and the discounts in force. Per regency and funder the cost
     * follows the record its count follows (see {@link FunderCount}): a province funder with a regency's cohort and
     * another regency's names pays for both.
     */
    public List<FunderCost> costs(int year) {
        return costs(year, id.payung.domain.Scope.ALL);
    }

    /** {@link #costs(int)} for one kecamatan and/or segment. */
    public List<FunderCost> costs(int year, id.payung.domain.Scope scope) {
        return db.read(tx -> {
            Contributions c = new Contributions(rules.all(tx));
            Map<RegencyFunder, Long> cohortCost = new HashMap<>();
            for (ParticipantStats.CohortGroup g : stats.cohortGroups(tx, year, scope)) {
                long perPerson = c.forYear(g.funderType(), g.segment(), g.sector(), STANDARD, Contributions.STANDARD_INCOME,
                        YearMonth.of(year, 1), YearMonth.of(year, 12), year);
                cohortCost.merge(new RegencyFunder(g.regencyCode(), g.funderCode()), perPerson * g.participants(), Long::sum);
            }
            List<ParticipantStats.RegencyCount> parts = stats.funderCountsByRegency(tx, year, scope);
            // Where a funder's cohorts count, its cost there is theirs; everywhere else its names'. Only the funder's
            // names in the regencies of such cohorts need telling apart (a year without cohorts groups them as one).
            Set<RegencyFunder> cohortsCount = new HashSet<>();
            Map<String, Set<String>> apart = new HashMap<>();
            for (ParticipantStats.RegencyCount part : parts) {
                if (part.count().fromCohorts()) {
                    cohortsCount.add(new RegencyFunder(part.regencyCode(), part.count().funderCode()));
                    apart.computeIfAbsent(part.count().funderCode(), k -> new HashSet<>()).add(part.regencyCode());
                }
            }
            Map<String, Long> cost = new HashMap<>();
            cohortsCount.forEach(k -> cost.merge(k.funderCode(), cohortCost.getOrDefault(k, 0L), Long::sum));
            for (ParticipantStats.EnrollmentGroup g : stats.enrollmentGroups(tx, year, scope, apart)) {
                // A group not told apart (regency null) has no cohorts that count: its names do.
                if (!cohortsCount.contains(new RegencyFunder(g.regencyCode(), g.funderCode()))) {
                    long perPerson = c.forYear(g.funderType(), g.segment(), g.sector(), g.programmes(), g.incomeRp(),
                            g.first(), g.last(), year);
                    cost.merge(g.funderCode(), perPerson * g.count(), Long::sum);
                }
            }
            return FunderCount.overRegencies(parts.stream().map(ParticipantStats.RegencyCount::count).toList()).stream()
                    .map(fc -> new FunderCost(fc.funderCode(), fc.funderName(), fc.funderType(), fc.participants(),
                            cost.getOrDefault(fc.funderCode(), 0L),
                            cohortsCount.stream().anyMatch(k -> k.funderCode().equals(fc.funderCode()))))
                    .toList();
        });
    }

    /** Where a funder's names and cohorts are weighed against each other: one regency (null: not known). */
    private record RegencyFunder(String regencyCode, String funderCode) {
    }

    /**
     * How many people a ceiling pays for in a year at the standard package (12 months, JKK+JKM at the
     * lowest income, discounts as they apply to the funder type), and what a growth target would cost.
     *
     * @param targetHeadcount optional; null for none
     */
    public BudgetForecast forecast(FunderType funderType, int year, long ceilingRp, Long targetHeadcount) {
        long perPerson = db.read(tx -> standardYear(new Contributions(rules.all(tx)), funderType, year));
        long max = perPerson == 0 ? 0 : ceilingRp / perPerson;
        Long targetCost = targetHeadcount == null ? null : targetHeadcount * perPerson;
        Long gap = targetCost == null ? null : targetCost - ceilingRp;
        return new BudgetForecast(year, ceilingRp, perPerson, max, targetHeadcount, targetCost, gap);
    }

    /**
     * Every funding source's plan for a year: the quota and ceiling entered under Sumber dana → Kuota dan pagu,
     * each weighed at the standard package's yearly cost of one person for the funder's type (the same cost as
     * {@link #forecast}). Funders without a plan are listed too (quota and ceiling null), in the funders' order
     * (active first, then by name); {@link BudgetPlan#total} adds them up. This is what was planned, not what
     * the enrolled participants cost ({@link #costs(int)}).
     */
    public List<BudgetPlan> plans(int year) {
        return db.read(tx -> {
            Contributions c = new Contributions(rules.all(tx));
            Map<String, FundingBudget> byFunder = new HashMap<>();
            funders.budgets(tx, year).forEach(b -> byFunder.put(b.funderCode(), b));
            Map<FunderType, Long> perPerson = new HashMap<>();
            return funders.all(tx).stream().map((FundingSource f) -> {
                FundingBudget b = byFunder.get(f.code());
                long pp = perPerson.computeIfAbsent(f.type(), t -> standardYear(c, t, year));
                return new BudgetPlan(f.code(), f.name(), f.type(), year, b == null ? null : b.quota(),
                        b == null ? null : b.ceilingRp(), pp);
            }).toList();
        });
    }

    /** One person's year at the standard package (income Rp 1.000.000, JKK+JKM, 12 months) for a funder type. */
    private static long standardYear(Contributions c, FunderType type, int year) {
        return c.forYear(type, Segment.BPU, Sector.OTHER, STANDARD, Contributions.STANDARD_INCOME,
                YearMonth.of(year, 1), YearMonth.of(year, 12), year);
    }
}
