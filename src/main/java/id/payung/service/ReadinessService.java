package id.payung.service;

import id.payung.domain.BenefitClaim;
import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.domain.FunderCost;
import id.payung.domain.FundingBudget;
import id.payung.domain.Occupation;
import id.payung.domain.Programme;
import id.payung.domain.ReadinessSummary;
import id.payung.store.Database;
import id.payung.store.ReportQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The award-readiness summary: regulations, awards, participants and growth, budget, village officials
 * covered and benefits paid, gathered for one year from what the office has recorded.
 */
public final class ReadinessService {
    private final Database db;
    private final DashboardService dashboard;
    private final BudgetService budget;
    private final FundingService funding;
    private final ReferenceService reference;
    private final BenefitService benefits;
    private final Supplier<Settings> settings;
    private final ReportQueries queries = new ReportQueries();

    public ReadinessService(Database db, DashboardService dashboard, BudgetService budget, FundingService funding,
                            ReferenceService reference, BenefitService benefits, Supplier<Settings> settings) {
        this.db = db;
        this.dashboard = dashboard;
        this.budget = budget;
        this.funding = funding;
        this.reference = reference;
        this.benefits = benefits;
        this.settings = settings;
    }

    /**
     * The summary as of {@code year}: regulations and awards recorded up to its end, figures for every
     * year with participants up to it, village officials and benefits of the year itself.
     */
    public ReadinessSummary summary(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Event> events = reference.events();
        List<Event> regulations = events.stream().filter(e -> e.kind() == EventKind.REGULATION && !e.date().isAfter(end))
                .toList();
        List<Event> awards = events.stream().filter(e -> e.kind() == EventKind.AWARD && !e.date().isAfter(end)).toList();
        List<Event> payoutEvents = events.stream()
                .filter(e -> e.kind() == EventKind.BENEFIT_PAYOUT && e.date().getYear() == year).toList();

        List<ReadinessSummary.YearFigures> figures = new ArrayList<>();
        Long previous = null;
        for (int y : dashboard.years()) {
            if (y > year) {
                break;
            }
            List<FunderCost> costs = budget.costs(y);
            long participants = costs.stream().mapToLong(FunderCost::participants).sum();
            long cost = costs.stream().mapToLong(FunderCost::costRp).sum();
            List<FundingBudget> plans = funding.budgets(y);
            Long quota = sum(plans.stream().map(FundingBudget::quota).toList());
            Long ceiling = sum(plans.stream().map(FundingBudget::ceilingRp).toList());
            figures.add(new ReadinessSummary.YearFigures(y, participants, previous == null ? null : participants - previous,
                    cost, quota, ceiling));
            previous = participants;
        }

        List<FundingBudget> plans = funding.budgets(year);
        List<ReadinessSummary.FunderBudget> funders = new ArrayList<>();
        for (FunderCost c : budget.costs(year)) {
            // A funder's plans of every regency the login reads, summed (a provincial reader's: BudgetService.merged).
            FundingBudget plan = plans.stream().filter(b -> b.funderCode().equals(c.funderCode()))
                    .reduce(BudgetService::merged).orElse(null);
            funders.add(new ReadinessSummary.FunderBudget(c.funderCode(), c.funderName(), c.participants(), c.costRp(),
                    plan == null ? null : plan.quota(), plan == null ? null : plan.ceilingRp()));
        }

        // A regency's desa; a provincial reader's, its province's (its settings name no regency: the check said
        // "Daftar desa belum dimuat" with the desa loaded, trial 20a).
        String regency = settings.get().regencyCode() != null ? settings.get().regencyCode()
                : db.read(tx -> new id.payung.store.RegencyStats().provinceOfLogin(tx)).orElse(null);
        ReportQueries.VillageOfficials v = regency == null ? new ReportQueries.VillageOfficials(0, 0, 0)
                : db.read(tx -> queries.villageOfficials(tx, year, regency, Occupation.VILLAGE_OFFICIAL));

        List<ReadinessSummary.BenefitTotal> totals = new ArrayList<>();
        List<BenefitClaim> claims = benefits.ofYear(year);
        for (Programme p : List.of(Programme.JKK, Programme.JKM)) {
            List<BenefitClaim> of = claims.stream().filter(c -> c.programme() == p).toList();
            totals.add(new ReadinessSummary.BenefitTotal(p, of.size(), of.stream().mapToLong(BenefitClaim::beneficiaries).sum(),
                    of.stream().mapToLong(BenefitClaim::amountRp).sum()));
        }
        return new ReadinessSummary(year, regulations, awards, figures, funders,
                new ReadinessSummary.VillageCoverage(v.officials(), v.desaCovered(), v.desaTotal()), totals, payoutEvents,
                dashboard.funderGaps(year, id.payung.domain.Scope.ALL));
    }

    private static Long sum(List<Long> values) {
        return values.stream().allMatch(Objects::isNull) ? null
                : values.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }
}
