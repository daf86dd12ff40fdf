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

    /** The words every refusal of a full disk says (backup, import, open): {@link #diskFull} finds one. */
    static final String DISK_FULL = "the disk is full";

    /**
     * Whether the failure, or one of its causes, is a full disk: SQLite's SQLITE_FULL (error code 13) or
     * SQLITE_IOERR_SHMSIZE (see {@link #full}), PostgreSQL's
     * 53100, or the system's "No space left on device" (ENOSPC) on a file Payung writes itself. The one place that
     * tells a full disk, for the store's messages and {@link Database#classify}.
     */
    static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se && full(se.getResultCode())) {
                return true;
            }
            if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof java.io.IOException && t.getMessage() != null
                    && t.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLITE_FULL (a page or a WAL frame that found no room), and SQLITE_IOERR_SHMSIZE: the "-shm" file beside the
     * database could not grow, which on opening a database on a full disk is what SQLite says (trial 18 M18: tmpfs
     * full, office.db readable, "-shm" left at 3 bytes).
     */
    private static boolean full(SQLiteErrorCode code) {
        return code != null && (code.name().startsWith("SQLITE_FULL") || code == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
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
            return DISK_FULL;
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
        if (full(code)) {
            return DISK_FULL;
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

    /*
     * What SQLite and PostgreSQL say differently, in one place: the rest of the store's SQL is one text for both
     * engines. Each takes the transaction, whose Dialect names its engine. On PostgreSQL every text column is
     * COLLATE "C" (db/postgresql/V1): byte order, as SQLite's BINARY, so ranges and sorts answer the same.
     */

    private static boolean server(Tx tx) {
        return tx.dialect() == Dialect.POSTGRES;
    }

    /**
     * A test that {@code column} starts with the text bound to its one parameter (bind {@link #prefix} of the
     * start): SQLite's GLOB, PostgreSQL's LIKE (under COLLATE "C" a prefix LIKE reads a btree index too).
     */
    static String startsWith(Tx tx, String column) {
        return server(tx) ? column + " LIKE ? ESCAPE '\\'" : column + " GLOB ?";
    }

    /** The value to bind to {@link #startsWith} for texts starting with {@code start} (null stays null). */
    static String prefix(Tx tx, String start) {
        if (start == null) {
            return null;
        }
        if (server(tx)) {
            return start.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
        // GLOB's special characters stand for themselves inside brackets.
        return start.replace("[", "[[]").replace("*", "[*]").replace("?", "[?]") + "*";
    }

    /**
     * {@code expr} compared and ordered without regard to (ASCII) case: SQLite's NOCASE, which its name index
     * uses; on PostgreSQL lower() (under COLLATE "C" it folds ASCII letters only, as NOCASE), the expression of
     * its name index.
     */
    static String caseless(Tx tx, String expr) {
        return server(tx) ? "lower(" + expr + ")" : expr + " COLLATE NOCASE";
    }

    /**
     * A test that {@code column} matches the LIKE pattern bound to its one parameter ({@code \\} escapes) without
     * regard to ASCII case: SQLite's LIKE, PostgreSQL's ILIKE (its LIKE minds case).
     */
    static String containsCaseless(Tx tx, String column) {
        return column + (server(tx) ? " ILIKE" : " LIKE") + " ? ESCAPE '\\'";
    }

    /** Whether the engine's text can hold {@code text}: PostgreSQL's cannot hold the character U+0000. */
    static boolean storable(Tx tx, String text) {
        return !server(tx) || text.indexOf('\u0000') < 0;
    }

    /** The parameter a {@link #caseless} expression is compared with. */
    static String caselessParameter(Tx tx) {
        return server(tx) ? "lower(?)" : "?";
    }

    /**
     * {@code column} in a WHERE term the planner must not pick an index for (SQLite's unary "+"; PostgreSQL has
     * no "+" for text and plans by its statistics).
     */
    static String noIndex(Tx tx, String column) {
        return server(tx) ? column : "+" + column;
    }

    /** An enrollment's last month, an open end as '9999-12': the expression of the index {@code enrollment_last}. */
    static String lastMonthOrEnd(Tx tx, String enrollment) {
        return (server(tx) ? "coalesce(" : "ifnull(") + enrollment + ".last_month, '9999-12')";
    }

    /** A join that the planner must take in the order written (SQLite's CROSS JOIN … ON; a plain JOIN on PostgreSQL). */
    static String joinInOrder(Tx tx) {
        return server(tx) ? "JOIN" : "CROSS JOIN";
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

    /** SQLSTATE of a unique key's violation (PostgreSQL; SQLite's driver gives none). */
    static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE of an exclusion constraint's violation (PostgreSQL's enrollment periods). */
    static final String EXCLUSION_VIOLATION = "23P01";
    /** The unique key of a person's NIK on PostgreSQL (V1: {@code nik … UNIQUE}). */
    static final String NIK_KEY = "person_nik_key";
    /** The unique key of a funding source's code on PostgreSQL (V1: {@code code … UNIQUE}). */
    static final String FUNDER_CODE_KEY = "funding_source_code_key";
    /** How SQLite names the same key in its refusal ("UNIQUE constraint failed: funding_source.code"). */
    static final String FUNDER_CODE_COLUMN = "funding_source.code";
    /** The exclusion constraint on a person's enrollment months on PostgreSQL (V1). */
    static final String PERIODS_CONSTRAINT = "enrollment_one_at_a_time";

    /**
     * {@code e} as the {@link RuleViolation} {@code rule} when the database refused the statement with SQLSTATE
     * {@code sqlState}, else {@code e} itself (to be thrown).
     */
    static StoreException violation(StoreException e, String sqlState, String constraint, RuleViolation.Rule rule) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException se && sqlState.equals(se.getSQLState()) && names(se, constraint)) {
                return new RuleViolation(rule, e.getMessage(), e);
            }
        }
        return e;
    }

    /**
     * {@code e} as the {@link RuleViolation} {@code rule} when the database refused the statement for a duplicate
     * of the unique key {@code constraint} (PostgreSQL: SQLSTATE 23505 naming it; SQLite, whose driver gives no
     * SQLSTATE: SQLITE_CONSTRAINT_UNIQUE naming {@code sqliteColumn}, "table.column"), else {@code e} itself.
     */
    static StoreException duplicate(StoreException e, String constraint, String sqliteColumn, RuleViolation.Rule rule) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                if (se.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE && se.getMessage() != null
                        && se.getMessage().contains(sqliteColumn)) {
                    return new RuleViolation(rule, e.getMessage(), e);
                }
            } else if (t instanceof SQLException se && UNIQUE_VIOLATION.equals(se.getSQLState()) && names(se, constraint)) {
                return new RuleViolation(rule, e.getMessage(), e);
            }
        }
        return e;
    }

    /**
     * Whether the refusal is {@code constraint}'s (PostgreSQL names it). Another unique key refusing the same
     * statement — a summary row two recounts wrote at once, through a trigger — is not "the NIK is taken" (review,
     * 06/12/2026: a clerk was told the NIK was another office's).
     */
    private static boolean names(SQLException e, String constraint) {
        if (e instanceof org.postgresql.util.PSQLException pe && pe.getServerErrorMessage() != null
                && pe.getServerErrorMessage().getConstraint() != null) {
            return constraint.equals(pe.getServerErrorMessage().getConstraint());
        }
        return true;
    }

    /** Runs an INSERT of one row and returns its new {@code id} ({@code RETURNING}, on both engines). */
    static long insert(Tx tx, String sql, Object... params) {
        return tx.one(sql + " RETURNING id", rs -> rs.getLong(1), params)
                .orElseThrow(() -> new StoreException("insert returned no id: " + sql.strip().lines().findFirst().orElse("")));
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
