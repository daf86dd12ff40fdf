package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ProvinceCountsTest} on PostgreSQL: the regency is the row's regency_code, the office that wrote it. */
@OnPostgres
class ProvinceCountsOnPostgresTest extends ProvinceCountsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
