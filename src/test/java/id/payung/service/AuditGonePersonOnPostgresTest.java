package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link AuditGonePersonTest} on PostgreSQL, as the server's owner: the log's names read from its JSON alike. */
@OnPostgres
class AuditGonePersonOnPostgresTest extends AuditGonePersonTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
