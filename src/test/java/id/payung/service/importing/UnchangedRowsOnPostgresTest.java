package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link UnchangedRowsTest} on PostgreSQL: the server's bulk writer and look-ups. */
@OnPostgres
class UnchangedRowsOnPostgresTest extends UnchangedRowsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
