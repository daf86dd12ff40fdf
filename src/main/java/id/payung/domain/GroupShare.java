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
     * {@link FundingShare}: per regency and funder the groups add up to the larger of the named persons and the
     * cohorts ({@link FunderCount}), never the larger of the two per group added up, which would count a person twice,
     * nor per funder over several regencies, which would hide one regency's names behind another's cohort. How one
     * regency's funder is split is {@link #split}. Largest group first, ties by name; the unknown group last. Groups
     * with no participants are left out.
     */
    public static List<GroupShare> of(List<GroupCount> counts) {
        Map<RegencyFunder, Map<String, long[]>> perFunder = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (GroupCount c : counts) {
            long[] sums = perFunder.computeIfAbsent(new RegencyFunder(c.regencyCode(), c.funderCode()),
                    k -> new LinkedHashMap<>()).computeIfAbsent(c.groupCode(), k -> new long[2]);
            sums[0] += c.namedPersons();
            sums[1] += c.declared();
            names.putIfAbsent(c.groupCode(), c.groupName());
        }
        Map<String, Long> byGroup = new LinkedHashMap<>();
        perFunder.values().forEach(groups -> split(groups).forEach((code, n) -> byGroup.merge(code, n, Long::sum)));
        long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
        return byGroup.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new GroupShare(e.getKey(), e.getKey() == null ? "" : nameOf(e.getKey(), names), e.getValue(),
                        100.0 * e.getValue() / total))
                .sorted(Comparator.comparing(GroupShare::unknown)
                        .thenComparing(Comparator.comparingLong(GroupShare::participants).reversed())
                        .thenComparing(GroupShare::name))
                .toList();
    }

    /**
     * The rule, written once, of how one regency's funder's participants ({@code max(named, declared)}, {@link
     * FunderCount}) fall into groups, from its named persons ({@code [0]}) and cohort headcount ({@code [1]}) per group
     * (null: not known). Names are the annex of the cohort, never added to it, and a named person says where they live
     * and what they do, which a headcount may not: <em>every named person keeps their group</em>, and the cohorts add
     * only the people they declare beyond the names. A cohort's headcount in a group first covers that group's names;
     * the names it leaves over (named in a group whose cohort is smaller, or that has none) are taken out of the other
     * groups' cohort headcount, the unknown group's first (a cohort entered without a kecamatan or occupation covers
     * names anywhere), then the largest first (ties by code). So a cohort of 1.000 without a kecamatan and 2 named
     * persons in Langke Rembong give Langke Rembong 2 and "not recorded" 998 (trial 18, where the 2 had vanished
     * under the 1.000); with as many names as the cohort declares, or more, each group is its names.
     */
    static Map<String, Long> split(Map<String, long[]> groups) {
        Map<String, Long> out = new LinkedHashMap<>();
        Map<String, Long> spare = new HashMap<>();
        long leftOver = 0;
        for (Map.Entry<String, long[]> e : groups.entrySet()) {
            long named = e.getValue()[0];
            long declared = e.getValue()[1];
            out.put(e.getKey(), Math.max(named, declared));
            leftOver += Math.max(0, named - declared);
            if (declared > named) {
                spare.put(e.getKey(), declared - named);
            }
        }
        List<String> order = spare.keySet().stream().sorted(Comparator.comparing((String code) -> code != null)
                .thenComparing(Comparator.comparingLong((String code) -> spare.get(code)).reversed())
                .thenComparing(Comparator.nullsFirst(Comparator.<String>naturalOrder()))).toList();
        for (String code : order) {
            if (leftOver == 0) {
                break;
            }
            long taken = Math.min(leftOver, spare.get(code));
            out.merge(code, -taken, Long::sum);
            leftOver -= taken;
        }
        return out;
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
