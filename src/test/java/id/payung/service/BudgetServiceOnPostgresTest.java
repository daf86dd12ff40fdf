package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link BudgetServiceTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class BudgetServiceOnPostgresTest extends BudgetServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
