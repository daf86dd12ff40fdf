package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link PersonalDataAndBadInputTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class PersonalDataAndBadInputOnPostgresTest extends PersonalDataAndBadInputTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
