package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link PastYearsImportTest} on PostgreSQL: a late list weighed against the years' numbers of the office's regency. */
@OnPostgres
class PastYearsImportOnPostgresTest extends PastYearsImportTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
