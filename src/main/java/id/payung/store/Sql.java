package id.payung.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Small helpers shared by the repositories: column conversions and error translation. */
final class Sql {
    private Sql() {
    }

    static StoreException failure(String what, SQLException e) {
        if (e instanceof SQLiteException se) {
            return new StoreException(what + ": " + describe(se.getResultCode()) + " (" + e.getMessage() + ")", e);
        }
        return new StoreException(what + ": " + e.getMessage(), e);
    }

    private static String describe(SQLiteErrorCode code) {
        String name = code.name();
        if (name.startsWith("SQLITE_FULL")) {
            return "the disk is full";
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return "the database is busy in another program";
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return "the database is read-only";
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return "the database file is damaged";
        }
        if (name.startsWith("SQLITE_CONSTRAINT")) {
            return "the data breaks a rule of the database";
        }
        return code.message;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    static YearMonth month(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : YearMonth.parse(s);
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String text(YearMonth m) {
        return m == null ? null : m.toString();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
