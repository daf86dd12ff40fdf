package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link SettingsTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class SettingsOnPostgresTest extends SettingsTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
