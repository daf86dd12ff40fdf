package id.payung.ui.imports;

import id.payung.domain.FundingSource;
import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import id.payung.service.ReferenceService;
import id.payung.service.ReplacingWrite;
import id.payung.service.importing.Column;
import id.payung.service.importing.ImportFileException;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import id.payung.service.importing.TitleRegion;
import id.payung.domain.ImportBatch;
import id.payung.ui.BackgroundTask;
import id.payung.ui.DatePickers;
import id.payung.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import window: choose a file and what applies where it is silent, check it (every problem by row
 * and column), then import with progress and Cancel; and the list of past imports, each undoable.
 */
public final class ImportViewModel {
    private final ImportService service;
    private final ReferenceService reference;
    private final TaskExecutor tasks;
    private final Runnable afterImport;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty sheet = new SimpleStringProperty("");
    private final ObjectProperty<FundingSource> funder = new SimpleObjectProperty<>();
    private final StringProperty firstMonth = new SimpleStringProperty("");
    private final StringProperty months = new SimpleStringProperty("12");
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    /** One kecamatan for the rows whose file gives none (null: from the file); the choices start with null. */
    private final ObjectProperty<Region> kecamatan = new SimpleObjectProperty<>();
    /** One desa/kelurahan for the rows whose file gives none, as typed (matched like the file's names). */
    private final StringProperty desa = new SimpleStringProperty("");
    private final BooleanProperty includeInactive = new SimpleBooleanProperty(false);
    private final ObservableList<FundingSource> funders = FXCollections.observableArrayList();
    private final ObservableList<Region> kecamatans = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportService.Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportService.Report> checked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportService.Report> imported = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
    /**
     * The problem list as shown: {@link #problems}, and where the clerk's correction settled an entry, that entry kept
     * in its place marked ready ({@link #isReady}) until another file (or the same again) is chosen or the clerk hides
     * them (trial 21c: after each correction the rows below moved up one under the clerk's eyes).
     */
    private final ObservableList<RowProblem> shownProblems = FXCollections.observableArrayList();
    /** The entries of {@link #shownProblems} a correction settled (kept, marked ready). */
    private final java.util.Set<RowProblem> ready = new java.util.HashSet<>();
    private final javafx.beans.property.ReadOnlyIntegerWrapper readyCount = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    /** The clerk hides settled entries: a correction's entry then leaves the list at once, as before. */
    private final BooleanProperty hideReady = new SimpleBooleanProperty(false);
    /** The list's own numbers (its No column) of the rows of {@link #problems}, by the file's line; empty: none. */
    private Map<Integer, String> listNumbers = Map.of();
    /** The NIKs the pass that gave {@link #problems} proposes for cells Excel destroyed (whole: shown masked). */
    private List<ImportService.NikProposal> proposals = List.of();
    /**
     * Looks at a registered person's whole NIK and records the look in the audit log, as the register's "Tampilkan NIK"
     * does ({@link #setNikReveal}); null: the window offers no look (the proposal stays masked).
     */
    private java.util.function.UnaryOperator<String> nikReveal;
    /** The proposed NIKs the clerk looked at whole for this file (each look audited once): shown whole after it. */
    private final java.util.Set<String> revealedNiks = new java.util.HashSet<>();
    /** How many proposed NIKs were looked at whole for this file: the window draws the list anew as it changes. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper revealedCount =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    /** Values the clerk corrected in the problem list; applied as the file is read (the file is not changed). */
    private final Map<ImportOptions.CellFix, String> fixes = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<ImportFileException> fileProblem = new ReadOnlyObjectWrapper<>();
    /**
     * The corrections clerks of this office made when this file (same content, or same name with the same cells) was
     * imported before ({@link ImportService#earlierFixes}): offered, never applied without the clerk.
     */
    private final ReadOnlyObjectWrapper<ImportService.EarlierFixes> earlier =
            new ReadOnlyObjectWrapper<>(ImportService.EarlierFixes.NONE);
    /** How many of {@link #earlier} are not yet in force for a cell the clerk has not corrected otherwise. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper earlierOffered =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    /** How many earlier corrections the clerk applied to this file (0: none). */
    private final javafx.beans.property.ReadOnlyIntegerWrapper earlierApplied =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    /** The earlier corrections are to be read (again) at the next check: another file, or after an import or undo. */
    private boolean earlierStale = true;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    /** The import waits for another writer (another import, here or in another Payung); Cancel gives up. */
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ImportBatch> batches = FXCollections.observableArrayList();
    private final ObjectProperty<ImportBatch> chosenBatch = new SimpleObjectProperty<>();
    /** The first month offered before any file: this month. */
    private final YearMonth defaultMonth;
    /** Whether the clerk set "Mulai" themselves: then a year the file names no longer moves it. */
    private boolean firstMonthChosen;
    /** True while the model itself sets "Mulai" (the year a file names), which is not the clerk's choice. */
    private boolean proposingMonth;
    /** The year the file names when "Mulai" was taken from it (said beside it, so a wrong year is seen); else null. */
    private final ReadOnlyObjectWrapper<Integer> monthFromYear = new ReadOnlyObjectWrapper<>();
    /** The years a file names when they disagree (name 2025, title 2026) and "Mulai" is not the clerk's; else empty. */
    private final ReadOnlyObjectWrapper<List<Integer>> yearsInDoubt = new ReadOnlyObjectWrapper<>(List.of());
    /** True when "Mulai" not set by the clerk is this month because the chosen file names no year: said beside it. */
    private final ReadOnlyBooleanWrapper monthIsThisMonth = new ReadOnlyBooleanWrapper(false);
    /** True when the file has no Mulai column and "Mulai" holds no month: Impor waits for the clerk's. */
    private final ReadOnlyBooleanWrapper monthMissing = new ReadOnlyBooleanWrapper(false);
    /**
     * "Jumlah bulan" as the clerk set it for the previous file, kept for this one because it is not the usual
     * {@value #USUAL_MONTHS}: said beside "Mulai" until the clerk changes it; else null.
     */
    private final ReadOnlyObjectWrapper<String> monthsKept = new ReadOnlyObjectWrapper<>();
    private static final String USUAL_MONTHS = "12";
    /** The file the window's choices were made for: another file starts from the file's own (M7, trial 13). */
    private Path settingsFor;
    /** Whether the clerk chose the kecamatan (or "from the file") themselves: then a title's kecamatan is not proposed. */
    private boolean kecamatanChosen;
    /** True while the model itself sets the kecamatan (the one a title names, or none for another file). */
    private boolean proposingKecamatan;
    /** The kecamatan the file's title rows name when the box was set from it (said beside it); else null. */
    private final ReadOnlyObjectWrapper<Region> kecamatanFromTitle = new ReadOnlyObjectWrapper<>();
    /** The kecamatan the title rows name when some rows' desa lie in another: not proposed, but said; else null. */
    private final ReadOnlyObjectWrapper<Region> kecamatanTitleDisagrees = new ReadOnlyObjectWrapper<>();
    /** Whether the clerk typed the desa themselves: then a title's desa is not proposed over it. */
    private boolean desaChosen;
    /** True while the model itself sets the desa (the one a title names, the earlier import's, or none for another file). */
    private boolean proposingDesa;
    /** The desa/kelurahan the file's title rows name when the Desa field was set from it (said beside it); else null. */
    private final ReadOnlyObjectWrapper<id.payung.domain.Region> desaFromTitle = new ReadOnlyObjectWrapper<>();
    /** The name the title rows give that several villages share (not proposed, said with them); else null. */
    private final ReadOnlyObjectWrapper<SharedDesa> desaTitleAmbiguous = new ReadOnlyObjectWrapper<>();
    /**
     * How many rows the last check found ready that would be imported with no desa/kelurahan (the file has no Desa
     * column and none is typed): said before Impor, as the SK annex would print "–" for them (trial 19); 0 otherwise.
     */
    private final javafx.beans.property.ReadOnlyLongWrapper rowsWithoutDesa = new javafx.beans.property.ReadOnlyLongWrapper(0);
    /**
     * What the clerk gave the import that stands of this very file ({@link #standingImportProperty}): its funder,
     * "Mulai", months, kecamatan and desa, offered again for the clerk to take ({@link #applyStandingDecisions}); null
     * when there is none or it gave nothing.
     */
    private final ReadOnlyObjectWrapper<ImportService.Decisions> standingDecisions = new ReadOnlyObjectWrapper<>();
    /** The clerk took {@link #standingDecisions} for the chosen file: not offered again for it. */
    private boolean standingTaken;
    /** Whether the clerk chose the funder (or "from the file") themselves: then the file's title proposes none. */
    private boolean funderChosen;
    /** True while the model itself sets the funder (the one a title or the file's name names, or none for another file). */
    private boolean proposingFunder;
    /** The funder the file's title rows or name name, with that text, when the box was set from it (said under it). */
    private final ReadOnlyObjectWrapper<id.payung.service.importing.NamedFunder.Found> funderFromTitle =
            new ReadOnlyObjectWrapper<>();
    /**
     * Where the funder the last list was imported under is kept for this database (the enrollment form's memory,
     * {@link id.payung.ui.ImportFunderMemory}); null: nothing is kept (a test's window).
     */
    private id.payung.ui.ImportFunderMemory funderMemory;
    /**
     * The funder the box was set to because the last list imported here went in under it (trial 21c: the clerk chose
     * it anew for every village's list), said under the box so it is seen as kept, not guessed; null otherwise.
     */
    private final ReadOnlyObjectWrapper<FundingSource> funderKept = new ReadOnlyObjectWrapper<>();
    /**
     * True after an import that ran to its end (written, refused or nothing new): pressing Impor again would only find
     * the same rows again. False again once the file, a setting, a column's meaning or a correction changes.
     */
    private final ReadOnlyBooleanWrapper importDone = new ReadOnlyBooleanWrapper(false);
    /**
     * The import that stands (not undone) of a file with the chosen file's content (same SHA-256), newest; null when
     * none. Said in the window: the same village list opened again (a new-user trial).
     */
    private final ReadOnlyObjectWrapper<ImportBatch> standingImport = new ReadOnlyObjectWrapper<>();
    /**
     * True when the last check found nothing to import: no new row, no wrong row, every row registered already. Impor
     * is then disabled, and the window says why.
     */
    private final ReadOnlyBooleanWrapper nothingToImport = new ReadOnlyBooleanWrapper(false);
    /** What the window last saved (the template, or this file's problem list), said beside it; null: nothing. */
    private final ReadOnlyObjectWrapper<Saved> saved = new ReadOnlyObjectWrapper<>();
    /** The last import this window undid, with how many enrollments went (null: none yet). */
    private final ReadOnlyObjectWrapper<Undone> undone = new ReadOnlyObjectWrapper<>();
    /** The batch just undone, to be chosen again once the list is read anew (0: none). */
    private long keepChosen;
    /** The check or import now running, for Cancel; null when none. */
    private BackgroundTask<?> current;
    private id.payung.service.importing.Reconciliation reconciliation;
    private final ObservableList<id.payung.service.importing.Reconciliation.Line> reconciled =
            FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<id.payung.service.importing.Reconciliation.Result> reconcileResult =
            new ReadOnlyObjectWrapper<>();

    /** A file the window saved: the empty template, or ({@code problemList}) the chosen file's problem list. */
    public record Saved(Path file, boolean problemList) {
    }

    /** A desa/kelurahan name a title gives ({@code text}, as written) that several villages share ({@code villages}). */
    public record SharedDesa(String text, List<Region> villages) {
    }

    /** A past import undone: the batch as listed when the clerk chose it, and how many enrollments its undo removed. */
    public record Undone(ImportBatch batch, int enrollments) {
    }

    /** One file column and the meaning the user gives it (null = ignore). */
    public record MappingRow(int index, String header, String example, ObjectProperty<Column> column) {
    }

    public ImportViewModel(ImportService service, ReferenceService reference, TaskExecutor tasks, YearMonth defaultMonth,
                           Runnable afterImport) {
        this.service = service;
        this.reference = reference;
        this.tasks = tasks;
        this.afterImport = afterImport;
        this.defaultMonth = defaultMonth;
        // "Mulai" starts empty: a list that names no year and has no Mulai column is given one by the clerk, never
        // this month unasked (trial 21c: "a guess; it should be required like the funder").
        firstMonth.addListener((obs, old, now) -> {
            if (!proposingMonth) {
                firstMonthChosen = true;
                monthFromYear.set(null); // the clerk's month: no longer the file's
                monthIsThisMonth.set(false);
                yearsInDoubt.set(List.of());
            }
            updateMonthMissing();
            // The clerk filled the "Mulai" the file could not be checked without: checked again at once, as a funder
            // chosen is (once, when the text first reads as a month: not per keystroke).
            if (!proposingMonth && DatePickers.parseMonth(now) != null && DatePickers.parseMonth(old) == null
                    && fileProblem.get() != null && "NO_PERIOD".equals(fileProblem.get().code())
                    && file.get() != null && imported.get() == null && !running.get()) {
                check();
            }
        });
        problems.addListener((javafx.beans.InvalidationListener) o -> showProblems());
        hideReady.addListener((obs, was, now) -> {
            if (now) {
                hideReadyNow();
            }
        });
        preview.addListener(o -> updateMonthMissing());
        file.addListener(o -> updateMonthMissing());
        mapping.addListener((javafx.beans.InvalidationListener) o -> updateMonthMissing());
        months.addListener((obs, old, now) -> monthsKept.set(null)); // the clerk's own for this file now
        // Nothing ready: pressing Impor could only be refused (a wrong row refuses the file; under "lewati baris yang
        // salah" nothing new is nothing imported) — trial 18-2 pressed it and read "2 baris salah" over the reason.
        checked.addListener((obs, old, now) -> nothingToImport.set(now != null && now.imported() == 0
                && (now.rejected() > 0 || now.duplicates() > 0)));
        sheet.addListener((obs, old, now) -> earlierStale = true); // another sheet's cells were corrected apart
        // An invalidation listener, added before the re-check's: the clerk's choice is known before it checks again.
        kecamatan.addListener((javafx.beans.InvalidationListener) obs -> {
            kecamatan.get(); // valid again, so the next choice is heard too
            if (!proposingKecamatan) {
                kecamatanChosen = true;
                kecamatanFromTitle.set(null);
            }
        });
        // As the kecamatan's: the clerk's choice is known before the re-check's listener checks again.
        funder.addListener((javafx.beans.InvalidationListener) obs -> {
            funder.get();
            if (!proposingFunder) {
                funderChosen = true;
                funderFromTitle.set(null);
                funderKept.set(null);
            }
        });
        // Typed by the clerk: theirs, no longer the title's (and not replaced by the next check's proposal).
        desa.addListener((obs, old, now) -> {
            if (!proposingDesa) {
                desaChosen = true; // emptied too: the title's is not proposed again for this file
                desaFromTitle.set(null);
            }
        });
        // Any change to what an import would do makes Impor worth pressing again (a trial: after a finished import
        // the button stayed enabled, and a second press found only duplicates).
        javafx.beans.InvalidationListener changed = o -> importDone.set(false);
        for (javafx.beans.Observable o : List.<javafx.beans.Observable>of(file, sheet, funder, firstMonth, months,
                skipInvalid, kecamatan, desa, includeInactive)) {
            o.addListener(changed);
        }
        file.addListener((obs, old, now) -> {
            if (saved.get() != null && saved.get().problemList()) {
                saved.set(null); // "Tersimpan: …" was this file's problem list, not the next one's
            }
            monthFromYear.set(null);
            monthIsThisMonth.set(false);
            yearsInDoubt.set(List.of());
            forgetReady(); // another file, or the same chosen again: its list anew
            shownProblems.clear();
            preview.set(null);
            checked.set(null);
            imported.set(null);
            mapping.clear();
            problems.clear();
            proposals = List.of();
            revealedNiks.clear(); // another file's proposals are looked at (and recorded) anew
            revealedCount.set(0);
            fixes.clear();
            earlier.set(ImportService.EarlierFixes.NONE);
            standingImport.set(null);
            standingDecisions.set(null);
            standingTaken = false;
            rowsWithoutDesa.set(0);
            desaTitleAmbiguous.set(null);
            earlierApplied.set(0);
            earlierStale = true;
            offerEarlier();
            fileProblem.set(null);
            if (now != null) {
                if (settingsFor != null && !settingsFor.equals(now)) {
                    startAnew();
                }
                settingsFor = now;
            }
        });
        // A choice that changes what the file is checked against checks it again at once (a new-user trial: the red
        // "no funder column" stayed after the funder was chosen, until "Periksa ulang"). Typed fields (month,
        // months, desa) still wait for it: a check per keystroke would race itself.
        // Not once the file is imported: there is nothing left to check it for.
        javafx.beans.InvalidationListener recheck = o -> {
            if (!proposingKecamatan && !proposingFunder && file.get() != null && imported.get() == null && !running.get()
                    && (fileProblem.get() != null || checked.get() != null)) {
                check();
            }
        };
        funder.addListener(recheck);
        kecamatan.addListener(recheck);
        includeInactive.addListener(recheck);
    }

    /**
     * Another file was chosen: what the clerk chose for the previous list does not carry over unseen (a new-user
     * trial: a village's APBDes list nearly went in under the previous list's funder and typed start month). The
     * funder, the kecamatan, desa and sheet come from the new file or the clerk anew; "Mulai" is proposed from the
     * new file; "skip wrong rows" and "inactive too" are a decision about one file's rows. Only an unusual number of
     * months stays, and is said ({@link #monthsKeptProperty}).
     */
    private void startAnew() {
        proposingFunder = true;
        try {
            funder.set(null);
        } finally {
            proposingFunder = false;
        }
        funderChosen = false;
        funderFromTitle.set(null);
        funderKept.set(null);
        proposingKecamatan = true;
        try {
            kecamatan.set(null);
        } finally {
            proposingKecamatan = false;
        }
        kecamatanChosen = false;
        kecamatanFromTitle.set(null);
        kecamatanTitleDisagrees.set(null);
        proposingDesa = true;
        try {
            desa.set("");
        } finally {
            proposingDesa = false;
        }
        desaChosen = false;
        desaFromTitle.set(null);
        desaTitleAmbiguous.set(null);
        sheet.set("");
        skipInvalid.set(false);
        includeInactive.set(false);
        firstMonthChosen = false;
        String n = months.get() == null ? "" : months.get().strip();
        monthsKept.set(n.isEmpty() || n.equals(USUAL_MONTHS) ? null : n);
    }

    /**
     * Whether the import needs a "Mulai" the clerk has not given: a file is read, it has no Mulai column (as mapped)
     * and the field holds no month. Impor waits for it; said in red beside the field.
     */
    private void updateMonthMissing() {
        monthMissing.set(file.get() != null && preview.get() != null && !hasMonthColumn(currentMapping())
                && DatePickers.parseMonth(firstMonth.get()) == null);
    }

    /** The file's columns as the clerk mapped them (once read), else as Payung read them; null before any. */
    private Map<Integer, Column> currentMapping() {
        Map<Integer, Column> m = options().mapping();
        return m != null ? m : preview.get() == null ? null : preview.get().mapping();
    }

    private static boolean hasMonthColumn(Map<Integer, Column> mapping) {
        return mapping != null && mapping.containsValue(Column.FIRST_MONTH);
    }

    /**
     * True when the import needs a "Mulai" not given: the file has no Mulai column and the field holds no month (the
     * file names no year, or the clerk emptied it). Impor waits for it.
     */
    public ReadOnlyBooleanProperty monthMissingProperty() {
        return monthMissing.getReadOnlyProperty();
    }

    /** Loads the funders, the kecamatan and the list of past imports. */
    public void load() {
        record Lists(List<FundingSource> funders, List<Region> kecamatans, List<ImportBatch> batches) { }
        tasks.read(() -> new Lists(reference.offeredFunders(), reference.localRegions().stream()
                .filter(r -> r.level() == RegionLevel.KECAMATAN).toList(), service.batches()), l -> {
            if (!funders.equals(l.funders())) {
                // Replacing the items clears a combo box's choice: after every import the clerk chose the funder
                // again (and a re-check then said "no funder column" under "done"). The same list keeps it.
                funders.setAll(l.funders());
            }
            // The first choice, null, is "from the file".
            List<Region> choices = new java.util.ArrayList<>();
            choices.add(null);
            choices.addAll(l.kecamatans());
            if (!kecamatans.equals(choices)) {
                kecamatans.setAll(choices);
            }
            int at = chosenBatch.get() == null ? -1 : batches.indexOf(chosenBatch.get());
            batches.setAll(l.batches());
            long keep = keepChosen;
            keepChosen = 0;
            if (keep != 0) {
                // The same batch again (read anew); if it is gone, its neighbour, not the list's top.
                chosenBatch.set(l.batches().stream().filter(b -> b.id() == keep).findFirst()
                        .orElse(at < 0 || batches.isEmpty() ? null : batches.get(Math.min(at, batches.size() - 1))));
            }
        });
    }

    /**
     * Reads the list of past imports anew, the chosen one kept: an import the command line or another clerk made
     * meanwhile showed only once the window was reopened, and could not be undone from the stale list (trial 18, LOW 27).
     */
    public void reloadBatches() {
        tasks.read(service::batches, list -> {
            ImportBatch was = chosenBatch.get();
            batches.setAll(list);
            if (was != null) {
                chosenBatch.set(list.stream().filter(b -> b.id() == was.id()).findFirst().orElse(null));
            }
        });
    }

    /** The options as chosen; the mapping as the user corrected it (once a preview exists). */
    public ImportOptions options() {
        Map<Integer, Column> m = null;
        if (!mapping.isEmpty()) {
            m = new LinkedHashMap<>();
            for (MappingRow r : mapping) {
                if (r.column().get() != null) {
                    m.put(r.index(), r.column().get());
                }
            }
        }
        // Any whole number: one the enrollment rules refuse ("0", "120") is said on the rows, never read as 12.
        Integer n = months.get().strip().matches("\\d{1,9}") ? Integer.valueOf(months.get().strip()) : null;
        return new ImportOptions(funder.get() == null ? null : funder.get().code(), DatePickers.parseMonth(firstMonth.get()), n,
                sheet.get().isBlank() ? null : sheet.get().strip(), skipInvalid.get(), false, m, fixes,
                kecamatan.get() == null ? null : kecamatan.get().name(), desa.get(), includeInactive.get());
    }

    /** Whether the clerk can correct this problem's value here: its column is a column of the file. */
    public boolean fixable(RowProblem p) {
        ImportService.Preview pv = preview.get();
        if (pv == null || running.get() || p.absent() || notAPerson(p)) {
            return false; // a column the file lacks has no cell to correct; a signature line is no person's
        }
        // Where the list has no Kecamatan column, a desa name two kecamatan share is settled by typing the kecamatan.
        boolean kecamatanTyped = p.column().equals(ImportService.KECAMATAN_FIX)
                && !pv.mapping().containsValue(Column.KECAMATAN);
        return pv.headers().contains(p.column()) || kecamatanTyped;
    }

    /**
     * The NIK proposed for this problem's cell: Excel destroyed the cell's NIK ("5,31001E+15", or a last digit turned
     * into 0: "5310010101900000") and exactly one registered
     * person or intact row of the file has the row's name, birth date and a NIK it can have been
     * ({@link id.payung.domain.DamagedNik}). Empty when there is none, or the clerk corrected the cell already. The
     * NIK is whole, for {@link #acceptProposal}: shown, it is masked ({@link id.payung.domain.Nik#mask}).
     */
    public java.util.Optional<ImportService.NikProposal> proposalFor(RowProblem p) {
        if (p == null || fixFor(p) != null) {
            return java.util.Optional.empty();
        }
        return proposals.stream().filter(x -> x.row() == p.row() && x.column().equals(p.column())).findFirst();
    }

    /**
     * The clerk confirms the NIK proposed for this problem's cell: it becomes the cell's correction as if typed
     * ({@link #fix}: the file is checked again with it, and the import's audit entry records the corrected cell, the
     * file's value and the clerk's). Never done without the clerk. Returns false when nothing was proposed.
     */
    public boolean acceptProposal(RowProblem p) {
        java.util.Optional<String> proposal = proposedValue(p);
        if (proposal.isEmpty() || !fixable(p)) {
            return false;
        }
        fix(p, proposal.get());
        return true;
    }

    /**
     * What is proposed for this problem's cell, as the correction {@link #acceptProposal} makes of it: the NIK
     * proposed ({@link #proposalFor}; whole), or the name without its form of address ("Ibu Katarina Nimul" →
     * "Katarina Nimul", {@link id.payung.domain.EnrollmentRules#NAME_FORM_OF_ADDRESS}). Empty when nothing is, or the
     * clerk corrected the cell already.
     */
    public java.util.Optional<String> proposedValue(RowProblem p) {
        if (p == null || fixFor(p) != null) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> nik = proposalFor(p).map(x -> x.candidate().nik());
        return nik.isPresent() || !p.problem().code().equals(id.payung.domain.EnrollmentRules.NAME_FORM_OF_ADDRESS)
                ? nik : java.util.Optional.of(p.problem().args().get(0));
    }

    /**
     * Sets how a proposed registered NIK is looked at whole: {@code reveal} returns the person's NIK and writes the look
     * to the audit log (the register's rule: {@code EnrollmentService.revealRegisteredNik}).
     */
    public void setNikReveal(java.util.function.UnaryOperator<String> reveal) {
        this.nikReveal = reveal;
    }

    /**
     * Whether the clerk can look at this problem's proposed NIK whole: it is a registered person's (a row of the file
     * is the clerk's own paper), not looked at yet, and the window records looks.
     */
    public boolean revealable(RowProblem p) {
        return nikReveal != null && !running.get() && proposalFor(p).filter(x -> x.candidate().registered())
                .filter(x -> !revealedNiks.contains(x.candidate().nik())).isPresent();
    }

    /**
     * Looks at this problem's proposed NIK whole, so the clerk can compare it with the KTP on paper: the look is written
     * to the audit log first (as "Tampilkan NIK" in the register), then the NIK is shown whole in the Correction cell
     * and the problem's words ({@link #revealedProposal}). Nothing is taken: accepting it stays the clerk's press.
     */
    public void revealProposal(RowProblem p) {
        if (!revealable(p)) {
            return;
        }
        String nik = proposalFor(p).orElseThrow().candidate().nik();
        java.util.function.UnaryOperator<String> reveal = nikReveal;
        tasks.run(() -> reveal.apply(nik), whole -> {
            if (whole != null && whole.equals(nik) && proposals.stream().anyMatch(x -> x.candidate().nik().equals(nik))) {
                revealedNiks.add(whole);
                revealedCount.set(revealedNiks.size());
            }
        });
    }

    /** The NIK proposed for this problem's cell when the clerk looked at it whole; empty while it is shown masked. */
    public java.util.Optional<String> revealedProposal(RowProblem p) {
        return proposalFor(p).map(x -> x.candidate().nik()).filter(revealedNiks::contains);
    }

    /** How many proposed NIKs were looked at whole for this file (grows with each look; 0 for another file). */
    public javafx.beans.property.ReadOnlyIntegerProperty revealedCountProperty() {
        return revealedCount.getReadOnlyProperty();
    }

    /**
     * The list's own number of the problem's row, from its No column ("14" where the file's line is 18), so the clerk
     * on the phone with the village says the village's number (trial 21c); null when the list has none for it.
     */
    public String listNumber(RowProblem p) {
        return p == null ? null : listNumbers.get(p.row());
    }

    /** Whether any row of the problem list (as shown) has a number of the list's own (its No column). */
    public boolean hasListNumbers() {
        return shownProblems.stream().anyMatch(p -> listNumbers.containsKey(p.row()));
    }

    /** The problem list as the window shows it: the problems, and the entries corrections settled, marked ready. */
    public ObservableList<RowProblem> shownProblems() {
        return shownProblems;
    }

    /** Whether this shown entry is one the clerk's correction settled (kept in its place, marked ready). */
    public boolean isReady(RowProblem p) {
        return p != null && ready.contains(p);
    }

    /** How many shown entries are settled by a correction. */
    public javafx.beans.property.ReadOnlyIntegerProperty readyCountProperty() {
        return readyCount.getReadOnlyProperty();
    }

    /** Whether the settled entries are hidden (the clerk's choice). */
    public BooleanProperty hideReadyProperty() {
        return hideReady;
    }

    /**
     * The problems of a new check (or import) shown: an entry shown before that now has no problem, on a row the clerk
     * corrected, stays where it stood marked ready; the others in the order they were shown, the new ones by row.
     */
    private void showProblems() {
        if (checked.get() == null && imported.get() == null || hideReady.get()) {
            forgetReady();
            shownProblems.setAll(problems);
            return;
        }
        java.util.Set<Integer> fixedRows = new java.util.HashSet<>();
        fixes.keySet().forEach(cell -> fixedRows.add(cell.row()));
        List<RowProblem> kept = new java.util.ArrayList<>();
        Map<Integer, String> numbers = new java.util.HashMap<>(listNumbers);
        for (RowProblem p : shownProblems) {
            if (p.row() > 0 && fixedRows.contains(p.row()) && problems.stream().noneMatch(n -> sameCell(n, p))) {
                kept.add(p);
                if (shownNumbers.containsKey(p.row())) {
                    numbers.putIfAbsent(p.row(), shownNumbers.get(p.row()));
                }
            }
        }
        // Where each stood: an entry still (or again) a problem in its old place, a settled one in its own.
        List<RowProblem> before = List.copyOf(shownProblems);
        record Placed(RowProblem problem, int row, int at) { }
        List<Placed> placed = new java.util.ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            RowProblem n = problems.get(i);
            int at = -1;
            for (int j = 0; j < before.size(); j++) {
                if (sameCell(before.get(j), n)) {
                    at = j;
                    break;
                }
            }
            placed.add(new Placed(n, n.row(), at >= 0 ? at : Integer.MAX_VALUE / 2 + i));
        }
        for (RowProblem p : kept) {
            placed.add(new Placed(p, p.row(), before.indexOf(p)));
        }
        placed.sort(java.util.Comparator.comparingInt(Placed::row).thenComparingInt(Placed::at));
        ready.clear();
        ready.addAll(kept);
        listNumbers = Map.copyOf(numbers);
        shownNumbers = listNumbers;
        readyCount.set(ready.size());
        shownProblems.setAll(placed.stream().map(Placed::problem).toList());
    }

    /** The list numbers of the rows shown last (a settled row keeps its number). */
    private Map<Integer, String> shownNumbers = Map.of();

    private static boolean sameCell(RowProblem a, RowProblem b) {
        return a.row() == b.row() && Objects.equals(a.column(), b.column());
    }

    private void forgetReady() {
        ready.clear();
        readyCount.set(0);
        shownNumbers = listNumbers;
    }

    /** The settled entries leave the list (the clerk asked). */
    public void hideReadyNow() {
        shownProblems.removeAll(List.copyOf(ready));
        forgetReady();
    }

    /** The correction entered for this problem's cell, if any. */
    public String fixFor(RowProblem p) {
        return fixes.get(new ImportOptions.CellFix(p.row(), p.column()));
    }

    /**
     * The header of the file's name column as the rows are read now (the clerk's reading of the columns, else the one
     * found), or null when no column is read as the name, or its header is not one the row's cell can be found by
     * (empty, or the same header over an earlier column: a correction names its cell by header).
     */
    private String nameHeader() {
        ImportService.Preview pv = preview.get();
        if (pv == null) {
            return null;
        }
        int at = -1;
        if (!mapping.isEmpty()) {
            for (MappingRow r : mapping) {
                if (r.column().get() == Column.NAME) {
                    at = r.index();
                    break;
                }
            }
        } else {
            at = pv.mapping().entrySet().stream().filter(e -> e.getValue() == Column.NAME).mapToInt(Map.Entry::getKey)
                    .min().orElse(-1);
        }
        if (at < 0 || at >= pv.headers().size()) {
            return null;
        }
        String header = pv.headers().get(at);
        return header.isBlank() || pv.headers().indexOf(header) != at ? null : header;
    }

    /**
     * Whether the clerk can correct the name of this problem's row here, whatever column the problem is about: a name
     * the village misspelt shows as a NIK registered under another name ("Yohanes Jehamat" in the file, "Yohanes
     * Jehamu" registered), and only the NIK's cell could be corrected (a new-user trial). Not for a line that is no
     * person's, nor the line counting problems not kept, nor a file without a name column.
     */
    public boolean nameFixable(RowProblem p) {
        return p != null && preview.get() != null && !running.get() && !notAPerson(p) && p.row() > 0
                && !"MORE_PROBLEMS".equals(p.problem().code()) && nameHeader() != null;
    }

    /** The name of a problem's row as the window shows it: the clerk's correction of it, else the row's own. */
    public String nameShown(RowProblem p) {
        String header = p == null ? null : nameHeader();
        String fix = header == null ? null : fixes.get(new ImportOptions.CellFix(p.row(), header));
        return fix != null ? fix : p == null ? null : p.name();
    }

    /**
     * The clerk's correction of the name of a problem's row when the problem is about another cell, for the row's
     * Perbaikan to show beside the cell's own (trial 21c H2: a name typed in the Nama column never showed there); null
     * when the name is not corrected, or the problem is the name cell's own (its Perbaikan is the name's correction).
     */
    public String nameFixBeside(RowProblem p) {
        String header = p == null ? null : nameHeader();
        if (header == null || header.equals(p.column())) {
            return null;
        }
        return fixes.get(new ImportOptions.CellFix(p.row(), header));
    }

    /** The header of the file's name column, as a name correction is named ("Nama", "NAMA LENGKAP"); null when none. */
    public String nameColumnHeader() {
        return nameHeader();
    }

    /**
     * Corrects the name of a problem's row (the cell of the file's name column in that row), as {@link #fix} corrects
     * the problem's own cell: the file is checked again with it, through the same checks as the file's names, and the
     * import's audit entry records the corrected cell, the file's name and the clerk's. A blank value takes the
     * correction back; the name as shown, unchanged, changes nothing.
     */
    public void fixName(RowProblem p, String value) {
        if (!nameFixable(p)) {
            return;
        }
        ImportOptions.CellFix at = new ImportOptions.CellFix(p.row(), nameHeader());
        String typed = value == null ? "" : value.strip();
        if (typed.equals(nameShown(p) == null ? "" : nameShown(p).strip()) || typed.isEmpty() && !fixes.containsKey(at)) {
            return;
        }
        correct(at, typed);
    }

    /**
     * Corrects the value of a problem's cell and checks the file again with it, so the correction meets
     * exactly the checks the file's own values meet. A blank value takes the correction back.
     */
    public void fix(RowProblem p, String value) {
        if (!fixable(p)) {
            return;
        }
        correct(new ImportOptions.CellFix(p.row(), p.column()), value);
    }

    /** Puts (a blank value: takes back) the correction of one cell and checks the file again with it. */
    private void correct(ImportOptions.CellFix at, String value) {
        if (value == null || value.isBlank()) {
            fixes.remove(at);
        } else {
            fixes.put(at, value.strip());
        }
        importDone.set(false);
        offerEarlier();
        check();
    }

    /** The earlier corrections of cells the clerk has not corrected here (a cell they corrected otherwise stays theirs). */
    private List<ImportService.EarlierFix> earlierPending() {
        return earlier.get().cells().stream().filter(e -> !fixes.containsKey(e.cell())).toList();
    }

    private void offerEarlier() {
        earlierOffered.set(earlierPending().size());
    }

    /**
     * The clerk applies the corrections of the earlier import(s) of this file ({@link #earlierProperty}): each becomes
     * the cell's correction as if typed ({@link #fix}: the file is checked again with them, and the import's audit
     * entry records each corrected cell). A cell the clerk corrected here already keeps the clerk's value. Returns how
     * many were applied.
     */
    public int applyEarlier() {
        List<ImportService.EarlierFix> pending = earlierPending();
        if (pending.isEmpty() || running.get() || file.get() == null) {
            return 0;
        }
        pending.forEach(e -> fixes.put(e.cell(), e.value()));
        earlierApplied.set(earlierApplied.get() + pending.size());
        importDone.set(false);
        offerEarlier();
        check();
        return pending.size();
    }

    /**
     * The earlier corrections offered now, in row and column order, that {@link #applyEarlier} would apply: what the
     * offer lists before the clerk applies them (trial 21c H2: twelve were applied unlisted).
     */
    public List<OfferedFix> earlierOffered() {
        return earlierPending().stream().map(e -> new OfferedFix(e.cell().row(), e.cell().column(),
                id.payung.service.Masked.niks(e.value()))).toList();
    }

    /** An earlier correction as the offer lists it: its row, the column's header, the value (a NIK masked). */
    public record OfferedFix(int row, String column, String shown) {
    }

    /** The corrections earlier imports of the chosen file made (none: {@link ImportService.EarlierFixes#NONE}). */
    public ReadOnlyObjectProperty<ImportService.EarlierFixes> earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    /** How many earlier corrections are offered now (not in force, their cells not corrected here otherwise). */
    public javafx.beans.property.ReadOnlyIntegerProperty earlierOfferedProperty() {
        return earlierOffered.getReadOnlyProperty();
    }

    /** How many earlier corrections the clerk applied to the chosen file. */
    public javafx.beans.property.ReadOnlyIntegerProperty earlierAppliedProperty() {
        return earlierApplied.getReadOnlyProperty();
    }

    /**
     * The year the chosen file names in its name or title rows when "Mulai" (not set by the clerk) was taken from
     * it; null when "Mulai" is the clerk's or this month.
     */
    public ReadOnlyObjectProperty<Integer> monthFromYearProperty() {
        return monthFromYear.getReadOnlyProperty();
    }

    /**
     * The years the chosen file names when they disagree and "Mulai" is not the clerk's own: the window asks the
     * clerk to check the month; empty otherwise.
     */
    public ReadOnlyObjectProperty<List<Integer>> yearsInDoubtProperty() {
        return yearsInDoubt.getReadOnlyProperty();
    }

    /** True when "Mulai" is this month because the chosen file names no year (and the clerk has not set it). */
    public ReadOnlyBooleanProperty monthIsThisMonthProperty() {
        return monthIsThisMonth.getReadOnlyProperty();
    }

    /** "Jumlah bulan" kept from the previous file when it is not the usual 12 (null: none kept, or the clerk's). */
    public ReadOnlyObjectProperty<String> monthsKeptProperty() {
        return monthsKept.getReadOnlyProperty();
    }

    /** The kecamatan the file's title rows name, when the Kecamatan box was set from it; else null. */
    public ReadOnlyObjectProperty<Region> kecamatanFromTitleProperty() {
        return kecamatanFromTitle.getReadOnlyProperty();
    }

    /**
     * The funder the file's title rows or name name, and that text, when the Sumber dana box was set from it (said
     * under it); null when the funder is the clerk's or the file names none.
     */
    public ReadOnlyObjectProperty<id.payung.service.importing.NamedFunder.Found> funderFromTitleProperty() {
        return funderFromTitle.getReadOnlyProperty();
    }

    /**
     * The funder the Sumber dana box was set to because the last list imported in this database went in under it
     * (said under the box: kept, not guessed); null when the funder is the clerk's, the file's, or none was kept.
     */
    public ReadOnlyObjectProperty<FundingSource> funderKeptProperty() {
        return funderKept.getReadOnlyProperty();
    }

    /**
     * Where the funder of the last list imported is kept ({@code memory}): offered for the next list whose title or
     * name names none, said so, and kept anew after each import that wrote.
     */
    public void setFunderMemory(id.payung.ui.ImportFunderMemory memory) {
        this.funderMemory = memory;
    }

    /** {@code kept} for a file with no funder column of its own (its rows name theirs: the box stays "from the file"). */
    private static FundingSource keptFor(FundingSource kept, ImportService.Preview p) {
        return p.mapping().containsValue(Column.FUNDER) ? null : kept;
    }

    /** The kept funder among the box's choices, or null (none kept, or no longer offered). */
    private FundingSource keptFunder() {
        String code = funderMemory == null ? null : funderMemory.importFunder();
        return code == null ? null : funders.stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * True after an import of the chosen file ran to its end (not cancelled), until the file, a setting, a column's
     * meaning or a correction changes: Impor again would only find the same rows.
     */
    public ReadOnlyBooleanProperty importDoneProperty() {
        return importDone.getReadOnlyProperty();
    }

    /**
     * What the window last saved, said beside it: the template, or the problem list of the chosen file; null when
     * nothing, or when the list saved was the previous file's (another file was chosen since).
     */
    public ReadOnlyObjectProperty<Saved> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The kecamatan the title names that some rows' desa contradict (then not proposed); else null. */
    public ReadOnlyObjectProperty<Region> kecamatanTitleDisagreesProperty() {
        return kecamatanTitleDisagrees.getReadOnlyProperty();
    }

    /** The desa/kelurahan the file's title rows name, when the Desa field was set from it; else null. */
    public ReadOnlyObjectProperty<Region> desaFromTitleProperty() {
        return desaFromTitle.getReadOnlyProperty();
    }

    /** The name the title rows give that several villages share (not proposed: the clerk types which); else null. */
    public ReadOnlyObjectProperty<SharedDesa> desaTitleAmbiguousProperty() {
        return desaTitleAmbiguous.getReadOnlyProperty();
    }

    /** How many ready rows the last check found that would be imported with no desa/kelurahan (0: none). */
    public javafx.beans.property.ReadOnlyLongProperty rowsWithoutDesaProperty() {
        return rowsWithoutDesa.getReadOnlyProperty();
    }

    /**
     * What the clerk gave the import that stands of this very file (funder, "Mulai", months, kecamatan, desa), offered
     * again; null when there is none.
     */
    public ReadOnlyObjectProperty<ImportService.Decisions> standingDecisionsProperty() {
        return standingDecisions.getReadOnlyProperty();
    }

    /**
     * The clerk takes what the import that stands of this file was given ({@link #standingDecisionsProperty}) as their
     * own choices: the funder, "Mulai", months, kecamatan and desa it names (what it left to the file stays as it is),
     * and the file is checked again with them. Never done without the clerk. Returns false when nothing was offered.
     */
    public boolean applyStandingDecisions() {
        ImportService.Decisions d = standingDecisions.get();
        if (d == null || running.get() || file.get() == null) {
            return false;
        }
        if (d.funder() != null) {
            funders.stream().filter(f -> f.code().equals(d.funder())).findFirst().ifPresent(f -> {
                proposingFunder = true; // the one re-check below, not one per choice
                try {
                    funder.set(f);
                } finally {
                    proposingFunder = false;
                }
                funderChosen = true;
                funderFromTitle.set(null);
            });
        }
        if (d.from() != null) {
            firstMonth.set(DatePickers.formatMonth(d.from()));
        }
        if (d.months() != null) {
            months.set(String.valueOf(d.months()));
        }
        if (d.kecamatan() != null) {
            kecamatans.stream().filter(r -> r != null && r.name().equalsIgnoreCase(d.kecamatan())).findFirst()
                    .ifPresent(r -> {
                        proposingKecamatan = true;
                        try {
                            kecamatan.set(r);
                        } finally {
                            proposingKecamatan = false;
                        }
                        kecamatanChosen = true;
                        kecamatanFromTitle.set(null);
                        kecamatanTitleDisagrees.set(null);
                    });
        }
        if (d.desa() != null) {
            desa.set(d.desa()); // as typed by the clerk
            desaTitleAmbiguous.set(null);
        }
        standingDecisions.set(null); // taken: no longer offered for this file
        standingTaken = true;
        importDone.set(false);
        check();
        return true;
    }

    /** How many corrections are in force. */
    public int fixCount() {
        return fixes.size();
    }

    /**
     * The clerk chose a file: the same one again too is read anew (after an import or an undo of it, trial 18-2 found
     * the window still saying "4 diimpor" and not that the file stood imported), as a file chosen first is.
     */
    public void choose(Path chosen) {
        if (Objects.equals(file.get(), chosen)) {
            file.set(null);
        }
        file.set(chosen);
    }

    /** Reads the start of the file (mapping) and checks every row without writing. */
    public void check() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        ImportOptions chosen = options();
        fileProblem.set(null);
        if (earlierStale) {
            // What clerks corrected when this file was imported before: read beside the check, offered once read.
            earlierStale = false;
            tasks.read(() -> service.earlierFixes(f, chosen), found -> {
                if (f.equals(file.get())) {
                    earlier.set(found);
                    offerEarlier();
                }
            });
        }
        readStandingImport();
        boolean propose = !firstMonthChosen;
        // Not the clerk's: empty, or the title's proposed by an earlier check, which this one weighs again (the rows
        // could not be checked against it while the funder was missing).
        boolean proposeKecamatan = !kecamatanChosen;
        // Likewise the funder: the one the title or the file's name names, weighed again at every check.
        boolean proposeFunder = !funderChosen;
        // When neither names one, the funder the last list went in under (kept per database), said as such.
        FundingSource kept = proposeFunder ? keptFunder() : null;
        // Likewise the desa a title names ("DESA PONG LALE"), where the clerk typed none.
        boolean proposeDesa = !desaChosen;
        start(BackgroundTask.<Checked>of(task -> {
            ImportService.Preview p = service.preview(f, chosen);
            // "Mulai" the clerk has not set follows the year the file names (January of it; this month if it
            // names none, or two), and the rows are checked for that period. As soon as the file is read: not
            // only once its funder is settled (a new-user trial: Mulai waited for the funder).
            // A file that names no year and has no Mulai column gets none: the clerk gives it, as the funder (trial
            // 21c: this month, said only in blue, was "a guess"). Its Mulai column's blank cells and two years named
            // (said in orange) still take this month, as before.
            YearMonth proposed = !propose ? null
                    : p.namedYear() != null ? YearMonth.of(p.namedYear(), 1)
                    : hasMonthColumn(chosen.mapping() != null ? chosen.mapping() : p.mapping())
                            || p.namedYears().size() > 1 ? defaultMonth : null;
            ImportOptions options = !propose ? chosen : chosen.withPeriod(proposed, chosen.months());
            // The one funder the title rows or the file's name name ("SUMBER DANA: APBDes NDEHES"), else none.
            id.payung.service.importing.NamedFunder.Found named = proposeFunder ? p.titleFunder() : null;
            if (proposeFunder) {
                options = options.withFunder(named != null ? named.funder().code()
                        : keptFor(kept, p) == null ? null : kept.code());
            }
            // The kecamatan and desa the title rows name ("DESA LALONG KEC. WAE RII"), for rows that name none: the
            // service's rule (TitleRegion), weighed against the rows; its dry run, when it made one, is the check.
            TitleRegion t = service.titleRegion(f, options, p, proposeKecamatan, proposeDesa, progress(task, 0));
            if (t.problem() != null) {
                // What the file lacks (a funder column, a period) is said; its columns and year show all the same.
                return new Checked(p, null, propose, proposed, t, t.problem(), proposeFunder, named, proposeDesa, 0);
            }
            ImportOptions withMapping = t.options().mapping() == null ? t.options().withMapping(p.mapping()) : t.options();
            try {
                ImportService.Report report = t.report() != null ? t.report()
                        : service.importFile(f, withMapping.dry(), progress(task, 0));
                return new Checked(p, report, propose, proposed, t, null, proposeFunder, named, proposeDesa, report.withoutDesa());
            } catch (ImportFileException e) {
                return new Checked(p, null, propose, proposed, t, e, proposeFunder, named, proposeDesa, 0);
            }
        }).onFailure(ImportFileException.class, fileProblem::set).onSuccess(c -> {
            finish(0);
            if (c.proposeMonth() && !firstMonthChosen) {
                proposingMonth = true;
                try {
                    // None proposed: emptied (another file's month does not carry over), for the clerk to give.
                    firstMonth.set(c.proposedMonth() == null ? "" : DatePickers.formatMonth(c.proposedMonth()));
                } finally {
                    proposingMonth = false;
                }
                monthFromYear.set(c.proposedMonth() == null ? null : c.preview().namedYear());
                monthIsThisMonth.set(c.proposedMonth() != null && c.preview().namedYears().isEmpty());
            }
            // Two years named and none chosen: said, never guessed (the month stays the clerk's default).
            yearsInDoubt.set(!firstMonthChosen && c.preview().namedYears().size() > 1 ? c.preview().namedYears() : List.of());
            kecamatanTitleDisagrees.set(c.title().kecamatanNotForRows());
            if (c.proposeFunder() && !funderChosen) {
                // The funders' own entry (the box's item), as the kecamatan's; never over the clerk's choice.
                FundingSource shown = c.funder() == null ? keptFor(kept, c.preview()) : funders.stream()
                        .filter(x -> x.code().equals(c.funder().funder().code())).findFirst().orElse(c.funder().funder());
                proposingFunder = true;
                try {
                    funder.set(shown);
                } finally {
                    proposingFunder = false;
                }
                funderFromTitle.set(c.funder());
                funderKept.set(c.funder() == null ? keptFor(kept, c.preview()) : null);
            }
            if (proposeKecamatan && !kecamatanChosen) {
                Region shown = c.title().kecamatan() == null ? null : kecamatans.stream()
                        .filter(r -> r != null && r.code().equals(c.title().kecamatan().code())).findFirst().orElse(null);
                proposingKecamatan = true;
                try {
                    kecamatan.set(shown);
                } finally {
                    proposingKecamatan = false;
                }
                kecamatanFromTitle.set(shown);
            }
            if (c.proposeDesa() && !desaChosen) {
                TitleRegion t = c.title();
                proposingDesa = true;
                try {
                    desa.set(t.desa() != null ? t.desa().name() : "");
                } finally {
                    proposingDesa = false;
                }
                desaFromTitle.set(t.desa());
                desaTitleAmbiguous.set(t.desaNotTaken() == TitleRegion.DesaNotTaken.SHARED_NAME
                        ? new SharedDesa(t.titleDesa().text(), t.titleDesa().candidates()) : null);
            }
            rowsWithoutDesa.set(c.withoutDesa());
            if (mapping.isEmpty()) {
                preview.set(c.preview());
                for (int i = 0; i < c.preview().headers().size(); i++) {
                    int col = i;
                    String example = c.preview().sample().stream().map(row -> col < row.size() ? row.get(col) : "")
                            .filter(v -> !v.isBlank()).findFirst().orElse("");
                    // The example is what the clerk recognises a column by; a NIK is still personal data.
                    if (c.preview().mapping().get(i) == Column.NIK) {
                        // as the NIK is read ("5310 0101 0170 0001": spaces out), so it is masked as everywhere
                        example = id.payung.domain.Nik.mask(id.payung.domain.Nik.strip(example));
                    }
                    ObjectProperty<Column> meaning = new SimpleObjectProperty<>(c.preview().mapping().get(i));
                    meaning.addListener(changed -> {
                        importDone.set(false); // the file read another way
                        updateMonthMissing(); // a column read as Mulai, or no longer
                    });
                    mapping.add(new MappingRow(i, c.preview().headers().get(i), example, meaning));
                }
            }
            if (c.problem() != null) {
                checked.set(null); // nothing to import until what the file lacks is given
                problems.clear();
                proposals = List.of();
                fileProblem.set(c.problem());
                return;
            }
            checked.set(c.report());
            proposals = c.report().proposals();
            listNumbers = c.report().listNumbers();
            problems.setAll(c.report().problems());
        }));
    }

    /** Reads (again) the import that stands of the chosen file's content ({@link #standingImportProperty}). */
    private void readStandingImport() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        record Standing(ImportBatch batch, ImportService.Decisions decisions) { }
        tasks.read(() -> {
            ImportBatch found = service.standingImportOf(f).orElse(null);
            return new Standing(found, found == null ? null : service.decisionsOf(found.id()).orElse(null));
        }, found -> {
            if (f.equals(file.get())) {
                standingImport.set(found.batch());
                ImportService.Decisions d = found.decisions();
                standingDecisions.set(standingTaken || d == null || d.funder() == null && d.from() == null && d.kecamatan() == null
                        && d.desa() == null ? null : d);
            }
        });
    }

    /**
     * The import that stands (not undone) of a file with the chosen file's content, newest; null when none (an undone
     * import's file may be imported again unremarked).
     */
    public ReadOnlyObjectProperty<ImportBatch> standingImportProperty() {
        return standingImport.getReadOnlyProperty();
    }

    /** True when the last check found only rows registered already: Impor would save nothing. */
    public ReadOnlyBooleanProperty nothingToImportProperty() {
        return nothingToImport.getReadOnlyProperty();
    }

    /**
     * A check's result; {@code proposeMonth} whether "Mulai" was not the clerk's, {@code proposedMonth} the one it
     * was then checked with (null: none, the file names no year and has no Mulai column: the clerk gives it),
     * {@code title} what the title rows propose for the kecamatan and desa ({@link TitleRegion}: what it was checked
     * with, and what is not taken and why), {@code problem} what the file as a whole lacks (then no report);
     * {@code funder} the one the title or name names that it was checked with, when {@code proposeFunder} (the clerk
     * had chosen none).
     */
    private record Checked(ImportService.Preview preview, ImportService.Report report, boolean proposeMonth,
                           YearMonth proposedMonth,
                           TitleRegion title, ImportFileException problem, boolean proposeFunder,
                           id.payung.service.importing.NamedFunder.Found funder, boolean proposeDesa, long withoutDesa) {
    }

    /** Whether a problem's cell is a NIK (the file's NIK column, or a NIK check): its values are shown masked. */
    public boolean nikCell(RowProblem p) {
        if (p.problem().field() == id.payung.domain.FormProblem.Field.NIK) {
            return true;
        }
        ImportService.Preview pv = preview.get();
        if (pv == null || p.absent()) {
            return false;
        }
        for (Map.Entry<Integer, Column> e : pv.mapping().entrySet()) {
            if (e.getValue() == Column.NIK && e.getKey() < pv.headers().size() && pv.headers().get(e.getKey()).equals(p.column())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A problem's arguments as the window words them, a NIK in them masked as the Value column masks it: the cell's
     * own value as that column has it ({@link id.payung.domain.Nik#mask}: Excel's "5.31001E+15" as the file has it,
     * so the clerk finds the row; a cut NIK masked as a NIK), any other NIK-like number by
     * {@link id.payung.service.Masked}.
     */
    public Object[] shownArgs(RowProblem p) {
        return p.problem().args().stream().map(s -> {
            if (s == null) {
                return s;
            }
            if (nikCell(p) && !s.isEmpty() && id.payung.domain.Nik.mask(s).equals(p.value())) {
                return p.value();
            }
            // The proposed NIK the clerk looked at whole (recorded): whole in the problem's words too.
            String whole = revealedProposal(p).orElse(null);
            if (whole != null && s.equals(id.payung.domain.Nik.mask(whole))) {
                return whole;
            }
            return id.payung.service.Masked.niks(s);
        }).toArray();
    }

    /** Whether a problem is a row that is no person's (a signature line, a total): nothing in it to correct. */
    public static boolean notAPerson(RowProblem p) {
        return "IMPORT_NOT_A_PERSON".equals(p.problem().code());
    }

    /** Runs a pass over the file: its progress shown, Cancel asks it to stop. */
    private void start(BackgroundTask<?> task) {
        // However it ends (a failure, a cancel before it started), the window is usable again.
        task.onFinished(() -> {
            if (current == task) {
                finish(0);
            }
        });
        running.set(true);
        progress.bind(task.progressProperty());
        current = task;
        // An import and its check run beside the window's worker, so the screens' reads are not queued behind
        // them (they read on connections of their own).
        task.onOwnThread().executeWith(tasks);
    }

    /** After a pass, however it ended: the progress bar shows {@code share}. */
    private void finish(double share) {
        current = null;
        running.set(false);
        waiting.set(false);
        progress.unbind();
        progress.set(share);
    }

    /** Imports the checked file, with progress; Cancel leaves the database as it was. */
    public void importNow() {
        Path f = file.get();
        ImportService.Report before = checked.get();
        if (f == null || before == null) {
            return;
        }
        ImportOptions options = options();
        long total = Math.max(1, before.read());
        start(BackgroundTask.<ImportService.Report>of(task -> service.importFile(f, options, progress(task, total)))
                .onSuccess(r -> {
            finish(r.cancelled() ? 0 : 1);
            imported.set(r);
            importDone.set(!r.cancelled());
            earlierStale = true; // its corrections are an earlier import's now (a refused one's: for this session)
            readStandingImport();
            if (!r.cancelled()) {
                proposals = r.proposals();
                listNumbers = r.listNumbers();
                problems.setAll(r.problems());
            } // cancelled: the check's list stays, as the heading's counts do ("Tidak ada masalah." under "7 duplikat")
            load();
            if (r.written()) {
                if (funderMemory != null && options.funder() != null) {
                    funderMemory.keepImportFunder(options.funder()); // offered for the next list (trial 21c)
                }
                afterImport.run();
            }
        }));
    }

    /**
     * Writes the empty template for villages to {@code target} (replacing it, once written, if the user chose
     * an existing file); {@code done} gets the file.
     */
    public void writeTemplate(Path target, String title, java.util.function.Consumer<Path> done) {
        tasks.read(() -> ReplacingWrite.replace(target, out -> {
            service.writeTemplate(out, title);
            return target;
        }), written -> {
            saved.set(new Saved(written, false));
            done.accept(written);
        });
    }

    /** Lets the window compare BPJS lists (set by the window). */
    public void setReconciliation(id.payung.service.importing.Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** Compares a BPJS participant list with the enrollments active today (of one funder, or all). */
    public void reconcile(Path bpjsFile, FundingSource onlyFunder) {
        String code = onlyFunder == null ? null : onlyFunder.code();
        fileProblem.set(null);
        BackgroundTask.wrap(() -> reconciliation.compare(bpjsFile, code)).readOnly()
                .onFailure(ImportFileException.class, fileProblem::set).onSuccess(result -> {
                    reconcileResult.set(result);
                    reconciled.setAll(result.lines());
                }).executeWith(tasks);
    }

    /** Writes the last comparison as CSV (NIKs masked), replacing the chosen file only once written. */
    public void saveReconciliation(Path target, java.util.function.Consumer<Path> done) {
        var result = reconcileResult.get();
        if (result == null) {
            return;
        }
        tasks.read(() -> ReplacingWrite.replace(target, out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            id.payung.service.exporting.ReconciliationCsv.write(result, w); // for Indonesian Excel, as the command's
            w.flush();
            return target;
        }), done);
    }

    public ObservableList<id.payung.service.importing.Reconciliation.Line> reconciled() {
        return reconciled;
    }

    public ReadOnlyObjectProperty<id.payung.service.importing.Reconciliation.Result> reconcileResultProperty() {
        return reconcileResult.getReadOnlyProperty();
    }

    /**
     * Writes the problem list (.xlsx or .csv, with the existing table writer: row, name, column, value, problem — the
     * {@code headers} in that order) for the village to fix, in
     * the background; {@code reason} turns a problem into the sentence shown on screen. A file the user
     * chose to replace is replaced only once the new list is written.
     */
    public void saveProblems(Path target, List<String> headers, java.util.function.Function<RowProblem, String> reason,
                             java.util.function.Consumer<Path> done) {
        saveProblems(target, headers, RowProblem::column, reason, done);
    }

    /**
     * {@link #saveProblems(Path, List, java.util.function.Function, java.util.function.Consumer)} with the column
     * as {@code column} words it ({@link RowProblem#columnShown}: a column the file lacks named by its field).
     */
    public void saveProblems(Path target, List<String> headers, java.util.function.Function<RowProblem, String> column,
                             java.util.function.Function<RowProblem, String> reason, java.util.function.Consumer<Path> done) {
        saveProblems(target, headers, null, column, reason, done);
    }

    /**
     * As {@link #saveProblems(Path, List, java.util.function.Function, java.util.function.Function,
     * java.util.function.Consumer)}, with the list's own number (its No column) after the file's line under
     * {@code listNoHeader} when the list numbers its rows: the village reads its own numbers (trial 21c).
     */
    public void saveProblems(Path target, List<String> headers, String listNoHeader,
                             java.util.function.Function<RowProblem, String> column,
                             java.util.function.Function<RowProblem, String> reason, java.util.function.Consumer<Path> done) {
        List<RowProblem> list = List.copyOf(problems);
        boolean numbered = listNoHeader != null && hasListNumbers() && !headers.isEmpty();
        Map<Integer, String> numbers = listNumbers;
        if (numbered) {
            List<String> withNo = new java.util.ArrayList<>(headers);
            withNo.add(1, listNoHeader);
            headers = withNo;
        }
        List<String> heads = headers;
        Path forFile = file.get();
        tasks.read(() -> ReplacingWrite.replace(target, forFile, out -> {
            try (var w = id.payung.service.exporting.TableWriter.create(out, target, "Masalah", heads)) {
                for (RowProblem p : list) {
                    // Whom each row is about, as the window shows it: the village finds the person without its own file.
                    // A note about the whole check (row 0) names no row.
                    if (numbered) {
                        String no = numbers.get(p.row());
                        w.row(p.row() > 0 ? p.row() : "", no == null ? "" : no, p.name() == null ? "" : p.name(),
                                column.apply(p), p.value(), reason.apply(p));
                    } else {
                        w.row(p.row() > 0 ? p.row() : "", p.name() == null ? "" : p.name(), column.apply(p), p.value(),
                                reason.apply(p));
                    }
                }
            }
            return target;
        }), written -> {
            if (java.util.Objects.equals(forFile, file.get())) {
                saved.set(new Saved(written, true)); // not over the next file, if another was chosen meanwhile
            }
            done.accept(written);
        });
    }

    /** Asks the running check or import to stop; an import rolls back. */
    public void cancel() {
        BackgroundTask<?> task = current;
        if (task != null) {
            task.cancel();
        }
    }

    /**
     * Reads, before the undo is asked, what was changed after the import in what it would remove, and by whom
     * (trial 19, finding 5); {@code ask} is then called on the FX thread.
     */
    public void changesBeforeUndo(ImportBatch batch, java.util.function.Consumer<ImportBatch.ChangesAfter> ask) {
        tasks.read(() -> service.changesAfter(batch.id()), ask);
    }

    /**
     * Undoes a past import (its enrollments are marked deleted). The list is read again; the undone batch stays
     * the chosen one ({@link #chosenBatchProperty}), now with its undo time, so the clerk sees what came of it.
     */
    public void undo(ImportBatch batch) {
        keepChosen = batch.id();
        tasks.run(() -> service.undo(batch.id()), n -> {
            undone.set(new Undone(batch, n));
            earlierStale = true;
            readStandingImport(); // an undone import's file may be imported again unremarked
            load();
            afterImport.run();
            // The open list's problems and proposals were found against the register before the undo: they named the
            // undone list's people ("sudah terdaftar atas nama …", a NIK proposal to take), whom only that list brought
            // and who are no longer registered for the clerk (EnrollmentRepository.onlyUndoneImports, the one rule the
            // checks obey). Checked again against the register as it now is.
            if (file.get() != null && imported.get() == null && !running.get() && checked.get() != null) {
                check();
            }
        });
    }

    /** The batch chosen in the list of past imports (null: none). */
    public ObjectProperty<ImportBatch> chosenBatchProperty() {
        return chosenBatch;
    }

    private ImportService.Progress progress(BackgroundTask<?> task, long total) {
        return new ImportService.Progress() {
            @Override
            public void rows(long done) {
                task.updateProgress(done, total);
            }

            @Override
            public boolean cancelled() {
                return task.isCancelled();
            }

            @Override
            public void waiting(boolean now) {
                tasks.onFx(() -> waiting.set(now));
            }
        };
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public StringProperty sheetProperty() { return sheet; }
    public ObjectProperty<FundingSource> funderProperty() { return funder; }
    public StringProperty firstMonthProperty() { return firstMonth; }
    public StringProperty monthsProperty() { return months; }
    public BooleanProperty skipInvalidProperty() { return skipInvalid; }
    public ObjectProperty<Region> kecamatanProperty() { return kecamatan; }
    public StringProperty desaProperty() { return desa; }
    public BooleanProperty includeInactiveProperty() { return includeInactive; }
    public ObservableList<Region> kecamatans() { return kecamatans; }
    public ObservableList<FundingSource> funders() { return funders; }
    public ReadOnlyObjectProperty<ImportService.Preview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ObservableList<MappingRow> mapping() { return mapping; }
    public ReadOnlyObjectProperty<ImportService.Report> checkedProperty() { return checked.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ImportService.Report> importedProperty() { return imported.getReadOnlyProperty(); }

    /**
     * A file is chosen (checked, or being checked or imported) and not imported: closing the window (Esc) or Payung
     * loses it, so both ask first.
     */
    public boolean hasUnimportedFile() {
        // An Impor refused (nothing saved) leaves the file unimported, its typed corrections too (trial 22c: Esc closed).
        ImportService.Report done = imported.get();
        return file.get() != null && (done == null || !done.written()) && !nothingCouldBeImported();
    }

    /**
     * Whether closing loses nothing: the last check found no row that could be imported (every row registered
     * already or wrong, or the file could not be read at all) and the clerk typed no correction. Then the window does
     * not ask "Tutup tanpa mengimpor?" (trial 19). While a check runs, or before it, it asks as before.
     */
    private boolean nothingCouldBeImported() {
        if (!fixes.isEmpty() || running.get()) {
            return false;
        }
        ImportService.Report r = checked.get();
        if (r != null) {
            return r.imported() == 0;
        }
        return fileProblem.get() != null && preview.get() == null; // unreadable, or no header: no row to lose
    }
    public ObservableList<RowProblem> problems() { return problems; }
    public ReadOnlyObjectProperty<ImportFileException> fileProblemProperty() { return fileProblem.getReadOnlyProperty(); }
    public DoubleProperty progressProperty() { return progress; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty waitingProperty() { return waiting.getReadOnlyProperty(); }
    public ObservableList<ImportBatch> batches() { return batches; }
    /** The last import undone here, set when its undo is written (a new value each time). */
    public ReadOnlyObjectProperty<Undone> undoneProperty() { return undone.getReadOnlyProperty(); }
}
