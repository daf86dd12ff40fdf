package id.payung.store;

/**
 * What sets an enrollment's cost, as SQL over an enrollment row: the one copy the Java queries share.
 * The triggers of schema version 8 (V8__rules_once.sql) write the same columns from the same
 * {@link SqlRules} fragments (with {@code ifnull}, which is SQLite's {@code coalesce} of two); migrations are
 * frozen, so a change here must come with a new migration that rewrites them (YearSummaryTest holds them to it).
 */
final class CostShape {
    /**
     * The grouping key of {@code enrollment_shape}, in its column order, read from an enrollment {@code e}
     * and its person {@code p}: funder, segment, programmes, income, months (an open end as ''), the
     * enrollment's kecamatan and the person's occupation (unknown as '').
     */
    static final String SHAPE_COLUMNS = "e.funder_id, e.segment, " + SqlRules.programmeLabel("e") + ", "
            + SqlRules.income("e") + ", e.first_month, coalesce(e.last_month, ''), coalesce("
            + SqlRules.kecamatan("e.region_code") + ", ''), coalesce(p.occupation_code, '')";

    private CostShape() {
    }
}
