package id.payung.store;

import id.payung.domain.ServerAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clerk's offline copy of a server: a new Payung file (SQLite) holding what the login may see — its
 * regency's rows (row-level security chooses them, this class names no regency) and the shared reference
 * data — read in one snapshot. The summary tables are not copied: the file's own triggers count the copied
 * enrollments as any Payung file's do. Only a regency's clerk gets one: a provincial reader's regencies would
 * meet in one office's file (one set of settings, one cohort per funder and year).
 */
public final class OfflineCopy {
    /** File tables in the order references need, with the order rows are read in (parents first). */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("region", "length(code), code");
        TABLES.put("occupation", "code");
        TABLES.put("funding_source", "id");
        TABLES.put("rate_rule", "id");
        TABLES.put("meta", "key");
        TABLES.put("import_batch", "id");
        TABLES.put("person", "id");
        TABLES.put("enrollment", "id");
        TABLES.put("cohort", "id");
        TABLES.put("event", "id");
        TABLES.put("benefit_claim", "id");
        TABLES.put("funding_budget", "funder_id, year");
        TABLES.put("coverage_denominator", "year, kecamatan_code");
        TABLES.put("audit_log", "id");
    }

    private OfflineCopy() {
    }

    /**
     * Writes the login's rows into {@code file}, a new (absent or empty) Payung file; returns rows per table.
     *
     * @throws ServerAddress.Refused when the login is not a regency's clerk, or the server refuses
     */
    public static Map<String, Integer> write(ServerAddress login, char[] password, java.nio.file.Path file) {
        try (Connection server = ServerConnection.open(login, password)) {
            try {
                server.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot
                server.setReadOnly(true);
                String regency = regencyOf(server);
                if (regency == null) {
                    throw new ServerAddress.Refused("server.backup.notClerk", login.user());
                }
                Map<String, Integer> copied = new LinkedHashMap<>();
                try (Database copy = Database.open(file, true)) {
                    copy.write(tx -> {
                        try {
                            for (Map.Entry<String, String> t : TABLES.entrySet()) {
                                copied.put(t.getKey(), copy(server, tx, t.getKey(), t.getValue()));
                            }
                        } catch (SQLException e) {
                            throw ServerConnection.refused(login, e);
                        }
                        return null;
                    });
                }
                server.rollback();
                return copied;
            } catch (SQLException e) {
                throw ServerConnection.refused(login, e);
            } finally {
                ServerConnection.rollbackQuietly(server);
            }
        } catch (SQLException e) {
            throw ServerConnection.refused(login, e);
        }
    }

    private static String regencyOf(Connection server) throws SQLException {
        try (Statement s = server.createStatement(); ResultSet r = s.executeQuery(
                "SELECT regency_code FROM payung_login WHERE login = current_user")) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** One table's visible rows into the file (a row the new file has already, e.g. a default setting, is kept). */
    private static int copy(Connection server, Tx tx, String table, String order) throws SQLException {
        List<String> fileColumns = tx.list("SELECT name FROM pragma_table_info(?) ORDER BY cid", r -> r.getString(1), table);
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = server.prepareStatement("SELECT a.attname FROM pg_attribute a"
                + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped")) {
            ps.setString(1, table);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (fileColumns.contains(r.getString(1))) {
                        cols.add(r.getString(1));
                    }
                }
            }
        }
        String list = String.join(", ", cols);
        String insert = "INSERT INTO " + table + " (" + list + ") VALUES (" + String.join(", ", cols.stream().map(c -> "?").toList())
                + ") ON CONFLICT DO NOTHING";
        int n = 0;
        PreparedStatement into = tx.statement(insert);
        try (Statement s = server.createStatement()) {
            s.setFetchSize(2000); // streamed: a regency's register need not fit in memory
            try (ResultSet r = s.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY " + order)) {
                ResultSetMetaData md = r.getMetaData();
                while (r.next()) {
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        into.setObject(i, r.getObject(i));
                    }
                    into.addBatch();
                    if (++n % 1000 == 0) {
                        into.executeBatch();
                    }
                }
            }
        }
        into.executeBatch();
        return n;
    }
}
