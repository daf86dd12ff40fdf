package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * db/postgresql/V10__statement_checks.sql, part 1: {@code payung_is_date} without PL/pgSQL gives V1's answers.
 * V1's own text (read from V1__schema.sql, so the comparison is with what shipped, not a copy of it) is made a
 * temporary function next to V10's, and one query asks both about every date of years chosen for the calendar's
 * edges (year 0, leap and non-leap centuries, the Gregorian reform, the last year make_date takes), months 00–13
 * and days 00–32, about February 28 and 29 of every year 0000–9999, about texts that only look like dates, and
 * about months as the enrollment's CHECKs give them ({@code first_month || '-01'}). The CHECKs themselves then
 * refuse and accept what the function says.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIsDateTest {
    private static final String FOUR_YEARS = "'0000','0001','0004','0100','1582','1900','1996','2000','2023','2024','2025',"
            + "'2100','2400','9999'";
    /** Texts that are not a date in the form yyyy-MM-dd, however close (the fullwidth one is '２０２５-01-01'). */
    private static final String JUNK = "'', ' 2025-01-01', '2025-1-01', '2025-01-01 ', '2025/01/01',"
            + " '\uFF12\uFF10\uFF12\uFF15-01-01', '2025-01-01x', NULL, '+025-01-01', '-001-01-01', E'2025-01-01\\n',"
            + " E'\\n2025-01-01', '2025-01-1', '20250101', '2025-01-01T00:00', '2025-001-01', '02025-01-01', '٢٠٢٥-01-01',"
            + " '2025-0a-01', '2025-01-0 ', '    -  -  ', '0000-00-00', '9999-12-31', '10000-01-01', '2025-01-01-01'";
    private PostgresDatabase db;

    @BeforeAll
    void migrate(PostgresDatabase db) {
        this.db = db;
        Database.openServer(db.ownerAddress(), null).close();
    }

    /**
     * V10's function is the one the schema holds, an SQL-standard body (PostgreSQL binds it when it is made and may
     * inline it into the CHECKs); no search path is fixed on it, which would keep it from being inlined.
     */
    @Test
    void theSchemasFunctionIsV10sSqlBody() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT l.lanname, p.prosqlbody IS NOT NULL, p.proconfig IS NULL, p.provolatile, p.proparallel"
                        + " FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang"
                        + " WHERE p.oid = 'payung_is_date(text)'::regprocedure")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("sql");
            assertThat(r.getBoolean(2)).as("an SQL-standard body").isTrue();
            assertThat(r.getBoolean(3)).as("no fixed search path").isTrue();
            assertThat(r.getString(4)).as("immutable").isEqualTo("i");
            assertThat(r.getString(5)).as("parallel safe").isEqualTo("s");
        }
    }

    @Test
    void everyAnswerIsV1s() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute(v1Function());
            String cases = """
                    WITH cases(t) AS (
                        SELECT y || '-' || lpad(m::text, 2, '0') || '-' || lpad(d::text, 2, '0')
                        FROM unnest(ARRAY[%s]) y, generate_series(0, 13) m, generate_series(0, 32) d
                        UNION ALL
                        SELECT lpad(y::text, 4, '0') || md
                        FROM generate_series(0, 9999) y, unnest(ARRAY['-02-28', '-02-29', '-03-00', '-12-31']) md
                        UNION ALL
                        SELECT month || '-01'  -- as the enrollment's CHECKs ask: first_month || '-01'
                        FROM (SELECT y || '-' || lpad(m::text, 2, '0') FROM unnest(ARRAY[%s]) y, generate_series(0, 13) m
                              UNION ALL SELECT unnest(ARRAY['2025-1', '2025-001', '2025/01', '', '2025-01 ', '20250'])) k(month)
                        UNION ALL
                        SELECT unnest(ARRAY[%s])
                    )
                    """.formatted(FOUR_YEARS, FOUR_YEARS, JUNK);
            try (ResultSet r = s.executeQuery(cases + """
                    SELECT count(*), count(*) FILTER (WHERE v1 IS TRUE), count(*) FILTER (WHERE v1 IS NULL),
                           count(*) FILTER (WHERE v1 IS DISTINCT FROM v10),
                           string_agg(coalesce(quote_literal(t), 'NULL') || ': V1 ' || coalesce(v1::text, 'null')
                                      || ', V10 ' || coalesce(v10::text, 'null'), '; ') FILTER (WHERE v1 IS DISTINCT FROM v10)
                    FROM (SELECT t, pg_temp.v1_is_date(t) AS v1, payung_is_date(t) AS v10 FROM cases) a
                    """)) {
                r.next();
                System.out.println("payung_is_date: " + r.getLong(1) + " texts, " + r.getLong(2) + " dates by V1's answer");
                assertThat(r.getString(5)).as("texts V10 answers otherwise than V1").isNull();
                assertThat(r.getLong(4)).isZero();
                // The set is what it is meant to be: thousands of dates and non-dates, and NULL answered NULL.
                assertThat(r.getLong(1)).isGreaterThan(40_000);
                assertThat(r.getLong(2)).isBetween(15_000L, r.getLong(1) - 5_000);
                assertThat(r.getLong(3)).as("NULL's answer is NULL (a CHECK lets NULL through)").isEqualTo(1);
            }
        }
    }

    @Test
    void knownAnswers() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute(v1Function());
            String[][] known = {
                {"2024-02-29", "true"}, {"2023-02-29", "false"}, {"1900-02-29", "false"}, {"2000-02-29", "true"},
                {"0000-01-01", "false"}, {"2025-04-31", "false"}, {"2025-04-30", "true"}, {"0001-01-01", "true"},
                {"9999-12-31", "true"}, {"2025-13-01", "false"}, {"2025-00-10", "false"}, {"2025-01-00", "false"},
                {"2025-01-32", "false"}, {"2100-02-29", "false"}, {"2400-02-29", "true"}, {"1582-10-10", "true"},
            };
            for (String[] k : known) {
                try (ResultSet r = s.executeQuery("SELECT payung_is_date('" + k[0] + "'), pg_temp.v1_is_date('" + k[0] + "')")) {
                    r.next();
                    assertThat(r.getBoolean(1)).as(k[0]).isEqualTo(Boolean.parseBoolean(k[1]));
                    assertThat(r.getBoolean(2)).as(k[0] + " (V1)").isEqualTo(Boolean.parseBoolean(k[1]));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT payung_is_date(NULL) IS NULL")) {
                r.next();
                assertThat(r.getBoolean(1)).isTrue();
            }
        }
    }

    /**
     * The CHECKs that call it (inlined or not) refuse a day the month does not have as a CHECK violation, not as
     * another error (V10's casts see only texts its pattern let through), and take a true date.
     */
    @Test
    void theChecksRefuseWhatItRefuses() throws SQLException {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("SET payung.regency = '53.10'");
            String insert = "INSERT INTO person (nik, full_name, sex, birth_date) VALUES ('%s', 'Maria Nggeal', 'P', '%s')";
            String[] refused = {"2023-02-29", "1900-02-29", "0000-01-01", "2025-04-31", "2025-13-01", "2025-1-01", "",
                "\uFF12\uFF10\uFF12\uFF15-01-01", "99999-01-01"};
            for (int i = 0; i < refused.length; i++) {
                String sql = insert.formatted("531001450190" + String.format("%04d", i), refused[i]);
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(refused[i]).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("23514"));
            }
            assertThat(s.executeUpdate(insert.formatted("5310014501900100", "2024-02-29"))).isEqualTo(1);
            assertThat(s.executeUpdate(insert.formatted("5310014501900101", "2000-02-29"))).isEqualTo(1);
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM person")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(2);
            }
        }
    }

    /** V1's PL/pgSQL payung_is_date, as V1__schema.sql has it, made pg_temp.v1_is_date for this session. */
    private static String v1Function() {
        String v1 = Migrator.load(Dialect.POSTGRES, "V1__schema.sql");
        Matcher m = Pattern.compile("CREATE FUNCTION payung_is_date\\(t text\\)(.*?\\$\\$.*?\\$\\$);", Pattern.DOTALL).matcher(v1);
        assertThat(m.find()).as("V1's payung_is_date").isTrue();
        String body = m.group(1);
        assertThat(body).contains("LANGUAGE plpgsql").contains("make_date").contains("EXCEPTION WHEN others");
        return "CREATE OR REPLACE FUNCTION pg_temp.v1_is_date(t text)" + body;
    }
}
