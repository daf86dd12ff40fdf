package id.payung.domain;

/**
 * Universal Coverage Jamsostek (UCJ) of one kecamatan in a year: protected BPU workers (participants
 * in JKK+JKM) ÷ all BPU (informal) workers × 100. The denominator is what the office entered; null
 * when it entered none, and then there is no percentage (not 0 %).
 */
public record KecamatanCoverage(String kecamatanCode, String kecamatanName, long protectedWorkers, Long informalWorkers) {

    /** Full coverage in percent: every informal worker protected. Above it, the entered number is to be doubted. */
    public static final double FULL_PERCENT = 100;

    /** protected ÷ informal × 100, or null without a denominator. May exceed 100 when the entered number is too low. */
    public Double percent() {
        return UcjCoverage.percent(protectedWorkers, informalWorkers);
    }

    /** Whether this kecamatan's coverage is above {@link #FULL_PERCENT} ({@link #aboveFull(long, Long)}). */
    public boolean aboveFull() {
        return aboveFull(protectedWorkers, informalWorkers);
    }

    /**
     * The one rule of a coverage above {@link #FULL_PERCENT}: more protected workers than the informal workers entered
     * (most often a number typed wrong, sometimes an old survey kept on purpose). The dashboard's bar says it in red and
     * the dialog where the numbers are typed asks before saving them. Compared as whole numbers, so exactly 100 % is
     * full, not above; without a number (or with 0, which gives no percentage) nothing is above.
     */
    public static boolean aboveFull(long protectedWorkers, Long informalWorkers) {
        return informalWorkers != null && informalWorkers > 0 && protectedWorkers > informalWorkers;
    }
}
