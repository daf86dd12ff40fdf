package id.payung.store;

/** {@link AuditDaysTest} on PostgreSQL, as the server's owner (who keeps the dates it writes). */
@OnPostgres
class AuditDaysOnPostgresTest extends AuditDaysTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
