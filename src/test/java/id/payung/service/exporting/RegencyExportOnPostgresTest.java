package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link RegencyExportTest} on PostgreSQL: the two regencies' rows as the server's owner reads them side by side. */
@OnPostgres
class RegencyExportOnPostgresTest extends RegencyExportTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
