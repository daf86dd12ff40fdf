package id.payung.domain;

import java.util.List;

/**
 * What continuing as a self-paying BPU participant costs one worker of a sector in a year, month by month,
 * at the standard package (JKK + JKM at the lowest declared income) with any discount in force (PP 50/2025).
 */
public record SelfPayingTariff(Sector sector, int year, long undiscountedMonthRp, List<Long> monthlyRp) {
    public SelfPayingTariff {
        monthlyRp = List.copyOf(monthlyRp);
        if (monthlyRp.size() != 12) {
            throw new IllegalArgumentException("12 months expected, got " + monthlyRp.size());
        }
    }

    /** The sum of the twelve months. */
    public long yearRp() {
        return monthlyRp.stream().mapToLong(Long::longValue).sum();
    }

    /** The monthly amount without any discount (the package as the rate rules set it). */
    public long fullMonthRp() {
        return undiscountedMonthRp;
    }

    /** Months (1–12) in which a discount lowers the amount below the undiscounted one. */
    public List<Integer> discountMonths() {
        return java.util.stream.IntStream.rangeClosed(1, 12).filter(m -> monthlyRp.get(m - 1) < undiscountedMonthRp)
                .boxed().toList();
    }

    /** The lowest monthly amount (with discount, if any). */
    public long discountedMonthRp() {
        return monthlyRp.stream().mapToLong(Long::longValue).min().orElse(0);
    }
}
