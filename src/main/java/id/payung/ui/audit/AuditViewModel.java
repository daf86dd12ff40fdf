package id.payung.ui.audit;

import id.payung.domain.AuditTopic;
import id.payung.domain.FormProblem;
import id.payung.service.AuditFilter;
import id.payung.service.AuditRecord;
import id.payung.service.AuditService;
import id.payung.service.AuditWords;
import id.payung.service.InvalidInputException;
import id.payung.service.ReferenceService;
import id.payung.service.exporting.ExportService;
import id.payung.ui.BackgroundTask;
import id.payung.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the audit trail screen: the filter the auditor sets, the entries it finds (a page at a time, newest
 * first), and why a search was refused.
 */
public final class AuditViewModel {
    /** Entries read per page: a screenful many times over, and quick to read even in a long log. */
    static final int PAGE = 200;
    /**
     * Entries in time order, those of the same moment in the order they were written (their number): the order
     * of events, which the minute shown cannot tell apart (a deletion and its undo).
     */
    public static final java.util.Comparator<AuditRecord> BY_TIME = java.util.Comparator
            .comparing((AuditRecord r) -> r.change().at()).thenComparingLong(AuditRecord::id);

    private final AuditService audit;
    private final ExportService exports;
    private final ReferenceService reference;
    private final TaskExecutor tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty();
    /** The regency (code) whose entries a reader of several regencies asks for; null: all. */
    private final StringProperty regency = new SimpleStringProperty();
    /** A reader's regencies to choose from ({@link AuditService#regencyChoices()}), codes in order of name. */
    private final ObservableList<String> regencyCodes = FXCollections.observableArrayList();
    private java.util.Map<String, String> regencyNames = java.util.Map.of();
    private final ObjectProperty<AuditTopic> topic = new SimpleObjectProperty<>();
    private final StringProperty person = new SimpleStringProperty("");
    private final ObservableList<AuditRecord> rows = FXCollections.observableArrayList();
    private final ObservableList<AuditRecord> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<List<FormProblem>> refused = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<AuditWords.Names> names = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper regencyShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** {@link AuditService#actorRegencies()}, read with the logins. */
    private java.util.Map<String, List<String>> actorRegencies = java.util.Map.of();
    /** The filter of the rows shown: "load more" and export continue it, not what the fields say meanwhile. */
    private AuditFilter shown = AuditFilter.ALL;
    private long next;
    /** Counts the searches asked for: an answer to an older one is not shown over a newer one's. */
    private long asked;

    /** @param exports writes the trail to a file the user chose (replacing it: the save dialog asked) */
    public AuditViewModel(AuditService audit, ExportService exports, ReferenceService reference, TaskExecutor tasks) {
        this.audit = audit;
        this.exports = exports;
        this.reference = reference;
        this.tasks = tasks;
    }

    /** The filter as the fields stand. */
    public AuditFilter filter() {
        return new AuditFilter(from.get(), to.get(), actor.get(), topic.get(), person.get(), regency.get());
    }

    /** Reads the newest entries the fields ask for (and the words for codes, once). */
    public void search() {
        search(false);
    }

    /**
     * {@link #search()}, and the clerks who wrote to the log read again: on each visit to the screen, not on each
     * search (a full pass over a long log).
     */
    public void reload() {
        search(true);
    }

    private void search(boolean withActors) {
        AuditFilter f = filter();
        long mine = ++asked;
        BackgroundTask.wrap(() -> new Found(audit.search(f, 0, PAGE), withActors ? audit.actors() : null,
                        withActors ? audit.actorRegencies() : null, withActors ? audit.regencyChoices() : null,
                        names.get() != null ? names.get() : AuditWords.Names.of(reference), audit.showsRegencies(),
                        audit.undoneByRestore()))
                .readOnly()
                .onSuccess(found -> {
                    if (mine != asked) {
                        return;
                    }
                    names.set(found.names());
                    regencyShown.set(found.regencies());
                    if (found.actors() != null) {
                        actorRegencies = found.actorRegencies();
                        regencyNames = found.regencyChoices();
                        String regencyChosen = regency.get();
                        regencyCodes.setAll(regencyNames.keySet());
                        regency.set(regencyChosen);
                        String chosen = actor.get();
                        actors.setAll(found.actors());
                        actor.set(chosen);
                    }
                    shown = f;
                    undone = found.undone();
                    refused.set(List.of());
                    next = found.page().next();
                    more.set(next != 0);
                    rows.setAll(found.page().rows());
                })
                .onFailure(InvalidInputException.class, e -> {
                    if (mine == asked) {
                        refused.set(e.problems());
                    }
                })
                .executeWith(tasks);
    }

    /**
     * Refuses a search the fields cannot ask (a day typed that is no date), as a refused search is shown: the rows
     * stay, the reason is said, an answer still on its way to an earlier search is not shown over it.
     */
    public void refuse(List<FormProblem> why) {
        asked++;
        refused.set(List.copyOf(why));
    }

    /** Reads the page after the rows shown, by the same filter, and adds it below them. */
    public void loadMore() {
        if (next == 0) {
            return;
        }
        AuditFilter f = shown;
        long before = next;
        long mine = asked;
        tasks.read(() -> audit.search(f, before, PAGE), page -> {
            if (mine != asked || before != next) {
                return;
            }
            next = page.next();
            more.set(next != 0);
            rows.addAll(page.rows());
        });
    }

    /** Clears the filter and reads the newest entries. */
    public void clear() {
        from.set(null);
        to.set(null);
        actor.set(null);
        regency.set(null);
        topic.set(null);
        person.set("");
        search();
    }

    /**
     * Writes every entry the rows shown were found by (not only the pages read) to {@code file}, in the words of
     * {@code words}; {@code done} gets how many, on the FX thread. Long work: shown with progress, cancellable.
     */
    public void export(Path file, ResourceBundle words, Consumer<Long> done) {
        AuditFilter f = shown;
        BackgroundTask.<Long>of(task -> exports.auditTrail(f, file, words, task.steps()))
                .withTitle("task.export").onSuccess(count -> {
                    done.accept(count);
                    search(); // the export is an entry of its own: the trail shows it at once
                }).executeWith(tasks);
    }

    public ObservableList<AuditRecord> rows() {
        return rowsView;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The regency (code) asked for by a reader of several regencies; null: all. */
    public StringProperty regencyProperty() {
        return regency;
    }

    /** The regencies a reader may choose, codes in order of name (empty for one office's log). */
    public ObservableList<String> regencyCodes() {
        return regencyCodes;
    }

    /** A regency's name as the entries name it ("Kabupaten Manggarai Barat"), else its code. */
    public String regencyName(String code) {
        return regencyNames.getOrDefault(code, code);
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObjectProperty<AuditTopic> topicProperty() {
        return topic;
    }

    public StringProperty personProperty() {
        return person;
    }

    /** True when older entries than those shown match the filter. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    /** Why the last search was refused (empty when it was not). */
    public ReadOnlyObjectProperty<List<FormProblem>> refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /** The names of regions, occupations and funders for the words of the entries (null until the first search). */
    public ReadOnlyObjectProperty<AuditWords.Names> namesProperty() {
        return names.getReadOnlyProperty();
    }

    /**
     * Whether the entries are named with their regency ({@link AuditRecord#regency()}): for a provincial reader, who
     * reads every regency's log (a login's name alone does not say which regency's clerk it is); not for a clerk nor a file.
     */
    public ReadOnlyBooleanProperty regencyShownProperty() {
        return regencyShown.getReadOnlyProperty();
    }

    /**
     * A login as the "Oleh" choice names it: for a reader of several regencies' log, with the regency (or regencies)
     * it wrote in, as the entries' column names them ({@code audit.actor.ofRegency}: "siti (Kabupaten Manggarai)");
     * else the login alone.
     */
    public String actorText(String login, ResourceBundle words) {
        List<String> regencies = actorRegencies.getOrDefault(login, List.of());
        return regencies.isEmpty() ? login : java.text.MessageFormat.format(words.getString("audit.actor.ofRegency"),
                login, String.join(", ", regencies));
    }

    private record Found(AuditService.Page page, List<String> actors, java.util.Map<String, List<String>> actorRegencies,
                         java.util.Map<String, String> regencyChoices, AuditWords.Names names, boolean regencies,
                         java.util.Map<Long, java.time.Instant> undone) {
    }

    /** The entries whose changes a restore undid, with that restore's time ({@link AuditService#undoneByRestore}). */
    private java.util.Map<Long, java.time.Instant> undone = java.util.Map.of();

    /**
     * When the restore that undid entry {@code r}'s change was made (Jejak audit marks it "dibatalkan oleh pemulihan
     * …", trial 21b #6); null when no restore undid it.
     */
    public java.time.Instant undoneByRestore(AuditRecord r) {
        return undone.get(r.id());
    }
}
