package id.payung.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An open transaction, handed to repository methods. Opaque outside the store package, so services
 * can group repository calls into one transaction without touching JDBC.
 */
public final class Tx implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private final WriteWait writeWait;
    /** Statements prepared in this transaction, reused: an import runs the same few thousands of times. */
    private final java.util.Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

    Tx(Connection connection) {
        this(connection, Dialect.SQLITE);
    }

    Tx(Connection connection, Dialect dialect) {
        this(connection, dialect, WriteWait.SILENT);
    }

    Tx(Connection connection, Dialect dialect, WriteWait writeWait) {
        this.connection = connection;
        this.dialect = dialect;
        this.writeWait = writeWait;
    }

    /**
     * Who is told when this write waits for another writer inside the transaction, and may cancel the wait
     * (an import waiting for another import on a server); {@link WriteWait#SILENT} for a read.
     */
    WriteWait writeWait() {
        return writeWait;
    }

    /** The engine this transaction runs on, for the little SQL that must differ ({@link Dialect}). */
    Dialect dialect() {
        return dialect;
    }

    /** Closes the statements this transaction prepared. */
    @Override
    public void close() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // Closing a statement cannot lose data; the connection stays usable.
            }
        }
        prepared.clear();
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (ResultSet rs = prepare(sql, params).executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw Sql.failure("query failed: " + firstLine(sql), e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long scalar(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    int update(String sql, Object... params) {
        try {
            return prepare(sql, params).executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("update failed: " + firstLine(sql), e);
        }
    }

    /** Runs an INSERT into a table with an {@code id} column and returns the new row's id. */
    long insert(String sql, Object... params) {
        try {
            if (dialect == Dialect.POSTGRES) {
                // No last_insert_rowid() on a server: the driver adds RETURNING id to the statement.
                PreparedStatement ps = prepared.get(RETURNING_ID + sql);
                if (ps == null) {
                    ps = connection.prepareStatement(sql, new String[] {"id"});
                    prepared.put(RETURNING_ID + sql, ps);
                } else {
                    ps.clearParameters();
                }
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
            prepare(sql, params).executeUpdate();
            try (ResultSet rs = prepare("SELECT last_insert_rowid()").executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw Sql.failure("insert failed: " + firstLine(sql), e);
        }
    }

    /** The cached statement for {@code sql}, parameters untouched (for batches); closed with the transaction. */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /** Marks the cached statement of an insert that returns its id (a different statement from the plain one). */
    private static final String RETURNING_ID = "\u0000returning id\u0000";

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    private static String firstLine(String sql) {
        String s = sql.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }
}
