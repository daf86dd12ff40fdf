package id.payung.store;

import id.payung.domain.Contributions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The yardstick for benchmarks: the fastest plain sqlite-jdbc can insert the same person + enrollment rows
 * into Payung's schema (one transaction, prepared batches, same pragmas), with no checks at all. Rows
 * are produced in chunks with the clock stopped, so only the inserting is timed.
 */
public final class RawBaseline {
    private static final int CHUNK = 10_000;

    private RawBaseline() {
    }

    /** One person with one enrollment, with codes already resolved (the baseline resolves nothing). */
    public record Row(String nik, String fullName, String sex, String birthDate, String regionCode,
                      String occupationCode, String funderCode, String firstMonth, String lastMonth) {
    }

    /** Inserts the rows into an existing, empty Payung database; returns the nanoseconds spent inserting. */
    public static long insert(Path db, Iterator<Row> rows) {
        // Payung's own connection settings (WAL, synchronous NORMAL, foreign keys), so only the work differs.
        try (Connection c = Database.connect(db, false)) {
            Map<String, Long> funders = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, id FROM funding_source")) {
                while (rs.next()) {
                    funders.put(rs.getString(1), rs.getLong(2));
                }
            }
            String now = Instant.now().toString();
            long elapsed = 0;
            long id = 0;
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // The rawest insert: the per-year summary's triggers stay off and nothing is recounted
                // (the import pays for its recount inside its own clock).
                st.execute("UPDATE summary_state SET bulk = 1");
                st.execute("INSERT INTO import_batch (id, file_name, file_sha256, imported_at, actor, rows_read, rows_imported,"
                        + " rows_duplicate, rows_rejected) VALUES (1, 'raw', '', '" + now + "', 'bench', 0, 0, 0, 0)");
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO person (id, nik, full_name, sex, birth_date, region_code, occupation_code, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement e = c.prepareStatement("""
                    INSERT INTO enrollment (person_id, funder_id, segment, jkk, jkm, jht, jp, declared_income_rp,
                                            first_month, last_month, batch_id, region_code)
                    VALUES (?, ?, 'BPU', 1, 1, 0, 0, ?, ?, ?, 1, ?)""")) {
                List<Row> chunk = new ArrayList<>(CHUNK);
                while (rows.hasNext()) {
                    chunk.clear();
                    while (chunk.size() < CHUNK && rows.hasNext()) {
                        chunk.add(rows.next());
                    }
                    long start = System.nanoTime();
                    for (Row r : chunk) {
                        p.setLong(1, ++id);
                        p.setString(2, r.nik());
                        p.setString(3, r.fullName());
                        p.setString(4, r.sex());
                        p.setString(5, r.birthDate());
                        p.setString(6, r.regionCode());
                        p.setString(7, r.occupationCode());
                        p.setString(8, now);
                        p.addBatch();
                        e.setLong(1, id);
                        e.setLong(2, funders.get(r.funderCode()));
                        e.setLong(3, Contributions.STANDARD_INCOME);
                        e.setString(4, r.firstMonth());
                        e.setString(5, r.lastMonth());
                        e.setString(6, r.regionCode());
                        e.addBatch();
                        if (id % 1000 == 0) {
                            p.executeBatch();
                            e.executeBatch();
                        }
                    }
                    p.executeBatch();
                    e.executeBatch();
                    elapsed += System.nanoTime() - start;
                }
            }
            long start = System.nanoTime();
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE summary_state SET bulk = 0"); // COMMIT refuses a bulk write left on (schema v8)
            }
            c.commit();
            return elapsed + System.nanoTime() - start;
        } catch (SQLException e) {
            throw Sql.failure("raw baseline insert failed", e);
        }
    }

    /**
     * What {@code sqlite3 .import} does, through sqlite-jdbc, for machines without the shell: a new table of
     * {@code columns} text columns (no index, no check) filled with the file's rows after its header, split
     * at {@code separator} (no quoting: the generated file has none), in one transaction, with SQLite's own
     * settings. Returns the nanoseconds it took, reading the file included.
     */
    public static long bareImport(Path db, Path csv, char separator, int columns) {
        long start = System.nanoTime();
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            StringBuilder create = new StringBuilder("CREATE TABLE t (");
            StringBuilder insert = new StringBuilder("INSERT INTO t VALUES (");
            for (int i = 1; i <= columns; i++) {
                create.append(i > 1 ? ", " : "").append("c").append(i).append(" TEXT");
                insert.append(i > 1 ? ", ?" : "?");
            }
            try (Statement st = c.createStatement()) {
                st.execute(create.append(")").toString());
            }
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(insert.append(")").toString())) {
                in.readLine();
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    String[] cells = line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
                    for (int i = 0; i < columns; i++) {
                        p.setString(i + 1, i < cells.length ? cells[i] : null);
                    }
                    p.addBatch();
                    if (++n % 10_000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
            return System.nanoTime() - start;
        } catch (SQLException e) {
            throw Sql.failure("bare import failed", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A plain connection for bare SQL: what a summary or service query is measured against. */
    public static final class Bare implements AutoCloseable {
        private final Connection c;

        public Bare(Path db) {
            c = Database.connect(db, true);
        }

        /** Enrollments covering a year, per funder: the bare GROUP BY under the funding shares. */
        public long perFunder(int year) {
            return query("SELECT e.funder_id, count(*) FROM enrollment e WHERE" + covers(year) + " GROUP BY e.funder_id");
        }

        /** Enrollments per start year and funder: the bare GROUP BY under the growth chart. */
        public long perYearAndFunder() {
            return query("SELECT substr(e.first_month, 1, 4), e.funder_id, count(*) FROM enrollment e "
                    + "WHERE e.deleted = 0 GROUP BY 1, 2");
        }

        /** Enrollments covering a year, per kecamatan of the enrollment: the bare GROUP BY under that breakdown. */
        public long perKecamatan(int year) {
            return query("SELECT substr(e.region_code, 1, 8), count(*) FROM enrollment e "
                    + "WHERE" + covers(year) + " GROUP BY 1");
        }

        private static String covers(int year) {
            return " e.deleted = 0 AND e.first_month <= '" + year + "-12' AND (e.last_month IS NULL OR e.last_month >= '"
                    + year + "-01')";
        }

        /** Runs a query and reads every row; returns how many. */
        private long query(String sql) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                long rows = 0;
                while (rs.next()) {
                    rows++;
                }
                return rows;
            } catch (SQLException e) {
                throw Sql.failure("bare query failed", e);
            }
        }

        @Override
        public void close() {
            try {
                c.close();
            } catch (SQLException ignored) {
                // read-only use: nothing to lose
            }
        }
    }
}
