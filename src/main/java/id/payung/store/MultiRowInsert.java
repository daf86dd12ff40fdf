package id.payung.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows waiting to be inserted into one table, sent as {@code INSERT … VALUES (…), (…), …} of {@link #ROWS} rows
 * a statement (the rest one row a statement, in a JDBC batch): one statement, one round trip to a PostgreSQL
 * server, for a hundred rows instead of each ({@link ServerBulkWriter}). The values are kept in one flat array
 * until {@link #flush}.
 */
final class MultiRowInsert {
    /** Rows a statement: 100 × 16 values stays far below the limit on bound parameters (PostgreSQL: 65.535). */
    static final int ROWS = 100;

    private final String single;
    private final String multi;
    private final int columns;
    private final Object[] values;
    private int rows;

    /**
     * @param head     {@code INSERT INTO t (a, b, …) VALUES}
     * @param row      one row's values, e.g. {@code (?, ?, coalesce(?, …))}
     * @param columns  the parameters in one row
     * @param capacity rows kept before {@link #flush} must be called
     */
    MultiRowInsert(String head, String row, int columns, int capacity) {
        this.single = head + " " + row;
        this.multi = head + " " + (row + ", ").repeat(ROWS - 1) + row;
        this.columns = columns;
        this.values = new Object[columns * capacity];
    }

    /** Whether {@link #flush} must be called before another row is added. */
    boolean full() {
        return (rows + 1) * columns > values.length;
    }

    /** Adds a row: its values in parameter order (String, Long, Integer or null). */
    void add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException(row.length + " values for " + columns + " columns");
        }
        System.arraycopy(row, 0, values, rows * columns, columns);
        rows++;
    }

    /** Sends the rows kept, in the order they were added. */
    void flush(Tx tx) throws SQLException {
        int done = 0;
        if (rows >= ROWS) {
            PreparedStatement ps = tx.statement(multi);
            for (; done + ROWS <= rows; done += ROWS) {
                bind(ps, done, ROWS);
                ps.executeUpdate();
            }
        }
        if (done < rows) {
            PreparedStatement ps = tx.statement(single);
            for (; done < rows; done++) {
                bind(ps, done, 1);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        java.util.Arrays.fill(values, 0, rows * columns, null);
        rows = 0;
    }

    private void bind(PreparedStatement ps, int firstRow, int n) throws SQLException {
        int base = firstRow * columns;
        for (int i = 0; i < n * columns; i++) {
            Object v = values[base + i];
            if (v == null) {
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else if (v instanceof Long l) {
                ps.setLong(i + 1, l);
            } else {
                ps.setInt(i + 1, (Integer) v);
            }
        }
    }
}
