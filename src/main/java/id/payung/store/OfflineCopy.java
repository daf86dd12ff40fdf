package id.payung.store;

import id.payung.domain.OfflineCopyMark;
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
 * meet in one office's file (one set of settings, one cohort per funder and year). The copy is marked as one
 * ({@link OfflineCopyMark}: server, login, moment, in its {@code meta}): {@link Database#open} opens a marked file
 * read-only, since what a clerk typed into it would never reach the server; a restore into a working file drops
 * the mark, and {@link OfficeTransfer} does not carry it onto a server.
 */
public final class OfflineCopy {
    /** The settings ({@code meta} keys) that mark a file as an offline copy: the server, the login, the moment. */
    public static final String MARK_SERVER = "offline_copy_server";
    public static final String MARK_LOGIN = "offline_copy_login";
    public static final String MARK_WRITTEN = "offline_copy_written";
    /** Every key of the mark. */
    public static final java.util.Set<String> MARK_KEYS = java.util.Set.of(MARK_SERVER, MARK_LOGIN, MARK_WRITTEN);

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
     * Writes the login's rows into {@code file}, a new (absent or empty) Payung file, marked as the offline copy of
     * {@code login}'s server written at {@code written}; returns rows per table.
     *
     * @throws ServerAddress.Refused when the login is not a regency's clerk, or the server refuses
     */
    public static Map<String, Integer> write(ServerAddress login, char[] password, java.nio.file.Path file,
            java.time.LocalDateTime written) {
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
                            mark(tx, new OfflineCopyMark(OfflineCopyMark.serverOf(login), login.user(), written));
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

    /** Marks the file being written as an offline copy (in the same transaction as its rows). */
    private static void mark(Tx tx, OfflineCopyMark mark) {
        for (String key : MARK_KEYS) {
            tx.update("DELETE FROM meta WHERE key = ?", key);
        }
        tx.update("INSERT INTO meta (key, value) VALUES (?, ?)", MARK_SERVER, mark.server());
        tx.update("INSERT INTO meta (key, value) VALUES (?, ?)", MARK_LOGIN, mark.login());
        tx.update("INSERT INTO meta (key, value) VALUES (?, ?)", MARK_WRITTEN, mark.written().withNano(0).toString());
    }

    /**
     * The mark of the Payung file {@code c} is connected to; null when it is no offline copy (or holds no settings
     * table: a file this version cannot read says so elsewhere).
     */
    static OfflineCopyMark markOf(Connection c) {
        Map<String, String> found = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM meta WHERE key IN (?, ?, ?)")) {
            ps.setString(1, MARK_SERVER);
            ps.setString(2, MARK_LOGIN);
            ps.setString(3, MARK_WRITTEN);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    found.put(r.getString(1), r.getString(2));
                }
            }
        } catch (SQLException e) {
            return null;
        }
        if (found.get(MARK_SERVER) == null) {
            return null;
        }
        java.time.LocalDateTime when;
        try {
            when = found.get(MARK_WRITTEN) == null ? null : java.time.LocalDateTime.parse(found.get(MARK_WRITTEN));
        } catch (java.time.format.DateTimeParseException e) {
            when = null; // still a copy: the moment is only said
        }
        return new OfflineCopyMark(found.get(MARK_SERVER), found.getOrDefault(MARK_LOGIN, "?"), when);
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
