package id.payung.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A funder's plan for one year as the office enters it (Sumber dana → Kuota dan pagu): the quota (headcount)
 * and the ceiling (whole rupiah), either unknown, weighed at the standard package's yearly cost of one person
 * for the funder's type. Screen and command line read the same numbers from here.
 */
public record BudgetPlan(String funderCode, String funderName, FunderType funderType, int year, Long quota,
                         Long ceilingRp, long perPersonRp) {

    /** Whether the office entered a quota or a ceiling for the year. */
    public boolean planned() {
        return quota != null || ceilingRp != null;
    }

    /** How many people the ceiling pays for in the year; null without a ceiling. */
    public Long maxHeadcount() {
        return ceilingRp == null ? null : perPersonRp == 0 ? 0 : ceilingRp / perPersonRp;
    }

    /** What the quota costs in the year (quota × yearly package); null without a quota. */
    public Long quotaCostRp() {
        return quota == null ? null : quota * perPersonRp;
    }

    /** Quota cost minus ceiling: positive is money missing (kurang), negative money left (sisa); null unless both known. */
    public Long gapRp() {
        return quota == null || ceilingRp == null ? null : quotaCostRp() - ceilingRp;
    }

    /**
     * The year's plans added up: quota, ceiling and quota cost over the funders that have one, and the gap
     * over the funders that have both (a funder with only a ceiling has no shortfall to add). Null where no
     * funder has the number.
     */
    public static Total total(int year, List<BudgetPlan> plans) {
        return new Total(year, sum(plans, BudgetPlan::quota), sum(plans, BudgetPlan::ceilingRp),
                sum(plans, BudgetPlan::quotaCostRp), sum(plans, BudgetPlan::gapRp));
    }

    private static Long sum(List<BudgetPlan> plans, Function<BudgetPlan, Long> value) {
        List<Long> known = plans.stream().map(value).filter(Objects::nonNull).toList();
        return known.isEmpty() ? null : known.stream().mapToLong(Long::longValue).sum();
    }

    /** All funders' plans of a year together; the gap's sign as in {@link BudgetPlan#gapRp()}. */
    public record Total(int year, Long quota, Long ceilingRp, Long quotaCostRp, Long gapRp) {
    }
}
