package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each audit entry under exactly one kind: what was done decides first (privacy, deletions), then what it was about. */
class AuditTopicTest {
    @Test
    void aDeletionOfAnyRecordAndAnImportUndoneAreDeletions() {
        for (String entity : Set.of("enrollment", "benefit_claim", "event", "cohort", "coverage_denominator", "settings")) {
            assertThat(AuditTopic.of(entity, "DELETE")).as(entity).isEqualTo(AuditTopic.DELETIONS);
        }
        assertThat(AuditTopic.of("import_batch", "UNDO_IMPORT")).isEqualTo(AuditTopic.DELETIONS);
        assertThat(AuditTopic.of("import_batch", "IMPORT")).isEqualTo(AuditTopic.IMPORTS);
        // Undoing a deletion is a change to the record again, under its own kind.
        assertThat(AuditTopic.of("enrollment", "RESTORE")).isEqualTo(AuditTopic.PEOPLE);
        assertThat(AuditTopic.of("event", "RESTORE")).isEqualTo(AuditTopic.EVENTS);
        assertThat(AuditTopic.of("person", "REVEAL_NIK")).isEqualTo(AuditTopic.PRIVACY);
        // A group counted without names (Peserta › Kelompok) is participants, where an auditor looks for them (trial 18).
        assertThat(AuditTopic.of("cohort", "INSERT")).isEqualTo(AuditTopic.PEOPLE);
        assertThat(AuditTopic.of("cohort", "UPDATE")).isEqualTo(AuditTopic.PEOPLE);
        assertThat(AuditTopic.of("settings", "UPDATE")).isEqualTo(AuditTopic.OTHER);
    }

    @Test
    void theKindsTakenByActionShareNoActionAndHoldNoKindOfRecord() {
        Set<String> seen = new HashSet<>();
        for (AuditTopic t : AuditTopic.values()) {
            if (t.byAction()) {
                assertThat(t.actions()).allSatisfy(a -> assertThat(seen.add(a)).as(a).isTrue());
                assertThat(t.entities()).isEmpty();
            }
        }
        assertThat(seen).isEqualTo(AuditTopic.actionsTaken()).contains("DELETE", "UNDO_IMPORT", "REVEAL_NIK");
    }
}
