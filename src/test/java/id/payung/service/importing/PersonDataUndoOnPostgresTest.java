package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link PersonDataUndoTest} on PostgreSQL: the audit's JSON read by the server. */
@OnPostgres
class PersonDataUndoOnPostgresTest extends PersonDataUndoTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
