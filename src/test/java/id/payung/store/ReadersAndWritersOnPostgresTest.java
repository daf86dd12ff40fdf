package id.payung.store;

/** {@link ReadersAndWritersTest} on PostgreSQL. */
@OnPostgres
class ReadersAndWritersOnPostgresTest extends ReadersAndWritersTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
