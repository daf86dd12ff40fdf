package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link VillageOfficialImportTest} on PostgreSQL: the segment and the year's cost as the server computes them. */
@OnPostgres
class VillageOfficialImportOnPostgresTest extends VillageOfficialImportTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
