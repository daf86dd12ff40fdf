package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link TitleRegionTest} on PostgreSQL: the title's region weighed against the rows on the server. */
@OnPostgres
class TitleRegionOnPostgresTest extends TitleRegionTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
