package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link RegionImportServiceTest} on PostgreSQL: the same lists read and loaded into the server's shared region table. */
@OnPostgres
class RegionImportServiceOnPostgresTest extends RegionImportServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
