package id.payung.domain;

/**
 * The answer to "how many can this ceiling pay for": the yearly cost of one person at the standard
 * package, the largest headcount the ceiling covers, and for a growth target its cost and the gap
 * (positive: money missing; negative: money left).
 */
public record BudgetForecast(int year, long ceilingRp, long perPersonRp, long maxHeadcount, Long targetHeadcount,
                             Long targetCostRp, Long gapRp) {
}
