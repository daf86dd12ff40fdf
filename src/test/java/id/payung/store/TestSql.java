package id.payung.store;

/** Tests outside the store writing a row the services do not write (e.g. a claim naming a person). */
public final class TestSql {
    private TestSql() {
    }

    /** Runs one write statement in its own transaction; returns the rows changed. */
    public static int update(Database db, String sql, Object... params) {
        return db.write(tx -> tx.update(sql, params));
    }
}
