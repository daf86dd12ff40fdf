package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link PersonalDataAndBadInputTest} on PostgreSQL: the same answers and refusals as on SQLite. */
@OnPostgres
class PersonalDataAndBadInputOnPostgresTest extends PersonalDataAndBadInputTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }

    /**
     * PostgreSQL's text cannot hold the character U+0000 (SQLite's can): the texts with one are left out here. A NUL
     * typed or imported into a server is still refused as a database error, not a sentence: see pgsql's report.
     */
    @Override
    java.util.List<String> hostile() {
        return super.hostile().stream().filter(t -> t.indexOf('\u0000') < 0).toList();
    }
}
