package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A search of the audit log by days finds each entry of those days exactly once, page after page, whatever order
 * the entries' times and ids are in (an office's history brought to a server keeps its own dates under new ids): on
 * a file newest first by id, on a server by time (V12's index), both ways round.
 */
class AuditDaysTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void eachEntryOfTheDaysOnceOnEveryPageBothWaysRound() {
        // 5 December 2026 in WITA is [4 Dec 16:00, 5 Dec 16:00) UTC; the stamps are out of id order on purpose.
        List<String> stamps = List.of("2026-12-05T10:00:00.000000Z", "2026-12-04T15:59:59.900000Z",
                "2026-12-05T15:00:00.000000Z", "2026-12-04T16:00:00.000000Z", "2026-12-05T16:00:00.000000Z",
                "2026-12-05T01:00:00.500000Z", "2026-12-05T10:00:00.000000Z");
        List<Long> ids = new ArrayList<>();
        try (Database db = engine.open()) {
            for (String at : stamps) {
                // As the owner brings an office's history: its own dates (a clerk's are the server's).
                ids.add(db.write(tx -> tx.insert("INSERT INTO audit_log (at, actor, action, entity, entity_id)"
                        + " VALUES (?, 'hari', 'UPDATE', 'settings', ?)", at, at)));
            }
            AuditLog log = new AuditLog();
            AuditLog.Query day = new AuditLog.Query("2026-12-04T16:00:00", "2026-12-05T16:00:00", "hari", null, null);
            List<Long> newest = new ArrayList<>();
            long before = Long.MAX_VALUE;
            while (true) {
                long b = before;
                List<AuditLog.Entry> page = db.read(tx -> log.search(tx, day, b, 2));
                page.forEach(e -> newest.add(e.id()));
                if (page.size() < 2) {
                    break;
                }
                before = page.get(page.size() - 1).id();
            }
            List<Long> oldest = new ArrayList<>();
            long after = 0;
            while (true) {
                long a = after;
                List<AuditLog.Entry> page = db.read(tx -> log.searchForward(tx, day, a, 2));
                page.forEach(e -> oldest.add(e.id()));
                if (page.size() < 2) {
                    break;
                }
                after = page.get(page.size() - 1).id();
            }
            List<Long> ofTheDay = List.of(ids.get(0), ids.get(2), ids.get(3), ids.get(5), ids.get(6));
            assertThat(newest).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ofTheDay);
            assertThat(oldest).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ofTheDay);
            if (dialect() == Dialect.POSTGRES) {
                // By time, then id: two entries of the same moment (ids 0 and 6) in id order.
                assertThat(newest).containsExactly(ids.get(2), ids.get(6), ids.get(0), ids.get(5), ids.get(3));
            } else {
                assertThat(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            }
            List<Long> backwards = new ArrayList<>(newest);
            java.util.Collections.reverse(backwards);
            assertThat(oldest).containsExactlyElementsOf(backwards);
        }
    }
}
