package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a {@link Database} does the same on an SQLite file and on a server ({@link DatabaseWritesOnPostgresTest}):
 * a reopened database keeps what was written, a write that fails halfway leaves nothing and says why in the
 * store's words, reads cannot write, an insert returns its id, the audit log is append-only.
 */
class DatabaseWritesTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on: SQLite here, PostgreSQL in the twin. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void reopensItsOwnDatabaseWithoutRecreatingIt() {
        try (Database db = engine.open()) {
            assertThat(db.dialect()).isEqualTo(dialect());
            db.write(tx -> tx.update("INSERT INTO meta (key, value) VALUES ('kept', 'yes')"));
        }
        try (Database db = engine.open()) {
            assertThat(scalar(db, "SELECT count(*) FROM meta WHERE key = 'kept'")).isEqualTo(1);
        }
    }

    @Test
    void rollsBackAWriteThatFailsHalfway() {
        try (Database db = engine.open()) {
            assertThatThrownBy(() -> db.write(tx -> {
                tx.update("INSERT INTO meta (key, value) VALUES ('a', '1')");
                return tx.update("INSERT INTO meta (key, value) VALUES ('a', '2')"); // duplicate key
            })).isInstanceOf(StoreException.class).hasMessageContaining("rule of the database");
            assertThat(scalar(db, "SELECT count(*) FROM meta WHERE key = 'a'")).isZero();
            // The write connection is usable again at once.
            db.write(tx -> tx.update("INSERT INTO meta (key, value) VALUES ('a', '3')"));
            assertThat(scalar(db, "SELECT count(*) FROM meta WHERE key = 'a'")).isEqualTo(1);
        }
    }

    @Test
    void readsCannotWrite() {
        try (Database db = engine.open()) {
            assertThatThrownBy(() -> db.read(tx -> tx.update("DELETE FROM region"))).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> db.read(tx -> tx.update("INSERT INTO meta (key, value) VALUES ('r', 'w')")))
                    .isInstanceOf(StoreException.class);
            assertThat(scalar(db, "SELECT count(*) FROM meta WHERE key = 'r'")).isZero();
            // The read connection goes back to the pool in a usable state.
            assertThat(scalar(db, "SELECT count(*) FROM meta")).isNotNegative();
        }
    }

    @Test
    void anInsertReturnsTheNewRowsId() {
        try (Database db = engine.open()) {
            long first = db.write(tx -> tx.insert("INSERT INTO funding_source (code, name, type) VALUES ('F1', 'Satu', 'CSR')"));
            long second = db.write(tx -> tx.insert("INSERT INTO funding_source (code, name, type) VALUES (?, ?, 'CSR')",
                    "F2", "Dua"));
            assertThat(second).isGreaterThan(first);
            String code = db.read(tx -> tx.one("SELECT code FROM funding_source WHERE id = ?", rs -> rs.getString(1), second)
                    .orElseThrow());
            assertThat(code).isEqualTo("F2");
        }
    }

    @Test
    void auditLogIsAppendOnly() {
        try (Database db = engine.open()) {
            AuditLog audit = new AuditLog();
            db.write(tx -> {
                audit.record(tx, "siti", "UPDATE", "cohort", "1", "{\"participants\":1000}", "{\"participants\":1001}");
                return null;
            });
            assertThatThrownBy(() -> db.write(tx -> tx.update("UPDATE audit_log SET actor = 'x'")))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.write(tx -> tx.update("DELETE FROM audit_log")))
                    .hasMessageContaining("append-only");
            List<AuditLog.Entry> entries = db.read(tx -> audit.recent(tx, 10));
            // The test's server login owns the tables: the name written is kept (a clerk's is replaced by the
            // login, see SummaryOnBothEnginesTest).
            assertThat(entries).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("siti"));
        }
    }

    private static long scalar(Database db, String sql) {
        return db.read(tx -> tx.scalar(sql));
    }
}
