package id.payung.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Rows waiting to be inserted into one table on a PostgreSQL server, sent as one statement however many they are:
 * each column's values go as one array parameter, {@code INSERT … SELECT … FROM unnest(?::bigint[], ?::text[], …)}
 * ({@link ServerBulkWriter}). One round trip, one parse of a short statement and one execution a flush, where
 * {@code INSERT … VALUES (…), (…)} of 100 rows bound 1.600 parameters a statement; the server's statement-level
 * triggers and checks then run once for the whole flush. The statements order the rows by their place in the
 * arrays ({@code WITH ORDINALITY}), so they are inserted, and given their ids, in the order they were added.
 */
final class UnnestInsert {
    private final String sql;
    private final String[] types;
    private final Object[][] columns;
    private int rows;

    /**
     * @param sql      {@code INSERT INTO t (a, b, …) SELECT … FROM unnest(?::bigint[], ?::text[], …) … ORDER BY …},
     *                 one array parameter per entry of {@code types}, in order
     * @param types    each array's element type as PostgreSQL names it: {@code bigint}, {@code integer} or {@code text}
     * @param capacity rows kept before {@link #flush} must be called
     */
    UnnestInsert(String sql, String[] types, int capacity) {
        this.sql = sql;
        this.types = types.clone();
        this.columns = new Object[types.length][capacity];
    }

    /** Whether {@link #flush} must be called before another row is added. */
    boolean full() {
        return rows == columns[0].length;
    }

    /** Adds a row: its values in parameter order (String, Long, Integer or null). */
    void add(Object... row) {
        if (row.length != columns.length) {
            throw new IllegalArgumentException(row.length + " values for " + columns.length + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            columns[i][rows] = row[i];
        }
        rows++;
    }

    /** Sends the rows kept, in the order they were added. */
    void flush(Tx tx) throws SQLException {
        if (rows == 0) {
            return;
        }
        PreparedStatement ps = tx.statement(sql);
        Connection c = ps.getConnection();
        for (int i = 0; i < columns.length; i++) {
            ps.setArray(i + 1, c.createArrayOf(types[i], Arrays.copyOf(columns[i], rows)));
        }
        ps.executeUpdate();
        for (Object[] column : columns) {
            Arrays.fill(column, 0, rows, null);
        }
        rows = 0;
    }
}
