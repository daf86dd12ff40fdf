package id.payung.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Monthly contributions from the dated rate rules: per programme a flat amount or a percentage of
 * declared income (wage for PU), then any discount in force for that funder type and sector (PP 50/2025),
 * rounded to whole rupiah. The standard government-paid BPU package at the lowest income is
 * Rp 10.000 (JKK 1 % of Rp 1.000.000) + Rp 6.800 (JKM) = Rp 16.800.
 */
public final class Contributions {
    /** Income assumed for cohorts, whose members' incomes are not known: the lowest BPU bracket. */
    public static final long STANDARD_INCOME = 1_000_000;

    private final List<RateRule> rules;

    public Contributions(List<RateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** What one person costs for one month, in whole rupiah. */
    public long monthly(FunderType funder, Segment segment, Sector sector, Set<Programme> programmes, long incomeRp,
                        YearMonth month) {
        LocalDate day = month.atDay(1);
        long total = 0;
        for (Programme p : programmes) {
            BigDecimal amount = base(segment, p, incomeRp, day);
            for (RateRule r : rules) {
                if (r.kind() == RateRule.RateKind.DISCOUNT_PERCENT && applies(r, funder, segment, sector, p, day)) {
                    amount = amount.multiply(BigDecimal.valueOf(100).subtract(r.percent())).divide(BigDecimal.valueOf(100));
                }
            }
            total += amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return total;
    }

    /** What one person costs over the months of {@code year} that {@code first..last} covers. */
    public long forYear(FunderType funder, Segment segment, Sector sector, Set<Programme> programmes, long incomeRp,
                        YearMonth first, YearMonth last, int year) {
        YearMonth from = first.isBefore(YearMonth.of(year, 1)) ? YearMonth.of(year, 1) : first;
        YearMonth to = last == null || last.isAfter(YearMonth.of(year, 12)) ? YearMonth.of(year, 12) : last;
        long total = 0;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            total += monthly(funder, segment, sector, programmes, incomeRp, m);
        }
        return total;
    }

    private BigDecimal base(Segment segment, Programme p, long incomeRp, LocalDate day) {
        for (RateRule r : rules) {
            if (r.segment() == segment && r.programme() == p && r.validOn(day)) {
                if (r.kind() == RateRule.RateKind.AMOUNT) {
                    return BigDecimal.valueOf(r.amountRp());
                }
                if (r.kind() == RateRule.RateKind.PERCENT) {
                    return BigDecimal.valueOf(incomeRp).multiply(r.percent()).divide(BigDecimal.valueOf(100));
                }
            }
        }
        return BigDecimal.ZERO;
    }

    private static boolean applies(RateRule r, FunderType funder, Segment segment, Sector sector, Programme p,
                                   LocalDate day) {
        return r.segment() == segment && r.programme() == p && r.validOn(day)
                && (r.funderTypes().isEmpty() || r.funderTypes().contains(funder))
                && (r.sectors().isEmpty() || r.sectors().contains(sector));
    }
}
