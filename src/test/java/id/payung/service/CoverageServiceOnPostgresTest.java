package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link CoverageServiceTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class CoverageServiceOnPostgresTest extends CoverageServiceTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
