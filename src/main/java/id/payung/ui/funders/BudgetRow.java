package id.payung.ui.funders;

import id.payung.domain.BudgetForecast;
import id.payung.domain.FundingSource;

/** One funder's quota and ceiling in the chosen year (null when not set), and what the ceiling pays for. */
public record BudgetRow(FundingSource funder, int year, Long quota, Long ceilingRp, BudgetForecast forecast) {
}
