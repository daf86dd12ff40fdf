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

    /**
     * Whether what the government budgets pay ({@link #governmentBudgetRp}) is a part of the total worth a line of its
     * own: some funder of these with participants or a cost is not a government budget (self-paying workers, a CSR
     * donor, a funder of no known kind). When every one is, the line would only repeat the total (trial 21a), and the
     * dashboard and the year report leave it out.
     */
    public static boolean governmentBudgetIsPart(java.util.Collection<FunderCost> costs) {
        return costs.stream().anyMatch(c -> (c.participants() > 0 || c.costRp() > 0)
                && (c.funderType() == null || !c.funderType().isGovernment()));
    }
}
