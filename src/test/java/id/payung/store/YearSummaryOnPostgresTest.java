package id.payung.store;

/** {@link YearSummaryTest} on PostgreSQL: the PL/pgSQL summary triggers give what the views give. */
@OnPostgres
class YearSummaryOnPostgresTest extends YearSummaryTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
