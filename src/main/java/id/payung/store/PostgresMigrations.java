package id.payung.store;

import id.payung.domain.DatabaseOpenException;
import id.payung.domain.DatabaseOpenException.Problem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@link Migrator} on a PostgreSQL server: the scripts of {@code db/postgresql/} (listed in its
 * {@code INDEX}), each in one transaction with the bump of the one-row table {@code payung_schema(version)}
 * (PostgreSQL's DDL is transactional, so a failure leaves the schema at a whole version, as on SQLite). The
 * same placeholders are filled by {@link SqlRules#fill}. Two Payungs opening an old schema at once do not
 * both migrate: each script's transaction first takes an advisory lock and reads the version again.
 *
 * <p>A database without {@code payung_schema} must be empty (no table, view or sequence outside the
 * system's schemas) to be given Payung's schema; anything else is refused unchanged.
 */
final class PostgresMigrations {
    /** The advisory lock key of "a migration is under way" (any constant; "PYNG"). */
    private static final long LOCK = 0x50594E47L;

    private PostgresMigrations() {
    }

    /** Highest schema version of a server this build knows. */
    static int latestVersion() {
        return Migrator.scripts(Dialect.POSTGRES).size();
    }

    static void migrate(Connection c, int upTo) throws SQLException {
        List<String> scripts = Migrator.scripts(Dialect.POSTGRES);
        int target = Math.min(upTo, scripts.size());
        int found = version(c);
        if (found > scripts.size()) {
            throw new DatabaseOpenException(Problem.NEWER_VERSION, (Path) null, "the database's schema is version " + found
                    + ", newer than this Payung's " + scripts.size() + "; nothing was changed");
        }
        if (found < 0 && foreignObjects(c) > 0) {
            throw new DatabaseOpenException(Problem.UNEXPECTED_SCHEMA, (Path) null,
                    "the database holds tables that are not Payung's; nothing was changed");
        }
        for (int v = Math.max(found, 0) + 1; v <= target; v++) {
            Database.exec(c, "BEGIN");
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                }
                int now = version(c); // another Payung may have migrated while this one waited
                if (now < v) {
                    if (now < 0 && foreignObjects(c) > 0) {
                        throw new DatabaseOpenException(Problem.UNEXPECTED_SCHEMA, (Path) null,
                                "the database holds tables that are not Payung's; nothing was changed");
                    }
                    try (Statement st = c.createStatement()) {
                        st.execute(SqlRules.fill(Migrator.load(Dialect.POSTGRES, scripts.get(v - 1))));
                    }
                    Database.exec(c, "UPDATE payung_schema SET version = " + v);
                }
                Database.exec(c, "COMMIT");
            } catch (SQLException | RuntimeException e) {
                Database.exec(c, "ROLLBACK");
                if (e instanceof DatabaseOpenException de) {
                    throw de;
                }
                throw new StoreException("schema migration " + scripts.get(v - 1) + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** The schema version, or -1 when the database has no {@code payung_schema} (not Payung's, or empty). */
    static int version(Connection c) throws SQLException {
        if (query(c, "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = 'payung_schema'"
                + " AND schemaname = current_schema()") == 0) {
            return -1;
        }
        return (int) query(c, "SELECT coalesce(max(version), 0) FROM payung_schema");
    }

    /** Tables, views, sequences … of anyone but the system's. */
    private static long foreignObjects(Connection c) throws SQLException {
        return query(c, """
                SELECT count(*) FROM pg_catalog.pg_class k JOIN pg_catalog.pg_namespace n ON n.oid = k.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
                  AND n.nspname NOT LIKE 'pg\\_temp%'""");
    }

    private static long query(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
