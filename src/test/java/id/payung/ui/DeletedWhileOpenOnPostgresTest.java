package id.payung.ui;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link DeletedWhileOpenTest} on PostgreSQL: the correction locks the row, then reads its deleted mark. */
@OnPostgres
class DeletedWhileOpenOnPostgresTest extends DeletedWhileOpenTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
