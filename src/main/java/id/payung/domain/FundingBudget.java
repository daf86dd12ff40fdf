package id.payung.domain;

/** A funder's planned headcount (quota) and budget ceiling in whole rupiah for one year; either may be unknown. */
public record FundingBudget(String funderCode, int year, Long quota, Long ceilingRp) {
}
