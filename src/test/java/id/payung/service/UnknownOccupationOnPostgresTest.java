package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link UnknownOccupationTest} on PostgreSQL: the unknown occupation imported, saved and counted alike. */
@OnPostgres
class UnknownOccupationOnPostgresTest extends UnknownOccupationTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
