package id.payung.domain;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an audit entry is about, as an auditor asks for it: changes to people and their enrollments, personal data
 * taken out of Payung (a full NIK seen, an export), deletions, imports, funders, events, and everything else. Each
 * entry is under exactly one topic; the audit log's search reads its conditions from here.
 *
 * <p>Two topics are named by what was done, whatever it was done to ({@link #PRIVACY}, {@link #DELETIONS}); they take
 * their actions before the topics named by the kind of record see the entry. Their action lists do not overlap.
 */
public enum AuditTopic {
    /**
     * A person's data, their enrollments and benefit claims, and the groups counted without names (Peserta › Kelompok:
     * participants too, where an auditor looks for them, trial 18): entered, corrected, ended, restored.
     */
    PEOPLE(Set.of(), "person", "enrollment", "benefit_claim", "cohort"),
    /**
     * Personal data leaving the screen or the file: a full NIK shown, any export (masked or full), a backup the user
     * made (a copy of everything, full NIKs too). None of them changes the data.
     */
    PRIVACY(Set.of("REVEAL_NIK", "EXPORT", "EXPORT_FULL_NIK", "BACKUP")),
    /**
     * Whatever was deleted, of any kind (an enrollment, a claim, an event, a cohort, a logo…) with its reason where
     * one is asked, and imports undone (which delete what the list brought in): "what was deleted, by whom, why".
     */
    DELETIONS(Set.of("DELETE", "UNDO_IMPORT")),
    /** Village lists imported (their undoing is a {@link #DELETIONS} entry). */
    IMPORTS(Set.of(), "import_batch"),
    /** Funding sources and their yearly budgets. */
    FUNDERS(Set.of(), "funding_source", "funding_budget"),
    /** Award and other events. */
    EVENTS(Set.of(), "event"),
    /** Settings, reference data, coverage denominators, restores: what no other topic holds. */
    OTHER(Set.of());

    private final Set<String> actions;
    private final Set<String> entities;

    AuditTopic(Set<String> actions, String... entities) {
        this.actions = actions;
        this.entities = Set.of(entities);
    }

    /** The topic of an entry with this action about this kind of record. */
    public static AuditTopic of(String entity, String action) {
        return Stream.of(values()).filter(t -> t.actions.contains(action)).findFirst()
                .or(() -> Stream.of(values()).filter(t -> t.entities.contains(entity)).findFirst())
                .orElse(OTHER);
    }

    /** A restore that was refused: nothing was replaced (its entry only says it was tried). */
    public static final String RESTORE_REFUSED = "RESTORE_REFUSED";

    /**
     * The actions that change no data: {@link #PRIVACY}'s (a full NIK seen, an export, a backup) and a refused restore.
     * They are no "perubahan" a restore would lose, and no restore undoes them (trial 23b: a refusal was marked
     * "dibatalkan oleh pemulihan").
     */
    public static Set<String> noDataChanged() {
        return Stream.concat(PRIVACY.actions.stream(), Stream.of(RESTORE_REFUSED)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether an entry of this action changed data ({@link #noDataChanged}). */
    public static boolean changesData(String action) {
        return !PRIVACY.actions.contains(action) && !RESTORE_REFUSED.equals(action);
    }

    /** Whether this topic takes its entries by their action ({@link #actions()}), not by the kind of record. */
    public boolean byAction() {
        return !actions.isEmpty();
    }

    /** The actions this topic takes whatever the record; empty for a topic named by the kind of record. */
    public Set<String> actions() {
        return actions;
    }

    /** Every action some topic takes by action: a topic named by the kind of record holds none of them. */
    public static Set<String> actionsTaken() {
        return Stream.of(values()).flatMap(t -> t.actions.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The kinds of record this topic's entries are about: its own for most, every other topic's for
     * {@link #OTHER} (which takes what they leave; see {@link #entitiesExcluded()}), none for a topic taken
     * {@link #byAction()}.
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
