package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link VillageTrialTest} on PostgreSQL: the register looked up as a clerk of the server sees it. */
@OnPostgres
class VillageTrialOnPostgresTest extends VillageTrialTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
