package id.payung.service;

import id.payung.domain.Contributions;
import id.payung.domain.FunderType;
import id.payung.domain.Programme;
import id.payung.domain.RateRule;
import id.payung.domain.Sector;
import id.payung.domain.Segment;
import id.payung.domain.SelfPayingTariff;
import id.payung.domain.SelfPayingTransition;
import id.payung.store.Database;
import id.payung.store.RateRuleRepository;
import id.payung.store.ReportQueries;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The move the regency hopes for: government-paid workers (its "stimulus") continuing as self-paying
 * (<em>mandiri</em>) participants once that funding ends.
 *
 * <p>A worker's cohort year is the year their government funding ended (the last month of their latest
 * APBN/APBD/APBDes-paid enrollment, before the current month, with none still open): that is when the
 * office starts hoping they continue. They count as continued when a self-paying enrollment of theirs
 * reaches past that month. The aggregate cohorts (headcounts without names) cannot be followed person by
 * person and are not part of this.
 */
public final class TransitionService {
    private static final Set<Programme> STANDARD = Set.of(Programme.JKK, Programme.JKM);

    private final Database db;
    private final Clock clock;
    private final ReportQueries queries = new ReportQueries();
    private final RateRuleRepository rules = new RateRuleRepository();

    public TransitionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * One row per year in which government funding ended, oldest first, with how many continued, how many
     * are still covered this month, and what those who continue pay in {@code year} (their own incomes,
     * programmes and sectors, with the discounts in force month by month).
     */
    public List<SelfPayingTransition> transitions(int year) {
        YearMonth now = YearMonth.now(clock);
        return db.read(tx -> {
            Contributions c = new Contributions(rules.all(tx));
            Map<Integer, long[]> costs = new HashMap<>(); // end year → {cost, person-months}
            for (ReportQueries.ContinuingGroup g : queries.continuingGroups(tx, now, year)) {
                long perPerson = c.forYear(FunderType.MANDIRI, g.segment(), g.sector(), g.programmes(), g.incomeRp(),
                        g.first(), g.last(), year);
                long[] sum = costs.computeIfAbsent(g.endYear(), y -> new long[2]);
                sum[0] += perPerson * g.count();
                sum[1] += monthsIn(g.first(), g.last(), year) * g.count();
            }
            List<SelfPayingTransition> rows = new ArrayList<>();
            for (ReportQueries.TransitionCount t : queries.transitions(tx, now)) {
                long[] sum = costs.getOrDefault(t.endYear(), new long[2]);
                rows.add(new SelfPayingTransition(t.endYear(), t.ended(), t.continued(), t.activeNow(), year, sum[0], sum[1]));
            }
            return rows;
        });
    }

    /**
     * What continuing costs one self-paying worker in {@code year}, per sector (transport first), month by
     * month: the standard package with the PP 50/2025 discount where its window covers the month.
     */
    public List<SelfPayingTariff> tariffs(int year) {
        return db.read(tx -> {
            List<RateRule> all = rules.all(tx);
            Contributions c = new Contributions(all);
            // The same rules without discounts: what the package costs when no window applies.
            Contributions full = new Contributions(all.stream().filter(r -> r.kind() != RateRule.RateKind.DISCOUNT_PERCENT)
                    .toList());
            List<SelfPayingTariff> out = new ArrayList<>();
            for (Sector sector : List.of(Sector.TRANSPORT, Sector.OTHER)) {
                List<Long> months = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    months.add(c.monthly(FunderType.MANDIRI, Segment.BPU, sector, STANDARD, Contributions.STANDARD_INCOME,
                            YearMonth.of(year, m)));
                }
                long undiscounted = full.monthly(FunderType.MANDIRI, Segment.BPU, sector, STANDARD,
                        Contributions.STANDARD_INCOME, YearMonth.of(year, 12));
                out.add(new SelfPayingTariff(sector, year, undiscounted, months));
            }
            return out;
        });
    }

    private static long monthsIn(YearMonth first, YearMonth last, int year) {
        YearMonth from = first.isBefore(YearMonth.of(year, 1)) ? YearMonth.of(year, 1) : first;
        YearMonth to = last == null || last.isAfter(YearMonth.of(year, 12)) ? YearMonth.of(year, 12) : last;
        return from.isAfter(to) ? 0 : from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }
}
