package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests outside the store: every summary table of {@code db} equals a full recount from the rules' views (the
 * tables and recounts of {@link ImportOnBothEnginesTest}).
 */
public final class SummaryRecount {
    private SummaryRecount() {
    }

    /** Asserts that each summary table holds what a full recount gives. */
    public static void assertFullRecount(Database db, String step) {
        db.read(tx -> {
            for (String[] t : ImportOnBothEnginesTest.TABLES) {
                assertThat(ImportOnBothEnginesTest.rows(tx, t[2])).as("%s: %s on %s is a full recount", step, t[0],
                        tx.dialect()).isEqualTo(ImportOnBothEnginesTest.rows(tx, t[3]));
            }
            return null;
        });
    }
}
