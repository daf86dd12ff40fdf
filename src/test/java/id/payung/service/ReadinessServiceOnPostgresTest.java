package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ReadinessServiceTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class ReadinessServiceOnPostgresTest extends ReadinessServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
