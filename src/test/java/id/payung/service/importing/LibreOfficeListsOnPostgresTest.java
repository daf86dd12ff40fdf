package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link LibreOfficeListsTest} on PostgreSQL: LibreOffice's own lists imported into a server as into a file. */
@OnPostgres
class LibreOfficeListsOnPostgresTest extends LibreOfficeListsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
