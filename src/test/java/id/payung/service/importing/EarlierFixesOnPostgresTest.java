package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link EarlierFixesTest} on PostgreSQL: the imports' audit entries and people as a clerk of the server reads them. */
@OnPostgres
class EarlierFixesOnPostgresTest extends EarlierFixesTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
