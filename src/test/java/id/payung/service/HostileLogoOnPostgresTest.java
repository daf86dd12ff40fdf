package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link HostileLogoTest} on PostgreSQL: the logo refused or stored scaled down, and read back whole, on a server. */
@OnPostgres
class HostileLogoOnPostgresTest extends HostileLogoTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
