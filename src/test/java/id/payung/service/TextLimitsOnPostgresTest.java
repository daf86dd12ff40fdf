package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link TextLimitsTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class TextLimitsOnPostgresTest extends TextLimitsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
