package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link EndWhileCorrectedTest} on PostgreSQL, where the two writes really overlap: the end locks the row it reads. */
@OnPostgres
class EndWhileCorrectedOnPostgresTest extends EndWhileCorrectedTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
