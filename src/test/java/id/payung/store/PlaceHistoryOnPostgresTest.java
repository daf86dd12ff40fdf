package id.payung.store;

/** {@link PlaceHistoryTest} on PostgreSQL: the same places, per enrollment, as on SQLite. */
@OnPostgres
class PlaceHistoryOnPostgresTest extends PlaceHistoryTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
