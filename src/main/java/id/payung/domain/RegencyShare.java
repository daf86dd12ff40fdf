package id.payung.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One regency's (kabupaten/kota) participants in a year, per funder: the named persons, the declared cohort
 * headcount and the participants counted ({@link FunderCount#participants()}: the larger of the two, names being
 * part of the cohort). A null code means the regency is not known; percent is 0–100 of all regencies' total.
 */
public record RegencyShare(String code, String name, List<FunderCount> funders, double percent) {

    public RegencyShare {
        funders = List.copyOf(funders);
    }

    /** True for the participants whose regency is not known. */
    public boolean unknown() {
        return code == null;
    }

    /** Named persons over the funders. */
    public long namedPersons() {
        return funders.stream().mapToLong(FunderCount::namedPersons).sum();
    }

    /** Declared cohort headcount over the funders (0 where the regency has no cohort). */
    public long declared() {
        return funders.stream().mapToLong(FunderCount::declared).sum();
    }

    /** Participants counted over the funders. */
    public long participants() {
        return funders.stream().mapToLong(FunderCount::participants).sum();
    }

    /**
     * Combines per-funder counts grouped by regency into regencies. Each regency's funder counts the larger of its
     * named persons and its cohorts <em>in that regency</em>: a regency's cohort declares that regency's list, so
     * the row is the number that regency's own dashboard shows (taking the larger over the whole province would
     * drop one regency's names behind another's cohort). Largest regency first, ties by name, the unknown one last;
     * within a regency its funders in {@link FunderOrder}. Regencies with no participants are left out.
     *
     * @param funders a funder by its code, for its name and type (a code it lacks shows as itself, type OTHER)
     */
    public static List<RegencyShare> of(List<GroupCount> counts, Function<String, FundingSource> funders) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<FunderCount>> byRegency = new LinkedHashMap<>();
        for (GroupCount c : counts) {
            if (c.namedPersons() == 0 && c.declared() == 0) {
                continue;
            }
            names.putIfAbsent(c.groupCode(), c.groupName() == null ? c.groupCode() : c.groupName());
            FundingSource f = funders.apply(c.funderCode());
            byRegency.computeIfAbsent(c.groupCode(), k -> new java.util.ArrayList<>()).add(f == null
                    ? new FunderCount(c.funderCode(), c.funderCode(), FunderType.OTHER, c.namedPersons(), c.declared())
                    : new FunderCount(c.funderCode(), f.name(), f.type(), c.namedPersons(), c.declared()));
        }
        long total = byRegency.values().stream().flatMap(List::stream).mapToLong(FunderCount::participants).sum();
        return byRegency.entrySet().stream()
                .map(e -> new RegencyShare(e.getKey(), e.getKey() == null ? "" : names.get(e.getKey()),
                        e.getValue().stream().sorted(FunderOrder.COUNTS).toList(),
                        0))
                .map(r -> new RegencyShare(r.code(), r.name(), r.funders(), total == 0 ? 0 : 100.0 * r.participants() / total))
                .sorted(Comparator.comparing(RegencyShare::unknown)
                        .thenComparing(Comparator.comparingLong(RegencyShare::participants).reversed())
                        .thenComparing(RegencyShare::name))
                .toList();
    }

    /**
     * {@code shares} with a row of 0 for each of {@code regencies} it lacks (a province sees who has not reported yet:
     * trial 20a), in the order of {@link #of}: largest first, ties (the rows of 0 among them) by name, the unknown last.
     */
    public static List<RegencyShare> withEvery(List<RegencyShare> shares, List<Region> regencies) {
        List<RegencyShare> all = new java.util.ArrayList<>(shares);
        withNone(shares, regencies).forEach(r -> all.add(new RegencyShare(r.code(), r.name(), List.of(), 0)));
        all.sort(Comparator.comparing(RegencyShare::unknown)
                .thenComparing(Comparator.comparingLong(RegencyShare::participants).reversed())
                .thenComparing(RegencyShare::name));
        return List.copyOf(all);
    }

    /**
     * The {@code regencies} that {@code shares} lacks: those with no participants (who has not reported yet, trial 20a),
     * in the order given. The province's year report names them together under its table of the others.
     */
    public static List<Region> withNone(List<RegencyShare> shares, List<Region> regencies) {
        java.util.Set<String> listed = new java.util.HashSet<>();
        shares.forEach(r -> listed.add(r.code()));
        return regencies.stream().filter(r -> !listed.contains(r.code())).toList();
    }

    /** Participants over the regencies. */
    public static long total(List<RegencyShare> regencies) {
        return regencies.stream().mapToLong(RegencyShare::participants).sum();
    }
}
