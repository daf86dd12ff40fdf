package id.payung.domain;

/**
 * What a funder's participants cost in a year. {@code fromCohorts} tells which record the cost follows:
 * the same rule as the counts — per regency, the cohort when it is at least as large as the named list, else the
 * names; true when the cohorts' cost is followed in at least one regency (over several regencies the cost may follow
 * one regency's cohort and another's names).
 */
public record FunderCost(String funderCode, String funderName, FunderType funderType, long participants, long costRp,
                         boolean fromCohorts) {
}
