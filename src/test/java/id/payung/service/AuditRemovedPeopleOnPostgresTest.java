package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link AuditRemovedPeopleTest} on PostgreSQL, as the server's owner: schema version 18's table read alike. */
@OnPostgres
class AuditRemovedPeopleOnPostgresTest extends AuditRemovedPeopleTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
