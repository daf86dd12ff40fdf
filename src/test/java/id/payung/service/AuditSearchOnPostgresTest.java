package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link AuditSearchTest} on PostgreSQL, as the server's owner: the same entries found the same way. */
@OnPostgres
class AuditSearchOnPostgresTest extends AuditSearchTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
