package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ReconciliationTest} on PostgreSQL: the same matches against a register on a server. */
@OnPostgres
class ReconciliationOnPostgresTest extends ReconciliationTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
