package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link RulesMatchDatabaseTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class RulesMatchDatabaseOnPostgresTest extends RulesMatchDatabaseTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
