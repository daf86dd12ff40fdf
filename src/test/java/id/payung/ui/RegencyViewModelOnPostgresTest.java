package id.payung.ui;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link RegencyViewModelTest} on the test server, where two regencies are set side by side. */
@OnPostgres
class RegencyViewModelOnPostgresTest extends RegencyViewModelTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
