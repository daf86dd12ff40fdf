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
 * The one order funders are listed in wherever a year's funders are shown side by side: the pie and its legend,
 * the shares table, a regency's funders, the trend's series. The largest in the year first, ties by name (then by
 * code, so two funders of one name keep one order). Over several years (the trend), the funders of the year shown
 * (the dashboard's chosen year, the report's year) in that order, then the funders absent from that year, those of
 * the latest year first, each year's in its own order. (The trend listed its funders as they first appeared, so
 * the regency's 1.000 of 2023 stood before the province's 4.280 of 2025, unlike the pie beside it: trial 16.)
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

    /**
     * The funders' codes over the years, in the order of {@code year}: that year's funders largest first (ties by
     * name), then each funder the year has none of, as the latest year that has it orders it (newer years first).
     * A year missing from {@code byYear} (a year ahead of the trend) puts every funder in the second group.
     *
     * @param byYear each year's shares, in any order
     */
    public static List<String> overYears(int year, Map<Integer, ? extends Collection<FundingShare>> byYear) {
        Collection<FundingShare> shown = byYear.get(year);
        return overYears(shown == null ? List.of() : shown, byYear);
    }

    /**
     * {@link #overYears(int, Map)} with the year shown's shares given (the report's shares of a year the trend may not
     * reach).
     */
    public static List<String> overYears(Collection<FundingShare> yearShown, Map<Integer, ? extends Collection<FundingShare>> byYear) {
        LinkedHashSet<String> order = new LinkedHashSet<>();
        sorted(yearShown).forEach(s -> order.add(s.funderCode()));
        List<Integer> newestFirst = new ArrayList<>(byYear.keySet());
        newestFirst.sort(Comparator.reverseOrder());
        for (int y : newestFirst) {
            sorted(byYear.get(y)).forEach(s -> order.add(s.funderCode()));
        }
        return List.copyOf(order);
    }
}
