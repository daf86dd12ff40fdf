package id.payung.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The orders funders are listed in. In one year (the pie and its legend, the shares table, a regency's funders): the
 * largest in the year first, ties by name (then by code, so two funders of one name keep one order). Over several years
 * (the dashboard's trend, the year report's growth table): one fixed order whatever year is chosen, by kind of funder as
 * {@link FunderType} declares them (province, regency, village, APBN, company, self-paid, other: the per-regency chart's
 * order too), then by name, then by code, so two years' slides stack and list their funders alike. (The trend followed
 * the chosen year's pie, so the slides of 2025 and 2026 put the province and the regency in turns at the bottom.)
 */
public final class FunderOrder {
    private FunderOrder() {
    }

    /** Largest first, ties by name, then by code: for any record of a funder's count in one year. */
    public static <T> Comparator<T> of(ToLongFunction<T> participants, Function<T, String> name, Function<T, String> code) {
        Comparator<T> largest = Comparator.comparingLong(participants).reversed();
        return largest.thenComparing(name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(code, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** {@link #of} for counts. */
    public static final Comparator<FunderCount> COUNTS =
            of(FunderCount::participants, FunderCount::funderName, FunderCount::funderCode);

    /** {@link #of} for shares. */
    public static final Comparator<FundingShare> SHARES =
            of(FundingShare::participants, FundingShare::funderName, FundingShare::funderCode);

    /** The shares in the order: a new list. */
    public static List<FundingShare> sorted(Collection<FundingShare> shares) {
        List<FundingShare> out = new ArrayList<>(shares);
        out.sort(SHARES);
        return out;
    }

    /** Over several years: by kind of funder ({@link FunderType}'s order), then by name, then by code. */
    public static final Comparator<FundingShare> OVER_YEARS = Comparator.comparing(FundingShare::funderType,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FundingShare::funderName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FundingShare::funderCode, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The funders' codes over the years in {@link #OVER_YEARS}' order, each once: the trend's series (stack bottom to
     * top, legend top to bottom) and the growth table's columns, the same whatever year is shown.
     *
     * @param byYear each year's shares, in any order
     */
    public static List<String> overYears(Map<Integer, ? extends Collection<FundingShare>> byYear) {
        List<FundingShare> all = new ArrayList<>();
        byYear.values().forEach(all::addAll);
        all.sort(OVER_YEARS);
        LinkedHashSet<String> order = new LinkedHashSet<>();
        all.forEach(s -> order.add(s.funderCode()));
        return List.copyOf(order);
    }
}
