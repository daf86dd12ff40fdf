package id.payung.cli;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ExportCommandTest} on PostgreSQL: {@code export regencies --db postgresql://…} as the server's owner. */
@OnPostgres
class ExportCommandOnPostgresTest extends ExportCommandTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
