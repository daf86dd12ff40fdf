package id.payung.domain;

/** An occupation from the office's list (tukang bangunan, pedagang, buruh tani, pengemudi ojek, …). */
public record Occupation(String code, String name, Sector sector) {
    /**
     * The occupation that marks a village official (<em>perangkat desa</em>), seeded in
     * {@code seeds/occupations.csv}: a wage earner of the village, so segment PU ({@link Segment#impliedBy}).
     */
    public static final String VILLAGE_OFFICIAL = "PERANGKAT-DESA";

    /** Whether an occupation code is the village official's. */
    public static boolean isVillageOfficial(String occupationCode) {
        return VILLAGE_OFFICIAL.equals(occupationCode);
    }
}
