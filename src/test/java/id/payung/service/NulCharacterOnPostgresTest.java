package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link NulCharacterTest} on PostgreSQL: the sentence, not the server's raw "invalid byte sequence" error. */
@OnPostgres
class NulCharacterOnPostgresTest extends NulCharacterTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
