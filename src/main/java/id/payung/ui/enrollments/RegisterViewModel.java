package id.payung.ui.enrollments;

import id.payung.domain.CoverageStatus;
import id.payung.domain.Deletion;
import id.payung.domain.EndReason;
import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.RegionNaming;
import id.payung.domain.RegisterFilter;
import id.payung.domain.RegisterPage;
import id.payung.domain.RegisterSort;
import id.payung.domain.Region;
import id.payung.domain.Segment;
import id.payung.service.EnrollmentService;
import id.payung.service.ReferenceService;
import id.payung.service.RegisterService;
import id.payung.ui.BackgroundTask;
import id.payung.ui.LatestRead;
import id.payung.ui.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the register: filters, sort, the current page (read from SQLite by keyset), the counts,
 * and the commands on a row (reveal NIK, end, delete with undo).
 */
public final class RegisterViewModel {
    public static final int PAGE_SIZE = 100;

    private final RegisterService register;
    private final EnrollmentService enrollments;
    private final ReferenceService reference;
    private final id.payung.service.exporting.ExportService exports;
    private final TaskExecutor tasks;
    private final Clock clock;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<FundingSource> funder = new SimpleObjectProperty<>();
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final ObjectProperty<Occupation> occupation = new SimpleObjectProperty<>();
    private final ObjectProperty<CoverageStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<RegisterSort> sort = new SimpleObjectProperty<>(RegisterSort.defaultOrder());

    private final ObservableList<EnrollmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<EnrollmentRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<RegisterService.Counts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageNumber = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private java.util.function.BiConsumer<EnrollmentRow, Boolean> onDeletedOrRestored = (row, restored) -> { };
    private java.util.function.BiConsumer<EnrollmentRow, YearMonth> onEnded = (row, last) -> { };
    /** The enrollment deleted last while its undo is offered (null: nothing to undo). */
    private final ReadOnlyObjectWrapper<EnrollmentRow> lastDeleted = new ReadOnlyObjectWrapper<>();

    /** Where each page visited so far starts; the first page starts at null. */
    private final List<RegisterPage.PageKey> pageStarts = new ArrayList<>();
    private RegisterPage.PageKey nextStart;
    /** Pages and counts for a filter, sort or page the user has already left are not read, nor shown. */
    private final LatestRead pageReads;
    private final LatestRead countReads;

    private final ObservableList<FundingSource> funderChoices = FXCollections.observableArrayList();
    /** The funders a new cohort may name: ReferenceService.offeredFunders (not another region's budget). */
    private final List<FundingSource> offeredFunders = new ArrayList<>();
    private final ObservableList<Region> regionChoices = FXCollections.observableArrayList();
    private final ObservableList<Occupation> occupationChoices = FXCollections.observableArrayList();
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();

    public RegisterViewModel(RegisterService register, EnrollmentService enrollments, ReferenceService reference,
                             id.payung.service.exporting.ExportService exports, TaskExecutor tasks, Clock clock) {
        this.exports = exports;
        this.register = register;
        this.enrollments = enrollments;
        this.reference = reference;
        this.tasks = tasks;
        this.clock = clock;
        this.pageReads = new LatestRead(tasks);
        this.countReads = new LatestRead(tasks);
        for (Observable o : List.of(search, funder, segment, region, occupation, status, year)) {
            o.addListener(x -> refresh());
        }
        // Another order shows the same enrollments: the first page again, without counting them again (the
        // count is the slow part at a million rows, and would hold up the page behind it).
        sort.addListener(x -> firstPage());
    }

    /** The month to suggest when ending an enrollment: this month, or its first month if that is later. */
    public YearMonth suggestedEndMonth(EnrollmentRow row) {
        YearMonth now = YearMonth.now(clock);
        return now.isBefore(row.firstMonth()) ? row.firstMonth() : now;
    }

    /** This year, for new records. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /**
     * Writes the enrollments the current filter matches to {@code file} (.xlsx / .csv); NIKs masked
     * unless {@code fullNik}, which is audited. {@code done} gets the number of rows.
     */
    public void export(java.nio.file.Path file, boolean fullNik, java.util.function.LongConsumer done) {
        dismissUndo();
        RegisterFilter f = filter();
        BackgroundTask.<Long>of(task -> exports.enrollments(f, file, fullNik, task.steps())).withTitle("task.export")
                .onSuccess(done::accept).executeWith(tasks);
    }

    /** Loads the filter choices, then the first page. */
    public void load() {
        record Lists(List<FundingSource> funders, List<FundingSource> offered, List<Region> regions,
                     java.util.Map<String, String> regencies, List<Occupation> occupations) { }
        tasks.read(() -> new Lists(reference.listedFunders(), reference.offeredFunders(), reference.localRegions(),
                reference.localRegencies(), reference.occupations()), l -> {
            funderChoices.setAll(l.funders());
            offeredFunders.clear();
            offeredFunders.addAll(l.offered());
            regencyNames = Map.copyOf(l.regencies()); // before the choices: their words name the regency
            kecamatanByCode = l.regions().stream().filter(r -> r.level() == id.payung.domain.RegionLevel.KECAMATAN)
                    .collect(java.util.stream.Collectors.toUnmodifiableMap(Region::code, r -> r, (a, b) -> a));
            regionChoices.setAll(withRegencies(l.regions(), regencyNames));
            occupationChoices.setAll(l.occupations());
            int now = LocalDate.now(clock).getYear();
            List<Integer> years = new ArrayList<>();
            for (int y = now + 1; y >= 2015; y--) {
                years.add(y);
            }
            yearChoices.setAll(years);
            refresh();
        });
    }

    /**
     * The funders the register's filter offers: {@link ReferenceService#listedFunders()}, the Sumber dana screen's list.
     * A clerk on a server gets those that concern their regency, and every funder their regency's records name
     * (an enrollment under another region's budget can still be found); a provincial reader and a file, every funder.
     */
    public ObservableList<FundingSource> funderChoices() {
        return funderChoices;
    }

    /**
     * The funders the cohort dialog offers: the office's offered ones, plus the edited cohort's own funder when it
     * is not among them (a file moved from another regency), so a correction shows who paid rather than a blank.
     *
     * @param ownCode the edited cohort's funder code; null for a new cohort
     */
    public List<FundingSource> cohortFunderChoices(String ownCode) {
        List<FundingSource> choices = new ArrayList<>(offeredFunders);
        if (ownCode != null && choices.stream().noneMatch(f -> f.code().equals(ownCode))) {
            funderChoices.stream().filter(f -> f.code().equals(ownCode)).findFirst().ifPresent(choices::add);
        }
        return choices;
    }

    /**
     * The register's Wilayah choices: the kecamatan and desa in code order and, for a reader of several regencies
     * ({@code regencies} not empty: a provincial reader, trial 20a), each regency before its own kecamatan, so that
     * a whole regency can be chosen (the filter takes a region and every region inside it by its code).
     */
    static List<Region> withRegencies(List<Region> regions, Map<String, String> regencies) {
        if (regencies.isEmpty()) {
            return regions;
        }
        List<Region> out = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (Region r : regions) {
            String regency = r.code().length() >= 5 ? r.code().substring(0, 5) : null;
            if (regency != null && regencies.containsKey(regency) && placed.add(regency)) {
                out.add(new Region(regency, regencies.get(regency), id.payung.domain.RegionLevel.REGENCY,
                        regency.substring(0, 2)));
            }
            out.add(r);
        }
        return out;
    }

    public ObservableList<Region> regionChoices() {
        return regionChoices;
    }

    /**
     * The regency of a kecamatan of {@link #regionChoices()} ("Kabupaten Manggarai"), for a provincial reader, who
     * reads several regencies' kecamatan (one name may be a kecamatan of two: the filter is "Kec. Satar Mese
     * (Kabupaten Manggarai)", and chooses that one by its code); null for a regency's clerk, a file, and a desa.
     */
    public String regencyOf(Region r) {
        return r == null || r.level() != id.payung.domain.RegionLevel.KECAMATAN || r.parentCode() == null ? null
                : regencyNames.get(r.parentCode());
    }

    /**
     * A kecamatan as the register's Kecamatan column and the cohorts name it: for a provincial reader with its regency
     * as the filter names it ({@link #regencyOf}, {@code region.nameOf}: "Satar Mese (Kabupaten Manggarai)"), two
     * regencies may each have a kecamatan of that name; else its name alone. Null stays null (no kecamatan).
     *
     * @param code the kecamatan's code (null when not known: the name alone)
     */
    public String kecamatanText(String name, String code, java.util.ResourceBundle words) {
        // One rule with the register's export (RegionNaming): a kecamatan of the choices, named with its regency.
        return RegionNaming.kecamatanWithRegency(name, code == null || !kecamatanByCode.containsKey(code) ? null : code,
                regencyNames, words.getString("region.nameOf"));
    }

    /** The kecamatan of {@link #regionChoices()} by code, for {@link #kecamatanText} (FX thread). */
    private Map<String, Region> kecamatanByCode = Map.of();

    /** {@link ReferenceService#localRegencies()}, read with the choices (FX thread). */
    private Map<String, String> regencyNames = Map.of();

    public ObservableList<Occupation> occupationChoices() {
        return occupationChoices;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    /** Clears every filter and the search. */
    public void clearFilters() {
        search.set("");
        funder.set(null);
        segment.set(null);
        region.set(null);
        occupation.set(null);
        status.set(null);
        year.set(null);
    }

    /** The filter the controls describe now. */
    public RegisterFilter filter() {
        return new RegisterFilter(search.get(), funder.get() == null ? null : funder.get().code(), segment.get(),
                region.get() == null ? null : region.get().code(), occupation.get() == null ? null : occupation.get().code(),
                status.get(), year.get(), false);
    }

    /** Reloads from the first page with the current filter and sort (e.g. after a save). */
    public void refresh() {
        firstPage();
        RegisterFilter f = filter();
        // Counting is the slow part at a million rows: skipped when the user has already asked again.
        countReads.run(() -> register.counts(f), counts::set);
    }

    private void firstPage() {
        pageStarts.clear();
        pageStarts.add(null);
        loadPage(0);
    }

    /** Shows the next page, if there is one. */
    public void nextPage() {
        if (nextStart != null) {
            int index = pageNumber.get();
            if (pageStarts.size() <= index) {
                pageStarts.add(nextStart);
            } else {
                pageStarts.set(index, nextStart);
            }
            loadPage(index);
        }
    }

    /** Shows the previous page, if there is one. */
    public void previousPage() {
        if (pageNumber.get() > 1) {
            loadPage(pageNumber.get() - 2);
        }
    }

    private void loadPage(int index) {
        RegisterFilter f = filter();
        RegisterSort s = sort.get();
        RegisterPage.PageKey start = pageStarts.get(index);
        // An answer to a question the user has since changed is not shown.
        pageReads.run(() -> register.page(f, s, start, PAGE_SIZE), page -> {
            LocalDate today = LocalDate.now(clock);
            rows.setAll(page.rows().stream().map(e -> EnrollmentRow.of(e, today)).toList());
            nextStart = page.next();
            pageNumber.set(index + 1);
            hasNext.set(nextStart != null);
            hasPrevious.set(index > 0);
        });
    }

    /** Shows one row's full NIK; the look is audited. */
    public void revealNik(EnrollmentRow row) {
        tasks.run(() -> enrollments.revealNik(row.id()), nik -> {
            int i = rows.indexOf(row);
            if (i >= 0) {
                rows.set(i, row.withNik(nik));
            }
        });
    }

    /**
     * Deletes an enrollment for the clerk's reason; {@link #undoDelete()} brings it back while the undo is offered
     * ({@link #lastDeletedProperty}).
     */
    public void delete(EnrollmentRow row, Deletion reason) {
        lastDeleted.set(null); // one undo at a time: the one before is no longer offered
        changed();
        tasks.run(() -> {
            enrollments.delete(row.id(), reason);
            return row;
        }, deleted -> {
            lastDeleted.set(deleted);
            onDeletedOrRestored.accept(deleted, false);
            refresh();
        });
    }

    /**
     * Told after each deletion ({@code false}) and each undone deletion ({@code true}), with the row: the window's
     * status line says so, rather than still showing "Tersimpan: …" for an enrollment that is gone (trial 16 L4).
     */
    public void setOnDeletedOrRestored(java.util.function.BiConsumer<EnrollmentRow, Boolean> listener) {
        onDeletedOrRestored = listener == null ? (row, restored) -> { } : listener;
    }

    /** Restores the enrollment deleted last, if its undo is still offered. */
    public void undoDelete() {
        EnrollmentRow deleted = lastDeleted.get();
        if (deleted != null) {
            lastDeleted.set(null);
            changed();
            tasks.run(() -> {
                enrollments.restore(deleted.id());
                return deleted.id();
            }, restored -> {
                onDeletedOrRestored.accept(deleted, true);
                refresh();
            });
        }
    }

    /**
     * No longer offers to undo the last deletion: the clerk left the register or wrote something else (an import, a
     * save, an end, an export), after which an undo would come as a surprise (trial M10: the notice outlived two
     * imports and an export).
     */
    public void dismissUndo() {
        lastDeleted.set(null);
    }

    private final javafx.beans.property.IntegerProperty changes = new javafx.beans.property.SimpleIntegerProperty();

    /**
     * Counts the clerk's changes to the register (a save, an import, an end, a deletion or its undo): a notice about
     * an earlier action (the export's "23 pendaftaran diekspor ke …", trial 18 LOW 9) ends with the next one.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }

    /** After a write elsewhere (the form, an import): the undo offer ends and the page is read again. */
    public void afterWrite() {
        dismissUndo();
        changed();
        refresh();
    }

    /** Ends an enrollment at a month, for a reason; {@link #setOnEnded} is told once it is ended. */
    public void end(EnrollmentRow row, YearMonth lastMonth, EndReason reason) {
        dismissUndo();
        changed();
        tasks.run(() -> {
            enrollments.end(row.id(), lastMonth, reason);
            return row.id();
        }, id -> {
            onEnded.accept(row, lastMonth);
            refresh();
        });
    }

    /**
     * Told after each enrollment ended, with its row and last month: the window's status line says so, as it says a
     * save or a deletion, rather than still showing the "Tersimpan: …" before it (trial 22b). {@link #endedNotice}
     * gives the words.
     */
    public void setOnEnded(java.util.function.BiConsumer<EnrollmentRow, YearMonth> listener) {
        onEnded = listener == null ? (row, last) -> { } : listener;
    }

    /**
     * The status line's words for an ended enrollment: "Kepesertaan Maria Jelita (531001********01) — Mandiri
     * (bayar sendiri) diakhiri per 06/2026" (the NIK masked, as the deletion's notice).
     */
    public static String endedNotice(java.util.ResourceBundle words, EnrollmentRow row, YearMonth lastMonth) {
        return java.text.MessageFormat.format(words.getString("notice.enrollmentEnded"), row.name(), row.maskedNik(),
                row.funder(), id.payung.domain.Formats.month(lastMonth));
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<FundingSource> funderProperty() {
        return funder;
    }

    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public ObjectProperty<Occupation> occupationProperty() {
        return occupation;
    }

    public ObjectProperty<CoverageStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<RegisterSort> sortProperty() {
        return sort;
    }

    /** The rows of the current page. */
    public ObservableList<EnrollmentRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<RegisterService.Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageNumberProperty() {
        return pageNumber.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    /** The enrollment deleted last, while its undo is offered; null when there is nothing to undo. */
    public ReadOnlyObjectProperty<EnrollmentRow> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }
}
