package id.payung.domain;

/**
 * Universal Coverage Jamsostek (UCJ) of one kecamatan in a year: protected BPU workers (participants
 * in JKK+JKM) ÷ all BPU (informal) workers × 100. The denominator is what the office entered; null
 * when it entered none, and then there is no percentage (not 0 %).
 */
public record KecamatanCoverage(String kecamatanCode, String kecamatanName, long protectedWorkers, Long informalWorkers) {

    /** protected ÷ informal × 100, or null without a denominator. May exceed 100 when the entered number is too low. */
    public Double percent() {
        return UcjCoverage.percent(protectedWorkers, informalWorkers);
    }
}
