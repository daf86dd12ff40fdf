package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link TwoImportsTest} on PostgreSQL: the second import waits for the first on the server, says so, and both finish. */
@OnPostgres
class TwoImportsOnPostgresTest extends TwoImportsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
