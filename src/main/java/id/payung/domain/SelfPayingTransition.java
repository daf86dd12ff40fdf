package id.payung.domain;

/**
 * The workers whose government funding ended in {@code endYear} (the cohort year), and how many of them
 * went on paying for themselves (<em>mandiri</em>). {@code costRp} is what those who continue pay in the
 * report's year {@code year}, over {@code personMonths} covered months.
 */
public record SelfPayingTransition(int endYear, long ended, long continued, long activeNow, int year, long costRp,
                                   long personMonths) {

    /** Share of the cohort that continued as self-paying, 0–100 (0 for an empty cohort). */
    public double ratePercent() {
        return ended == 0 ? 0 : 100.0 * continued / ended;
    }

    /** Average contribution per covered month in {@link #year}, whole rupiah rounded half up (0 when none). */
    public long perPersonMonthRp() {
        return personMonths == 0 ? 0 : Math.round((double) costRp / personMonths);
    }
}
