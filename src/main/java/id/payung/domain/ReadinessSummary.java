package id.payung.domain;

import java.util.List;

/**
 * What an award jury (Paritrana: policy, implementation, coverage) asks a regency for, as of one year:
 * regulations in force, awards so far, participants, growth and budget per year, village officials
 * covered, and benefits paid. {@code funderGaps}: the funders with participants in the year before and none (or under a tenth) recorded
 * in the summary's year ({@link FunderGap#of}), said beside the growth; empty when every one has data.
 */
public record ReadinessSummary(int year, List<Event> regulations, List<Event> awards, List<YearFigures> years,
                               List<FunderBudget> funders, VillageCoverage villages, List<BenefitTotal> benefits,
                               List<Event> benefitEvents, List<FunderGap> funderGaps) {
    public ReadinessSummary {
        funderGaps = List.copyOf(funderGaps);
        funders = List.copyOf(funders);
        regulations = List.copyOf(regulations);
        awards = List.copyOf(awards);
        years = List.copyOf(years);
        benefits = List.copyOf(benefits);
        benefitEvents = List.copyOf(benefitEvents);
    }

    /** A summary whose year has data for every funder of the year before. */
    public ReadinessSummary(int year, List<Event> regulations, List<Event> awards, List<YearFigures> years,
                            List<FunderBudget> funders, VillageCoverage villages, List<BenefitTotal> benefits,
                            List<Event> benefitEvents) {
        this(year, regulations, awards, years, funders, villages, benefits, benefitEvents, List.of());
    }

    /**
     * Participants, contribution cost and the funders' planned quota and ceiling (sums; null when no funder
     * set one) in a year; growth against the year before (null for the first year).
     */
    public record YearFigures(int year, long participants, Long growth, long costRp, Long quota, Long ceilingRp) {
        /** Growth in percent of the year before; null when there is no year before or it had nobody. */
        public Double growthPercent(long previous) {
            return growth == null || previous == 0 ? null : 100.0 * growth / previous;
        }
    }

    /** One funder in the summary's year: participants and cost, beside its planned quota and ceiling (null if unset). */
    public record FunderBudget(String funderCode, String funderName, long participants, long costRp, Long quota,
                               Long ceilingRp) {
    }

    /** Village officials covered in a year: how many, and in how many of the regency's desa (of how many known). */
    public record VillageCoverage(long officials, long desaCovered, long desaTotal) {
        /** Share of desa with covered officials, 0–100; 0 when no desa list is loaded. */
        public double percent() {
            return desaTotal == 0 ? 0 : 100.0 * desaCovered / desaTotal;
        }
    }

    /** Benefits of one programme paid in the year. */
    public record BenefitTotal(Programme programme, long payouts, long beneficiaries, long amountRp) {
    }

    /** Growth in percent for the row at {@code index} of {@link #years()}; null for the first row. */
    public Double growthPercent(int index) {
        return index == 0 ? null : years.get(index).growthPercent(years.get(index - 1).participants());
    }
}
