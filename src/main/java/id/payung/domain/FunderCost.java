package id.payung.domain;

/**
 * What a funder's participants cost in a year. {@code fromCohorts} tells which record the cost follows:
 * the same rule as the counts — per regency, the cohort when it is at least as large as the named list, else the
 * names; true when the cohorts' cost is followed in at least one regency (over several regencies the cost may follow
 * one regency's cohort and another's names).
 */
public record FunderCost(String funderCode, String funderName, FunderType funderType, long participants, long costRp,
                         boolean fromCohorts) {
    /**
     * What the government budgets pay of these costs (APBD province and regency, APBDes, APBN:
     * {@link FunderType#isGovernment}): the figure a head of office reports to the regent, beside the total that
     * also holds self-paying workers' own contributions and CSR donors'.
     */
    public static long governmentBudgetRp(java.util.Collection<FunderCost> costs) {
        return costs.stream().filter(c -> c.funderType() != null && c.funderType().isGovernment())
                .mapToLong(FunderCost::costRp).sum();
    }
}
