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
            List<ParticipantStats.RegencyCount> parts = stats.funderCountsByRegency(tx, year, scope);
            // The funder's cost is its regencies' (regencyFunderCosts), added up; regencies told apart only where it
            // matters, since a funder's total needs no more.
            Map<String, Long> cost = new HashMap<>();
            regencyFunderCosts(tx, year, scope, parts, false).forEach((k, rp) -> cost.merge(k.funderCode(), rp, Long::sum));
            Set<String> fromCohorts = new HashSet<>();
            parts.stream().filter(p -> p.count().fromCohorts()).forEach(p -> fromCohorts.add(p.count().funderCode()));
            return FunderCount.overRegencies(parts.stream().map(ParticipantStats.RegencyCount::count).toList()).stream()
                    .map(fc -> new FunderCost(fc.funderCode(), fc.funderName(), fc.funderType(), fc.participants(),
                            cost.getOrDefault(fc.funderCode(), 0L), fromCohorts.contains(fc.funderCode())))
                    .toList();
        });
    }

    /**
     * The yearly cost of each regency's participants (kabupaten/kota code as {@link #costs} tells the regencies
     * apart, null where not known), by the rule of {@link #costs}: per regency and funder the record its count
     * follows, so the regencies add up to the funders' costs and each is the cost its own dashboard shows. For a
     * province's per-regency table; an SQLite file is one office's (one regency). Every regency with participants
     * has its entry (0 when they cost nothing, e.g. self-paying workers outside the year's months).
     */
    public Map<String, Long> costsByRegency(int year, id.payung.domain.Scope scope) {
        Map<String, Long> byRegency = new HashMap<>();
        costsByRegencyAndFunder(year, scope).forEach((regency, funders) ->
                byRegency.put(regency, funders.values().stream().mapToLong(Long::longValue).sum()));
        return byRegency;
    }

    /**
     * {@link #costsByRegency} per funder: a regency's code (null where not known) to each of its funders' codes and
     * that funder's yearly cost there, in rupiah; the per-regency export's cost column.
     */
    public Map<String, Map<String, Long>> costsByRegencyAndFunder(int year, id.payung.domain.Scope scope) {
        return db.read(tx -> {
            Map<String, Map<String, Long>> out = new HashMap<>();
            regencyFunderCosts(tx, year, scope, stats.funderCountsByRegency(tx, year, scope), true).forEach((k, rp) ->
                    out.computeIfAbsent(k.regencyCode(), r -> new HashMap<>()).put(k.funderCode(), rp));
            return out;
        });
    }

    /**
     * The one cost rule of {@link #costs} and {@link #costsByRegencyAndFunder}: per regency and funder, where the
     * funder's cohorts count ({@code parts}, the larger side of that regency) their participants × the standard
     * package's year for their funder type, segment and sector; elsewhere its named enrollments, each group its count
     * × its covered months of the year at its own income, programmes, sector and the discounts in force. Every
     * (regency, funder) of {@code parts} has its entry, 0 when it costs nothing.
     *
     * @param everyRegency whether every funder's enrollments are told apart by regency (a per-regency table); else
     *                     only a funder's in the regencies where its cohorts count, its other names grouped under a
     *                     null regency: a funder's total is the same, and the read groups fewer rows
     *                     ({@link ParticipantStats#enrollmentGroups(id.payung.store.Tx, int, id.payung.domain.Scope, Map)})
     */
    private Map<RegencyFunder, Long> regencyFunderCosts(id.payung.store.Tx tx, int year, id.payung.domain.Scope scope,
                                                        List<ParticipantStats.RegencyCount> parts, boolean everyRegency) {
        Contributions c = new Contributions(rules.all(tx));
        Map<RegencyFunder, Long> cost = new HashMap<>();
        Set<RegencyFunder> cohortsCount = new HashSet<>();
        Map<String, Set<String>> apart = new HashMap<>();
        for (ParticipantStats.RegencyCount part : parts) {
            RegencyFunder k = new RegencyFunder(part.regencyCode(), part.count().funderCode());
            cost.putIfAbsent(k, 0L); // a funder of names without a cost still has its entry
            if (part.count().fromCohorts()) {
                cohortsCount.add(k);
                apart.computeIfAbsent(k.funderCode(), f -> new HashSet<>()).add(k.regencyCode());
            }
        }
        for (ParticipantStats.CohortGroup g : stats.cohortGroups(tx, year, scope)) {
            RegencyFunder k = new RegencyFunder(g.regencyCode(), g.funderCode());
            if (cohortsCount.contains(k)) {
                long perPerson = c.forYear(g.funderType(), g.segment(), g.sector(), STANDARD, Contributions.STANDARD_INCOME,
                        YearMonth.of(year, 1), YearMonth.of(year, 12), year);
                cost.merge(k, perPerson * g.participants(), Long::sum);
            }
        }
        // null: every funder's enrollments told apart by regency (a province's few hundred shape rows).
        for (ParticipantStats.EnrollmentGroup g : stats.enrollmentGroups(tx, year, scope, everyRegency ? null : apart)) {
            // A group not told apart (regency null) has no cohorts that count: its names do.
            RegencyFunder k = new RegencyFunder(g.regencyCode(), g.funderCode());
            if (!cohortsCount.contains(k)) {
                long perPerson = c.forYear(g.funderType(), g.segment(), g.sector(), g.programmes(), g.incomeRp(),
                        g.first(), g.last(), year);
                cost.merge(k, perPerson * g.count(), Long::sum);
            }
        }
        return cost;
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
     *
     * <p>On a server a plan is a regency's (funding_budget is keyed by regency, funder and year), and a provincial
     * reader reads every regency's: a funder planned by several regencies (APBD-PROV-NTT, APBN, CSR, MANDIRI) shows
     * their plans added up, see {@link #merged}. A clerk reads only their own regency's rows, so sees their own plan.
     *
     * <p>Only the funders that may pay in the office's regency are listed ({@link id.payung.domain.FunderRules#paysIn},
     * the rule the form and imports ask): a clerk of 53.10 planned nothing for APBD-KAB-5315 and may not, and saw every
     * regency's budget listed on a server. A provincial reader (and the server's owner) has no regency: every funder.
     * A funder with a plan saved for the year is listed whatever its region, so the plan is never hidden.
     */
    public List<BudgetPlan> plans(int year) {
        return db.read(tx -> {
            Contributions c = new Contributions(rules.all(tx));
            Map<String, FundingBudget> byFunder = new HashMap<>();
            funders.budgets(tx, year).forEach(b -> byFunder.merge(b.funderCode(), b, BudgetService::merged));
            Map<FunderType, Long> perPerson = new HashMap<>();
            String regency = plannedIn(tx);
            // A plan saved before for a funder that may not pay here stays listed, so it can be seen and cleared
            // (review 15): hiding it would keep it out of this office's totals but in the province's.
            return funders.all(tx).stream()
                    .filter(f -> id.payung.domain.FunderRules.concerns(f, regency, byFunder.keySet()))
                    .map((FundingSource f) -> {
                FundingBudget b = byFunder.get(f.code());
                long pp = perPerson.computeIfAbsent(f.type(), t -> standardYear(c, t, year));
                return new BudgetPlan(f.code(), f.name(), f.type(), year, b == null ? null : b.quota(),
                        b == null ? null : b.ceilingRp(), pp);
            }).toList();
        });
    }

    /**
     * The regency whose plans {@link #plans} lists: on a server the login's (none for a provincial reader and the
     * owner, who read every regency's; the meta row they read would be any one regency's), on a file the office's.
     */
    private String plannedIn(id.payung.store.Tx tx) {
        if (db.dialect() == id.payung.store.Dialect.POSTGRES) {
            return funders.ownRegency(tx);
        }
        return ReferenceService.officeRegency(tx);
    }

    /**
     * Two regencies' plans of one funder and year as one: quotas added, ceilings added. A number is unknown (null)
     * only when both are; where one regency entered a quota (or ceiling) and the other did not, the sum is the one
     * entered — the same rule as {@link BudgetPlan#total}, a regency without a quota has planned no headcount, and
     * its ceiling still counts. So the funder's gap is the province's: all its planned people against all its money.
     */
    static FundingBudget merged(FundingBudget a, FundingBudget b) {
        return new FundingBudget(a.funderCode(), a.year(), plus(a.quota(), b.quota()), plus(a.ceilingRp(), b.ceilingRp()));
    }

    private static Long plus(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(a + b);
    }

    /** One person's year at the standard package (income Rp 1.000.000, JKK+JKM, 12 months) for a funder type. */
    private static long standardYear(Contributions c, FunderType type, int year) {
        return c.forYear(type, Segment.BPU, Sector.OTHER, STANDARD, Contributions.STANDARD_INCOME,
                YearMonth.of(year, 1), YearMonth.of(year, 12), year);
    }
}
