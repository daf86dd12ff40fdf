package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ExportServiceTest} on PostgreSQL: the same sheets, PDFs and audit rows from a register on a server. */
@OnPostgres
class ExportServiceOnPostgresTest extends ExportServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
