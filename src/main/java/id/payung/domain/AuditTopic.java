package id.payung.domain;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an audit entry is about, as an auditor asks for it: changes to people and their enrollments, personal data
 * taken out of Payung (a full NIK seen, an export), imports, funders, events, and everything else. Each entry is
 * under exactly one topic; the audit log's search reads its conditions from here.
 */
public enum AuditTopic {
    /** A person's data, their enrollments and benefit claims: entered, corrected, ended, deleted. */
    PEOPLE("person", "enrollment", "benefit_claim"),
    /** Personal data leaving the screen or the file: a full NIK shown, any export (masked or full). */
    PRIVACY,
    /** Village lists imported, and imports undone. */
    IMPORTS("import_batch"),
    /** Funding sources and their yearly budgets. */
    FUNDERS("funding_source", "funding_budget"),
    /** Award and other events. */
    EVENTS("event"),
    /** Settings, reference data, cohorts, coverage denominators, restores: what no other topic holds. */
    OTHER;

    /** The actions that make an entry a {@link #PRIVACY} one, whatever it is about. */
    public static final Set<String> PRIVACY_ACTIONS = Set.of("REVEAL_NIK", "EXPORT", "EXPORT_FULL_NIK");

    private final Set<String> entities;

    AuditTopic(String... entities) {
        this.entities = Set.of(entities);
    }

    /** The topic of an entry with this action about this kind of record. */
    public static AuditTopic of(String entity, String action) {
        if (PRIVACY_ACTIONS.contains(action)) {
            return PRIVACY;
        }
        return Stream.of(values()).filter(t -> t.entities.contains(entity)).findFirst().orElse(OTHER);
    }

    /**
     * The kinds of record this topic's entries are about: its own for most, every other topic's for
     * {@link #OTHER} (which takes what they leave; see {@link #entitiesExcluded()}), none for {@link #PRIVACY}.
     */
    public Set<String> entities() {
        if (this == OTHER) {
            return Stream.of(values()).flatMap(t -> t.entities.stream()).collect(Collectors.toUnmodifiableSet());
        }
        return entities;
    }

    /** True when {@link #entities()} lists the kinds of record this topic leaves out rather than takes. */
    public boolean entitiesExcluded() {
        return this == OTHER;
    }
}
