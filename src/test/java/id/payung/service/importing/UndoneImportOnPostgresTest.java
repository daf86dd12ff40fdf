package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link UndoneImportTest} on PostgreSQL: the look-ups, the server's bulk writer and its undo. */
@OnPostgres
class UndoneImportOnPostgresTest extends UndoneImportTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
