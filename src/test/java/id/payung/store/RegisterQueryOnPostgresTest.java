package id.payung.store;

import org.junit.jupiter.api.Disabled;

/**
 * {@link RegisterQueryTest} on PostgreSQL. Switched off until the store SQL it runs is the same on both engines (see
 * PG-FAILING.md: the import's bulk writer, RegisterQuery, EnrollmentRepository, ReportQueries); delete the
 * {@code @Disabled} then.
 */
@OnPostgres
@Disabled("pgsql and import: store SQL not yet run on a server (PG-FAILING.md)")
class RegisterQueryOnPostgresTest extends RegisterQueryTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
