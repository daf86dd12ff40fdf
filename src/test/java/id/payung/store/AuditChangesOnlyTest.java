package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.AuditTopic;
import org.junit.jupiter.api.Test;

/** Review 12: "an audit entry is a change" (not PRIVACY: a NIK seen, an export) is one condition, used by every query. */
class AuditChangesOnlyTest {
    @Test
    void oneConditionWithOrWithoutAnAlias() {
        assertThat(AuditLog.changesOnly("")).startsWith("action NOT IN (");
        assertThat(AuditLog.changesOnly("a")).startsWith("a.action NOT IN (");
        AuditTopic.PRIVACY.actions().forEach(a -> assertThat(AuditLog.changesOnly("a")).contains("'" + a + "'"));
    }
}
