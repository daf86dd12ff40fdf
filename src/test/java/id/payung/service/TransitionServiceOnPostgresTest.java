package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link TransitionServiceTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class TransitionServiceOnPostgresTest extends TransitionServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
