package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ImportDecisionsTest} on PostgreSQL: an import's audit entry read back on the server. */
@OnPostgres
class ImportDecisionsOnPostgresTest extends ImportDecisionsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
