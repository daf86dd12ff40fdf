package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link RecordServicesTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class RecordServicesOnPostgresTest extends RecordServicesTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
