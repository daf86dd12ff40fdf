package id.payung.domain;

import java.util.List;

/** One funder's slice of the year's participants. Percent is 0–100. */
public record FundingShare(String funderCode, String funderName, FunderType funderType,
                           long participants, double percent) {

    /**
     * Turns counts into shares of their total, dropping funders with no participants and keeping the
     * given order. Percentages of an empty total are 0.
     */
    public static List<FundingShare> of(List<FunderCount> counts) {
        long total = counts.stream().mapToLong(FunderCount::participants).sum();
        return counts.stream()
                .filter(c -> c.participants() > 0)
                .map(c -> new FundingShare(c.funderCode(), c.funderName(), c.funderType(), c.participants(),
                        total == 0 ? 0 : 100.0 * c.participants() / total))
                .toList();
    }

    /** Sum of participants over the shares. */
    public static long total(List<FundingShare> shares) {
        return shares.stream().mapToLong(FundingShare::participants).sum();
    }
}
