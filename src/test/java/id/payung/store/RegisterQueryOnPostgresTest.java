package id.payung.store;

/** {@link RegisterQueryTest} on PostgreSQL: the same pages whichever way a region is read (700 people imported). */
@OnPostgres
class RegisterQueryOnPostgresTest extends RegisterQueryTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
