package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link SeedLoaderTest} on PostgreSQL: a server database seeded as a new file is, and an older one brought its desa. */
@OnPostgres
class SeedLoaderOnPostgresTest extends SeedLoaderTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
