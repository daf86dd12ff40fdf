package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ImportServiceTest} on PostgreSQL: the same files read, checked and written (through the server's bulk writer), refused, cancelled and undone on a server. */
@OnPostgres
class ImportServiceOnPostgresTest extends ImportServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
