package id.payung.store;

/** {@link DatabaseWritesTest} on PostgreSQL. */
@OnPostgres
class DatabaseWritesOnPostgresTest extends DatabaseWritesTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
