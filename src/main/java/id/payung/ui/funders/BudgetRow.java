package id.payung.ui.funders;

import id.payung.domain.BudgetPlan;
import id.payung.domain.FundingSource;

/**
 * A line of the quota and ceiling table: one funder's plan for the chosen year, or (funder and plan null) the
 * year's total, which stays the last line and cannot be edited.
 */
public record BudgetRow(FundingSource funder, int year, BudgetPlan plan, BudgetPlan.Total total) {

    /** A funder's line. */
    static BudgetRow of(FundingSource funder, BudgetPlan plan) {
        return new BudgetRow(funder, plan.year(), plan, null);
    }

    /** The total line. */
    static BudgetRow of(BudgetPlan.Total total) {
        return new BudgetRow(null, total.year(), null, total);
    }

    public boolean isTotal() {
        return total != null;
    }

    public Long quota() {
        return isTotal() ? total.quota() : plan.quota();
    }

    public Long ceilingRp() {
        return isTotal() ? total.ceilingRp() : plan.ceilingRp();
    }

    /** The standard package's yearly cost of one person; null on the total line and for a funder without a plan. */
    public Long perPersonRp() {
        return isTotal() || !plan.planned() ? null : plan.perPersonRp();
    }

    public Long maxHeadcount() {
        return isTotal() ? null : plan.maxHeadcount();
    }

    public Long quotaCostRp() {
        return isTotal() ? total.quotaCostRp() : plan.quotaCostRp();
    }

    /** Positive: money missing (kurang); negative: money left (sisa); null when not both known. */
    public Long gapRp() {
        return isTotal() ? total.gapRp() : plan.gapRp();
    }
}
