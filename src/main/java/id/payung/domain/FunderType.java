package id.payung.domain;

/** Kind of payer behind a funding source; rate rules and discounts are chosen by it. */
public enum FunderType {
    APBD_PROVINSI,
    APBD_KABUPATEN,
    APBDES,
    APBN,
    CSR,
    MANDIRI,
    OTHER;

    /**
     * The payers from a government budget (APBD province / regency, APBDes, APBN): the one list, also read by
     * the SQL that asks for them (store's SqlRules).
     */
    public static final java.util.Set<FunderType> GOVERNMENT = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(APBD_PROVINSI, APBD_KABUPATEN, APBDES, APBN));

    /** True for payers from a government budget (see {@link #GOVERNMENT}). */
    public boolean isGovernment() {
        return GOVERNMENT.contains(this);
    }
}
