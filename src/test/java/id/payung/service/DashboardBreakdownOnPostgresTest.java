package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link DashboardBreakdownTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class DashboardBreakdownOnPostgresTest extends DashboardBreakdownTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
