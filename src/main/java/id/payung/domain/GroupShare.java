package id.payung.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One group's (a kecamatan's or an occupation's) part of the participants. A null code means "not
 * known"; percent is 0–100 of the breakdown's total.
 */
public record GroupShare(String code, String name, long participants, double percent) {

    /** True for the group of participants whose kecamatan or occupation is not known. */
    public boolean unknown() {
        return code == null;
    }

    /**
     * Combines per-funder counts into groups so that the groups add up to the funders' totals in
     * {@link FundingShare}: per regency and funder the breakdown follows the record its count follows (the
     * cohorts when they declare more than there are names in that regency, else the named persons; see
     * {@link FunderCount}), never the larger of the two per group, which would count a person twice, nor per funder
     * over several regencies, which would hide one regency's names behind another's cohort.
     * Largest group first, ties by name; the unknown group last. Groups with no participants are left out.
     */
    public static List<GroupShare> of(List<GroupCount> counts) {
        Map<RegencyFunder, long[]> perFunder = new HashMap<>();
        for (GroupCount c : counts) {
            long[] sums = perFunder.computeIfAbsent(new RegencyFunder(c.regencyCode(), c.funderCode()), k -> new long[2]);
            sums[0] += c.namedPersons();
            sums[1] += c.declared();
        }
        Map<String, Long> byGroup = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (GroupCount c : counts) {
            long[] sums = perFunder.get(new RegencyFunder(c.regencyCode(), c.funderCode()));
            long n = FunderCount.cohortsCount(sums[0], sums[1]) ? c.declared() : c.namedPersons();
            byGroup.merge(c.groupCode(), n, Long::sum);
            names.putIfAbsent(c.groupCode(), c.groupName());
        }
        long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
        return byGroup.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new GroupShare(e.getKey(), e.getKey() == null ? "" : nameOf(e.getKey(), names), e.getValue(),
                        100.0 * e.getValue() / total))
                .sorted(Comparator.comparing(GroupShare::unknown)
                        .thenComparing(Comparator.comparingLong(GroupShare::participants).reversed())
                        .thenComparing(GroupShare::name))
                .toList();
    }

    /** The unit whose names and cohorts are weighed against each other (a null regency is one unit too). */
    private record RegencyFunder(String regencyCode, String funderCode) {
    }

    private static String nameOf(String code, Map<String, String> names) {
        String name = names.get(code);
        return name == null ? code : name;
    }

    /** Sum of participants over the groups. */
    public static long total(List<GroupShare> groups) {
        return groups.stream().mapToLong(GroupShare::participants).sum();
    }
}
