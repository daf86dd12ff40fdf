package id.payung.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A refusal becomes a rule's violation (and so a sentence of the rule's, "the NIK is taken") only when it is that
 * rule's constraint that refused: PostgreSQL names it. A summary row two recounts wrote at once breaks a unique key
 * too, and must not tell a clerk that the NIK belongs to another office (review, 06/12/2026).
 */
class RuleViolationsTest {
    private static StoreException refusedBy(String sqlState, String constraint) {
        // PostgreSQL's error fields as the protocol sends them: severity, code, message, constraint name.
        PSQLException e = new PSQLException(new ServerErrorMessage("SERROR\0C" + sqlState + "\0Mduplicate key value\0n"
                + constraint + "\0"));
        return new StoreException("update failed", e);
    }

    @Test
    void theNiksOwnKeyIsTheNikTaken() {
        assertThat(Sql.violation(refusedBy("23505", "person_nik_key"), Sql.UNIQUE_VIOLATION, Sql.NIK_KEY,
                RuleViolation.Rule.NIK_TAKEN)).isInstanceOf(RuleViolation.class);
        assertThat(Sql.violation(refusedBy("23P01", "enrollment_one_at_a_time"), Sql.EXCLUSION_VIOLATION,
                Sql.PERIODS_CONSTRAINT, RuleViolation.Rule.PERIODS_OVERLAP)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void anotherUniqueKeyIsNot() {
        StoreException e = refusedBy("23505", "person_year_pkey");
        assertThat(Sql.violation(e, Sql.UNIQUE_VIOLATION, Sql.NIK_KEY, RuleViolation.Rule.NIK_TAKEN)).isSameAs(e);
    }
}
