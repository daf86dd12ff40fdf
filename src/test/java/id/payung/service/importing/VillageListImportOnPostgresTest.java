package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link VillageListImportTest} on PostgreSQL: a village's list read against the regions a server holds, written as on SQLite. */
@OnPostgres
class VillageListImportOnPostgresTest extends VillageListImportTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
