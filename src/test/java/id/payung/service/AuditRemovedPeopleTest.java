package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 24, on each engine: the people a restore's entry keeps (audit_person_removed, schema 10 of a file, 17 of a
 * server) are found by Jejak audit's search by name, the entry naming them; the list is append-only. A restore of
 * 50.000 people is one entry with 50.000 rows of its own, which a search by one name reads quickly.
 * {@link RestoreRemovedPeopleTest} makes the rows by a real restore (a file's only).
 */
class AuditRemovedPeopleTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** A restore's entry taking away {@code many} people "Peserta n" and one Maria Goreti Jehadu; its id. */
    private long restoreTakingAway(Database db, int many) {
        return db.write(tx -> {
            AuditLog log = new AuditLog();
            long entry = log.record(tx, "test", "RESTORE", "database", "payung.db", null,
                    "{\"from\":\"/tmp/pagi.db\",\"people_removed\":" + (many + 1) + "}");
            List<AuditLog.Removed> gone = new ArrayList<>();
            for (int i = 1; i <= many; i++) {
                gone.add(new AuditLog.Removed(entry, 1000 + i, "Peserta " + i, "531001********" + String.format("%02d", i % 100)));
            }
            gone.add(new AuditLog.Removed(entry, 999_999, "Maria Goreti Jehadu", "531001********03"));
            log.recordRemoved(tx, entry, gone);
            return entry;
        });
    }

    @Test
    void theSearchByNameFindsTheRestoreAndNamesThePersonItTookAway() {
        try (Database db = engine.open()) {
            long entry = restoreTakingAway(db, 50_000);
            AuditService a = new AuditService(db, "auditor", ZoneId.of("Asia/Makassar"));
            long started = System.nanoTime();
            List<AuditRecord> found = AuditSearchTest.all(a, new AuditFilter(null, null, null, null, "maria goreti"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("search of one name among 50.000 people taken away: " + millis + " ms");
            assertThat(found).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(entry);
                assertThat(r.personName()).isEqualTo("Maria Goreti Jehadu");
                assertThat(r.nikMasked()).isEqualTo("531001********03");
                assertThat(r.personGone()).isTrue();
            });
            assertThat(millis).as("one name among 50.000 people taken away").isLessThan(3_000);
            assertThat(AuditSearchTest.all(a, new AuditFilter(null, null, null, null, "Peserta 4217")))
                    .singleElement().satisfies(r -> {
                        // Each name typed starts a word: 4217 and 42170 … 42179, each named with their NIK.
                        assertThat(r.personName()).startsWith("Peserta 4217 (531001********17), Peserta 42170 (531001********70), ")
                                .endsWith("Peserta 42179 (531001********79)");
                        assertThat(r.nikMasked()).isNull();
                    });
            assertThat(AuditSearchTest.all(a, new AuditFilter(null, null, null, null, "veronika"))).isEmpty();
            assertThatThrownBy(() -> AuditSearchTest.all(a, new AuditFilter(null, null, null, null, "peserta")))
                    .as("50.000 people: a search too loose, as for people of the register")
                    .isInstanceOf(InvalidInputException.class);
            // Nobody changes the list, as nobody changes the log.
            assertThatThrownBy(() -> id.payung.store.TestSql.update(db, "DELETE FROM audit_person_removed WHERE audit_id = ?",
                    entry)).hasMessageContaining("append-only");
        }
    }
}
