package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link NamesInsideCohortTest} on PostgreSQL (its summary year_kecamatan_count): the same answers as on SQLite. */
@OnPostgres
class NamesInsideCohortOnPostgresTest extends NamesInsideCohortTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
