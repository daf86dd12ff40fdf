package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link FundingSourcesTest} on PostgreSQL, as the server's owner: the same answers and refusals as on SQLite. */
@OnPostgres
class FundingSourcesOnPostgresTest extends FundingSourcesTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
