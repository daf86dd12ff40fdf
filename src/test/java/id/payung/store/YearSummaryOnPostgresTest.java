package id.payung.store;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * {@link YearSummaryTest} on PostgreSQL: the PL/pgSQL summary triggers give what the views give. The tests
 * switched off below wait for store SQL that is not yet the same on both engines (PG-FAILING.md says which and
 * whose); each is switched on again by deleting its override. The schema's own triggers are proved on both
 * engines meanwhile by {@link SummaryOnBothEnginesTest}.
 */
@OnPostgres
class YearSummaryOnPostgresTest extends YearSummaryTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    @Test
    @Disabled("import: EnrollmentBulkWriter on a server (max(id) + 1 ids, PRAGMAs, sqlite_master) (PG-FAILING.md)")
    void bulkImportAndUndoRecountOnlyAtTheirEnd() {
    }

    @Override
    @Test
    @Disabled("import: EnrollmentBulkWriter on a server (PG-FAILING.md); the deferred bulk switch itself is proved by"
            + " SummaryOnBothEnginesTest.aTransactionThatLeavesTheBulkSwitchOnCannotCommit")
    void aBulkWriteThatCommitsWithoutFinishingIsRolledBack() {
    }
}
