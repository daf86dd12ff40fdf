package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link DashboardServiceTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class DashboardServiceOnPostgresTest extends DashboardServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
