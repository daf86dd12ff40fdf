package id.payung.ui.funders;

import id.payung.domain.FundingSource;

/** One funder's quota and ceiling in the chosen year (null when not set). */
public record BudgetRow(FundingSource funder, int year, Long quota, Long ceilingRp) {
}
