package id.payung.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.AuditTopic;
import id.payung.service.AuditRecord;
import id.payung.service.PersonHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trial 16 M4: entries of the same moment (a server stamps a transaction's entries alike; the screen shows minutes)
 * sort by time in the order they were written, whichever way round.
 */
class AuditTimeOrderTest {
    private static AuditRecord entry(long id, String at, String action) {
        return new AuditRecord(id, new PersonHistory.Change(Instant.parse(at), "siti", action, "enrollment", "7", null,
                null), AuditTopic.PEOPLE, 3, "Ursula Jehamin", "531001********01", null);
    }

    @Test
    void sameMomentEntriesKeepTheirWrittenOrderBothWays() {
        AuditRecord insert = entry(61, "2026-12-06T12:48:10Z", "INSERT");
        AuditRecord delete = entry(62, "2026-12-06T12:49:00Z", "DELETE");
        AuditRecord restore = entry(63, "2026-12-06T12:49:00Z", "RESTORE");
        List<AuditRecord> rows = new ArrayList<>(List.of(restore, insert, delete));

        rows.sort(AuditViewModel.BY_TIME);
        assertThat(rows).containsExactly(insert, delete, restore);
        rows.sort(AuditViewModel.BY_TIME.reversed());
        assertThat(rows).containsExactly(restore, delete, insert);
        // The moment first: a lower number written later (a server's clock) does not jump the time.
        AuditRecord early = entry(70, "2026-12-06T12:00:00Z", "INSERT");
        rows.add(early);
        rows.sort(AuditViewModel.BY_TIME);
        assertThat(rows).first().isEqualTo(early);
    }
}
