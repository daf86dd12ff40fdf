package id.payung.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Small helpers shared by the repositories: column conversions, look-ups and error translation. */
final class Sql {
    private Sql() {
    }

    static StoreException failure(String what, SQLException e) {
        if (e instanceof SQLiteException se) {
            return new StoreException(what + ": " + describe(se.getResultCode()) + " (" + e.getMessage() + ")", e);
        }
        String said = describe(e.getSQLState());
        return new StoreException(what + ": " + (said == null ? "" : said + " (") + e.getMessage() + (said == null ? "" : ")"), e);
    }

    /** The same words for a server's SQLSTATE (PostgreSQL's "Errors and Messages" appendix); null when none fit. */
    private static String describe(String sqlState) {
        if (sqlState == null) {
            return null;
        }
        if (sqlState.startsWith("23")) {
            return "the data breaks a rule of the database"; // integrity: unique, check, foreign key, exclusion
        }
        if (sqlState.equals("53100")) {
            return "the disk is full";
        }
        if (sqlState.equals("25006")) {
            return "the database is read-only";
        }
        if (sqlState.equals("40001") || sqlState.equals("40P01") || sqlState.equals("55P03")) {
            return "the database is busy in another program";
        }
        if (sqlState.startsWith("08")) {
            return "the connection to the database server was lost";
        }
        return null;
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

    /** The id of the funding source with this code. @throws StoreException when there is none */
    static long funderId(Tx tx, String code) {
        return tx.one("SELECT id FROM funding_source WHERE code = ?", rs -> rs.getLong(1), code)
                .orElseThrow(() -> new StoreException("unknown funding source " + code));
    }

    /** A set of enum values as stored: their names, sorted, comma-separated ("JHT,JKK,JKM"). */
    static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** The set of values {@link #names} stored; null or blank is the empty set. */
    static <E> Set<E> parse(String text, Function<String, E> parse) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(parse).collect(Collectors.toSet());
    }
}
