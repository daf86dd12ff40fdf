package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link AnnexPdfTest} on PostgreSQL: the same decree lists from a register on a server. */
@OnPostgres
class AnnexPdfOnPostgresTest extends AnnexPdfTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
