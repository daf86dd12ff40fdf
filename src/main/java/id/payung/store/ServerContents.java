package id.payung.store;

import id.payung.domain.ServerAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a PostgreSQL database holds before {@code payung server init} makes Payung's schema in it, and the
 * owner's session setting that says which regency its writes are for.
 */
public final class ServerContents {
    /**
     * What a database holds: nothing (an empty database, made by {@code CREATE DATABASE}), Payung's schema
     * (its version), or something else (a few of its objects, named).
     *
     * @param payungVersion the version in {@code payung_schema}, or 0 when there is none
     * @param objects       the database's own objects ("table public.x", …), at most {@link #NAMED} of them
     * @param count         how many objects there are in all
     * @param mayCreateRoles  whether the login may create roles (CREATEROLE): the group roles and the clerks'
     * @param mayCreateTables whether the login may create tables in the schema (the database's owner may)
     */
    public record Contents(int payungVersion, List<String> objects, int count, boolean mayCreateRoles,
            boolean mayCreateTables) {
        public boolean isEmpty() {
            return count == 0;
        }
    }

    /** How many objects a refusal names. */
    public static final int NAMED = 5;

    private ServerContents() {
    }

    /**
     * Looks at the database without writing: every relation, function, type, sequence and extension in a
     * schema that is not the server's own. {@code plpgsql} (in every new database) and the empty
     * {@code public} schema do not count.
     */
    public static Contents contents(ServerAddress address, char[] password) {
        try (Connection c = ServerConnection.open(address, password)) {
            List<String> objects = new ArrayList<>();
            int count = 0;
            String sql = """
                    SELECT kind || ' ' || name FROM (
                      SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
                             WHEN 'm' THEN 'view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'table' ELSE 'relation' END AS kind,
                             n.nspname || '.' || c.relname AS name
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                         AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
                      UNION ALL
                      SELECT 'function', n.nspname || '.' || p.proname
                        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                      UNION ALL
                      SELECT 'extension', e.extname FROM pg_extension e WHERE e.extname <> 'plpgsql'
                      UNION ALL
                      SELECT 'schema', n.nspname FROM pg_namespace n
                       WHERE n.nspname NOT IN ('public', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                    ) o ORDER BY 1""";
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    if (objects.size() < NAMED) {
                        objects.add(r.getString(1));
                    }
                    count++;
                }
            }
            int version = 0;
            if (count > 0) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT to_regclass('payung_schema') IS NOT NULL")) {
                    r.next();
                    if (r.getBoolean(1)) {
                        try (ResultSet v = s.executeQuery("SELECT max(version) FROM payung_schema")) {
                            version = v.next() ? v.getInt(1) : 0;
                        }
                    }
                }
            }
            boolean roles;
            boolean tables;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT rolsuper OR rolcreaterole,"
                    + " has_schema_privilege(current_schema(), 'CREATE') FROM pg_roles WHERE rolname = current_user")) {
                r.next();
                roles = r.getBoolean(1);
                tables = r.getBoolean(2);
            }
            c.rollback();
            return new Contents(version, List.copyOf(objects), count, roles, tables);
        } catch (SQLException e) {
            throw ServerConnection.refused(address, e);
        }
    }

    /** Whether {@code regency} has been seeded on the server (its settings hold when: SeedLoader's mark). */
    public static boolean seeded(Database db, String regency) {
        return db.read(tx -> tx.scalar("SELECT count(*) FROM meta WHERE regency_code = ? AND key = 'seeded_at'", regency)) > 0;
    }

    /**
     * Makes the owner's writes on this connection (from now on, until it closes) land in {@code regency}:
     * the tenancy policies let the owner write only the rows of the regency its session names.
     */
    public static void writeFor(Database db, String regency) {
        db.write(tx -> tx.one("SELECT set_config('payung.regency', ?, false)", r -> r.getString(1), regency));
    }
}
