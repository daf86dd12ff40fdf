package id.payung.store;

/**
 * {@link YearSummaryTest} on PostgreSQL: the PL/pgSQL summary triggers, and the import's set-wise recount of a
 * batch (ServerBulkWriter), give what the views give.
 */
@OnPostgres
class YearSummaryOnPostgresTest extends YearSummaryTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
