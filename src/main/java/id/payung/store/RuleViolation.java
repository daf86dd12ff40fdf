package id.payung.store;

/**
 * A write the database itself refused because it would break one of the rules it keeps whatever the service
 * checked before: on a server two clerks can pass the service's check at the same moment, and the constraint
 * (unique NIK, a funding source's unique code, the enrollment periods' exclusion constraint) lets only the first through. The service asks
 * again, as if its save came second, and words the refusal as it always does: never a raw SQL error.
 */
public final class RuleViolation extends StoreException {
    /** Which rule. */
    public enum Rule {
        /** A person with this NIK exists (one NIK, one person). */
        NIK_TAKEN,
        /** The person has an enrollment (not deleted) sharing a month with this one (one worker is not paid twice). */
        PERIODS_OVERLAP,
        /**
         * The person's details would change, but this login may not change them: on a server a person belongs to
         * the regency that registered them first (row-level security), and another regency's clerk reads them only.
         */
        PERSON_OTHER_OFFICE,
        /** A funding source with this code exists (lists name a funder by its code). */
        FUNDER_CODE_TAKEN
    }

    private final Rule rule;

    RuleViolation(Rule rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule the write would have broken. */
    public Rule rule() {
        return rule;
    }
}
