package id.payung.service.exporting;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link AnnexScriptsTest} on PostgreSQL: names in other scripts stored on a server and printed (or said unprintable) the same. */
@OnPostgres
class AnnexScriptsOnPostgresTest extends AnnexScriptsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
