package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ReportPdfTest} on PostgreSQL: the same papers from a register on a server. */
@OnPostgres
class ReportPdfOnPostgresTest extends ReportPdfTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
