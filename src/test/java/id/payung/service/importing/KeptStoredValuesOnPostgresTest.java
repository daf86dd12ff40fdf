package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link KeptStoredValuesTest} on PostgreSQL: the server's bulk writer and look-ups. */
@OnPostgres
class KeptStoredValuesOnPostgresTest extends KeptStoredValuesTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
