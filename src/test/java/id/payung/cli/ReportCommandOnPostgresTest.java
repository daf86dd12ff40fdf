package id.payung.cli;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link ReportCommandTest} on PostgreSQL: the same reports from {@code --db postgresql://…}. */
@OnPostgres
class ReportCommandOnPostgresTest extends ReportCommandTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
