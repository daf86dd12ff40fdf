package id.payung.ui;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/**
 * {@link ChangedByAnotherClerkTest} on PostgreSQL, where two clerks really write side by side: the correction's
 * check, inside its own write, sees the other clerk's change committed while it waited for the person's row.
 */
@OnPostgres
class ChangedByAnotherClerkOnPostgresTest extends ChangedByAnotherClerkTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
