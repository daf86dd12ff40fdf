package id.payung.store;

/**
 * The SQL engine under a {@link Database}: SQLite (one file on one PC, the default) or PostgreSQL (a server
 * several clerks share). Only what must differ between the two lives here; everything else is one SQL text
 * for both (see docs/SERVER.md's appendix). SQLite's own machinery (PRAGMAs, WAL, the lock file, {@code
 * VACUUM INTO}, the network-share check) is not here at all: it stays in the SQLite open path of
 * {@link Database} and is simply never used for a server.
 */
public enum Dialect {
    /** An SQLite file (sqlite-jdbc): schema version in {@code PRAGMA user_version}, one writer at a time. */
    SQLITE("/db/migration/", "BEGIN IMMEDIATE", "BEGIN DEFERRED"),
    /**
     * A PostgreSQL 16 server (pgjdbc): schema version in the table {@code payung_schema}; writes are {@code READ
     * COMMITTED} transactions whose races are decided by constraints (unique NIK, the enrollment periods'
     * exclusion constraint); each read is one {@code REPEATABLE READ} snapshot, as on SQLite.
     */
    POSTGRES("/db/postgresql/", "BEGIN ISOLATION LEVEL READ COMMITTED",
            "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");

    private final String migrations;
    private final String beginWrite;
    private final String beginRead;

    Dialect(String migrations, String beginWrite, String beginRead) {
        this.migrations = migrations;
        this.beginWrite = beginWrite;
        this.beginRead = beginRead;
    }

    /** The resource folder of this engine's migration scripts (with its {@code INDEX}). */
    String migrations() {
        return migrations;
    }

    /** The statement that starts a write transaction. */
    String beginWrite() {
        return beginWrite;
    }

    /** The statement that starts a read transaction (one consistent view of the last commit). */
    String beginRead() {
        return beginRead;
    }

    /**
     * The conflict target of a regency's table whose key on SQLite is {@code columns}: on a server the same
     * table is keyed per regency as well ({@code regency_code} first; the column's default is the session's
     * regency, see {@code payung_regency()}), so an upsert names that key. E.g. {@code "ON CONFLICT (" +
     * dialect.regencyKey("key") + ")"} for {@code meta}.
     */
    String regencyKey(String columns) {
        return this == SQLITE ? columns : "regency_code, " + columns;
    }
}
