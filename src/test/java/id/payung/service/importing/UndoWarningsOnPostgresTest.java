package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link UndoWarningsTest} on PostgreSQL: the server's audit times and its import/undo path. */
@OnPostgres
class UndoWarningsOnPostgresTest extends UndoWarningsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }

}
