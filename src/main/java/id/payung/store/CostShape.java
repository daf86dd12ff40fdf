package id.payung.store;

import id.payung.domain.Contributions;

/**
 * What sets an enrollment's cost, as SQL over an enrollment row: the one copy the Java queries share.
 * The triggers of schema version 7 (V7__enrollment_region.sql) hold their own copy of {@link #SHAPE_COLUMNS},
 * and the view {@code continuation_due} of version 6 one of {@link #income}; migrations are frozen, so a
 * change here must come with a new migration that rewrites them (YearSummaryTest holds them to it).
 */
final class CostShape {
    /**
     * The grouping key of {@code enrollment_shape}, in its column order, read from an enrollment {@code e}
     * and its person {@code p}: funder, segment, programmes, income, months (an open end as ''), the
     * enrollment's kecamatan and the person's occupation (unknown as '').
     */
    static final String SHAPE_COLUMNS = "e.funder_id, e.segment, e.programmes, " + income("e") + """
            , e.first_month,
                   ifnull(e.last_month, ''), ifnull(substr(e.region_code, 1, 8), ''), ifnull(p.occupation_code, '')""";

    private CostShape() {
    }

    /** The income contributions are computed on: the declared one, else the standard income. */
    static String income(String enrollment) {
        return "ifnull(" + enrollment + ".declared_income_rp, " + Contributions.STANDARD_INCOME + ")";
    }
}
