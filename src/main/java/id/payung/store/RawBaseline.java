package id.payung.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The yardstick for benchmarks: the fastest plain sqlite-jdbc can insert person + enrollment rows into
 * Payung's schema (one transaction, prepared batches, same pragmas), with no checks at all.
 */
public final class RawBaseline {
    private RawBaseline() {
    }

    /** Inserts {@code rows} synthetic rows into an existing Payung database; returns the elapsed nanoseconds. */
    public static long insert(Path db, long rows) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            long funder;
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM funding_source LIMIT 1")) {
                funder = rs.next() ? rs.getLong(1) : 1;
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO person (id, nik, full_name, sex, birth_date, region_code, occupation_code, created_at)
                    VALUES (?, ?, ?, 'L', '1985-05-12', '53.10.03', 'PETANI', '2026-01-01T00:00:00Z')""");
                 PreparedStatement e = c.prepareStatement("""
                    INSERT INTO enrollment (person_id, funder_id, segment, programmes, declared_income_rp, first_month, last_month)
                    VALUES (?, ?, 'BPU', 'JKK,JKM', 1000000, '2026-01', '2026-12')""")) {
                for (long i = 1; i <= rows; i++) {
                    p.setLong(1, i);
                    p.setString(2, String.format("53%02d%02d120585%04d", 10 + i / 9999 % 80, 1, i % 9999 + 1));
                    p.setString(3, "Peserta " + i);
                    p.addBatch();
                    e.setLong(1, i);
                    e.setLong(2, funder);
                    e.addBatch();
                    if (i % 1000 == 0) {
                        p.executeBatch();
                        e.executeBatch();
                    }
                }
                p.executeBatch();
                e.executeBatch();
            }
            c.commit();
            return System.nanoTime() - start;
        } catch (SQLException e) {
            throw Sql.failure("raw baseline insert failed", e);
        }
    }
}
