package id.payung.domain;

/**
 * BPJS Ketenagakerjaan participant segment: BPU = workers without a wage employer
 * (bukan penerima upah), PU = wage earners (penerima upah), e.g. village officials paid by the village.
 */
public enum Segment {
    BPU,
    PU;

    /**
     * The segment an occupation means when nobody said otherwise: a village official (<em>perangkat desa</em>)
     * is a wage earner with the village as employer, so PU (costed at JKK 0,24 % + JKM 0,30 % of the wage, not
     * at the BPU package); everyone else BPU. The import and the form both take it from here.
     */
    public static Segment impliedBy(String occupationCode) {
        return Occupation.isVillageOfficial(occupationCode) ? PU : BPU;
    }

    /**
     * Whether a segment goes against the occupation: a village official recorded as BPU. Allowed (the clerk may
     * know better) but warned about, since it costs the BPU package instead of the village's PU rate.
     */
    public static boolean contradicts(String occupationCode, Segment segment) {
        return segment == BPU && impliedBy(occupationCode) == PU;
    }
}
