package id.payung.domain;

/** The register's order: a column and a direction; ties are broken by enrollment id. */
public record RegisterSort(Column column, boolean ascending) {
    /** Columns the register can be sorted by (each backed by an index or a cheap expression). */
    public enum Column {
        NAME, NIK, FUNDER, FIRST_MONTH, LAST_MONTH
    }

    /** The default order: newest period first. */
    public static RegisterSort defaultOrder() {
        return new RegisterSort(Column.FIRST_MONTH, false);
    }
}
