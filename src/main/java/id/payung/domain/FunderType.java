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

    /** True for payers from a government budget (APBN / APBD / APBDes). */
    public boolean isGovernment() {
        return this == APBD_PROVINSI || this == APBD_KABUPATEN || this == APBDES || this == APBN;
    }
}
