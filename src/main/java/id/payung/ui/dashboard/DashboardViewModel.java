package id.payung.ui.dashboard;

import id.payung.domain.FunderCost;
import id.payung.domain.FundingShare;
import id.payung.service.BudgetService;
import id.payung.service.DashboardService;
import id.payung.ui.LatestRead;
import id.payung.ui.TaskExecutor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the dashboard: the chosen year and each funder's share of that year's participants. */
public final class DashboardViewModel {
    private final DashboardService service;
    private final TaskExecutor tasks;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<FundingShare> shares = FXCollections.observableArrayList();
    private final ObservableList<FundingShare> sharesView = FXCollections.unmodifiableObservableList(shares);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final javafx.collections.ObservableMap<String, Long> costs = FXCollections.observableHashMap();
    private final javafx.collections.ObservableMap<String, Long> costsView = FXCollections.unmodifiableObservableMap(costs);
    private final ReadOnlyLongWrapper totalCost = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper governmentCost = new ReadOnlyLongWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper governmentCostShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final javafx.beans.property.BooleanProperty showRupiah = new javafx.beans.property.SimpleBooleanProperty(false);
    private final BudgetService budget;
    private final ObjectProperty<id.payung.domain.Region> kecamatan = new SimpleObjectProperty<>();
    private final ObjectProperty<id.payung.domain.Segment> segment = new SimpleObjectProperty<>();
    private final ObservableList<id.payung.domain.Region> kecamatanChoices = FXCollections.observableArrayList();
    /** Every kecamatan offered by the last load; {@link #kecamatanChoices} those of the regency chosen. */
    private List<id.payung.domain.Region> allKecamatan = List.of();
    /** The regency chosen (a login reading several regencies: a province); null for all. */
    private final ObjectProperty<id.payung.domain.Region> regency = new SimpleObjectProperty<>();
    /** The regencies to choose from: a province's; empty (and the filter hidden) for one regency's office. */
    private final ObservableList<id.payung.domain.Region> regencyChoices = FXCollections.observableArrayList();
    /** Every regency the last load offered, by code; {@link #regencyChoices} them in the year's order. */
    private List<id.payung.domain.Region> allRegencies = List.of();
    /** The participants of the year shown per regency code (the whole province, every funder): those with any. */
    private final javafx.collections.ObservableMap<String, Long> regencyParticipants =
            FXCollections.observableHashMap();
    // Kept: an unmodifiable view listens weakly to its map, so a fresh view per call would lose its listeners.
    private final javafx.collections.ObservableMap<String, Long> regencyParticipantsView =
            FXCollections.unmodifiableObservableMap(regencyParticipants);
    /** True while the regencies are put in the year's order: the choice stays, nothing is read again. */
    private boolean orderingRegencies;
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    // Kept: an unmodifiable view listens weakly to its list, so a fresh view per call would lose its listeners.
    private final ObservableList<TrendPoint> trendView = FXCollections.unmodifiableObservableList(trend);
    /** The trend's years, oldest first: those with points and any year with none between them (trial 19). */
    private List<Integer> trendYears = List.of();
    private final BreakdownViewModel breakdowns;
    private final CoverageViewModel coverage;
    /** The shares and costs of a year and filter: one the user has already left is not read. */
    private final LatestRead shareReads;
    /** Writes the year's report and shares; a user who agreed to replace a file has it replaced. */
    private final id.payung.service.exporting.ExportService exports;

    /**
     * One bar segment of the trend chart: a funder's participants in a year, and that year's contribution cost for
     * them (whole rupiah, the pie's Rupiah figure for that year; null until the Rupiah view first asks for it).
     */
    public record TrendPoint(int year, String funderCode, String funderName, id.payung.domain.FunderType funderType,
                             long participants, Long costRp) {
    }

    public DashboardViewModel(DashboardService service, BudgetService budget, id.payung.service.CoverageService coverage,
                              TaskExecutor tasks, id.payung.service.exporting.ExportService exports) {
        this.service = service;
        this.exports = exports;
        this.budget = budget;
        this.tasks = tasks;
        this.shareReads = new LatestRead(tasks);
        this.breakdowns = new BreakdownViewModel(service, budget, tasks, exports);
        this.coverage = new CoverageViewModel(coverage, tasks);
        year.addListener((obs, old, now) -> {
            yearIsOwn = settingOwnYear;
            sayWhyThisYear();
            if (now != null && !now.equals(old)) {
                loadShares(now, true);
                loadTrend(); // a year to come chosen: the trend reaches it (and leaves it again)
            }
        });
        // The trend follows the filters as the pie does: with Ruteng chosen it showed the whole regency's growth,
        // which the filtered PDF did not (trial 13).
        kecamatan.addListener((obs, old, now) -> {
            if (changingRegency) {
                return; // read once, for the regency
            }
            reloadShares();
            loadTrend();
        });
        segment.addListener((obs, old, now) -> {
            reloadShares();
            loadTrend();
        });
        // A regency chosen: its kecamatan only are offered, a kecamatan of another regency is let go (one read).
        regency.addListener((obs, old, now) -> {
            if (orderingRegencies) {
                return; // the same regency, its place in the list moved (the combo box lets go of it for a moment)
            }
            id.payung.domain.Region k = kecamatan.get();
            if (k != null && now != null && !inRegency(k, now)) {
                changingRegency = true;
                try {
                    kecamatan.set(null);
                } finally {
                    changingRegency = false;
                }
            }
            kecamatanChoices.setAll(kecamatanOf(now));
            reloadShares();
            loadTrend();
        });
        // The trend's costs are read when the Rupiah view is first chosen, not on every visit to the dashboard.
        showRupiah.addListener((obs, old, now) -> {
            if (now && !trend.isEmpty() && trend.get(0).costRp() == null) {
                loadTrend();
            }
        });
    }

    /**
     * Loads the years with data and shows the chosen year again, or the default year on the first
     * load: the dashboard is reloaded whenever the user comes back to it, and after an import. A year the dashboard
     * opened on by itself is not a choice: it is worked out again, so once this year gets its first participants (a
     * save, an import) the dashboard moves to it and its "belum ada peserta" line goes. A year the user chose (here or
     * on another screen) stays.
     */
    public void load() {
        // The office's start year (Pengaturan) comes with the first load, not as a year change before it:
        // that would read everything twice. A year kept from another screen wins over it.
        Integer preferred = keptYear != null ? keptYear : officeYear;
        boolean ownIfNotChosen = keptYear == null;
        keptYear = null;
        record Start(List<Integer> years, int year, int current, List<id.payung.domain.Region> kecamatan,
                     DashboardService.Source source, id.payung.domain.FunderPalette palette,
                     List<id.payung.domain.Region> regencies) { }
        tasks.read(() -> new Start(service.years(), service.defaultYear(), service.today().getYear(), service.kecamatan(),
                service.source(), service.palette(), service.regencies()), start -> {
            palette = start.palette();
            if (allRegencies.isEmpty() && !start.regencies().isEmpty()) {
                allRegencies = List.copyOf(start.regencies());
                orderRegencies();
            }
            // Read again on each visit: the office's name changed in Settings is in the next picture.
            source = start.source();
            if (allKecamatan.isEmpty()) {
                allKecamatan = List.copyOf(start.kecamatan());
                kecamatanChoices.setAll(kecamatanOf(regency.get()));
            }
            Integer chosen = yearIsOwn ? null : year.get();
            int show = chosen != null ? chosen : preferred != null ? preferred : start.year();
            boolean own = chosen == null && ownIfNotChosen;
            List<Integer> all = new java.util.ArrayList<>(start.years());
            if (!all.contains(show)) {
                all.add(show);
                all.sort(null);
            }
            years.setAll(all);
            if (Integer.valueOf(show).equals(year.get())) {
                loadShares(show, true);
            } else {
                settingOwnYear = own;
                try {
                    year.set(show);
                } finally {
                    settingOwnYear = false;
                }
            }
            currentYear = start.current();
            latestWithData = start.year();
            sayWhyThisYear();
            loadTrend();
        });
    }

    /**
     * Whose numbers a chart's picture shows and as of today (its footer: the office, its regency, the day), from the
     * last load; null before the first.
     */
    public DashboardService.Source pictureSource() {
        return source == null ? null : source.on(service.today());
    }

    private DashboardService.Source source;

    /**
     * The year to open on instead of the latest with data, the office's setting (Pengaturan → Tahun awal; null: none):
     * the {@link #yearNoteProperty()} says so while it is shown and is not this year.
     */
    public void preferYear(Integer year) {
        this.officeYear = year;
    }

    /** The year the user was looking at on another screen, opened on by the next load instead of any other. */
    public void keepYear(Integer year) {
        this.keptYear = year;
    }

    private Integer officeYear;
    private Integer keptYear;
    /**
     * Whether the year shown is one the dashboard chose itself (the latest with data, the office's start year), not
     * the user's here or on another screen: the next load works it out again.
     */
    private boolean yearIsOwn;
    /** True while the dashboard sets a year of its own choosing. */
    private boolean settingOwnYear;
    /** This year and the year the dashboard opens on by itself, as of the last load (null before it). */
    private Integer currentYear;
    private Integer latestWithData;

    private void sayWhyThisYear() {
        Integer shown = year.get();
        yearNote.set(shown == null || currentYear == null ? null
                : YearNote.of(shown, currentYear, latestWithData, officeYear));
    }
    private final javafx.beans.property.ReadOnlyObjectWrapper<YearNote> yearNote =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /** Why the dashboard opened on a year other than this one, while that year is shown; null otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<YearNote> yearNoteProperty() {
        return yearNote.getReadOnlyProperty();
    }

    /**
     * The funders with participants in the year before the one shown and none recorded in it ({@link
     * id.payung.domain.FunderGap}), for the year and filter shown: a caution beside the pie, the numbers unchanged.
     */
    public record GapNote(int year, List<id.payung.domain.FunderGap> gaps) {
        public GapNote {
            gaps = List.copyOf(gaps);
        }

        /** The line in the bundle's language. */
        public String text(java.util.ResourceBundle bundle) {
            return id.payung.domain.FunderGap.line(year, gaps, bundle);
        }
    }

    private final javafx.beans.property.ReadOnlyObjectWrapper<GapNote> gapNote =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /** The caution of the year and filter shown: funders of the year before with nothing recorded in it; null if none. */
    public javafx.beans.property.ReadOnlyObjectProperty<GapNote> gapNoteProperty() {
        return gapNote.getReadOnlyProperty();
    }

    private void reloadShares() {
        if (year.get() != null) {
            loadShares(year.get(), false);
        }
    }

    /**
     * The trend of the filters shown: read when the dashboard is (re)opened or a filter changes. With
     * the Rupiah view on, each year's cost per funder too: {@link BudgetService#costs(int)}, the numbers the pie's
     * Rupiah view shows for that year (a cost read per year, tens of milliseconds each from the summaries).
     */
    private void loadTrend() {
        boolean withCosts = showRupiah.get();
        id.payung.domain.Scope scope = scope();
        Integer chosen = year.get();
        record Read(List<Integer> years, List<TrendPoint> points) { }
        tasks.read(() -> {
            java.util.LinkedHashMap<Integer, List<FundingShare>> byYear = service.trendShowing(scope, chosen);
            java.util.Map<Integer, java.util.Map<String, Long>> costsByYear = new java.util.HashMap<>();
            if (withCosts) {
                for (int y : byYear.keySet()) {
                    costsByYear.put(y, budget.costs(y, scope).stream()
                            .collect(java.util.stream.Collectors.toMap(FunderCost::funderCode, FunderCost::costRp)));
                }
            }
            return new Read(List.copyOf(byYear.keySet()), byYear.entrySet().stream().flatMap(e -> e.getValue().stream()
                    .map(sh -> new TrendPoint(e.getKey(), sh.funderCode(), sh.funderName(), sh.funderType(),
                            sh.participants(), withCosts ? costsByYear.get(e.getKey()).getOrDefault(sh.funderCode(), 0L)
                                    : null))).toList());
        }, read -> {
            if (!scope.equals(scope()) || !java.util.Objects.equals(chosen, year.get())) {
                return; // an answer for a filter or year the user has since left
            }
            List<TrendPoint> points = read.points();
            trendYears = read.years(); // before the points: the chart drawn on their change reads both
            palette = palette.with(points.stream().map(p -> new id.payung.domain.FunderPalette.Funder(p.funderCode(),
                    p.funderType())).toList());
            trend.setAll(points);
            if (!withCosts && showRupiah.get() && !points.isEmpty()) {
                loadTrend(); // the Rupiah view was chosen while the counts were read
            }
        });
    }

    /** The part of the participants shown: all, or one regency, kecamatan and/or segment. */
    public id.payung.domain.Scope scope() {
        return new id.payung.domain.Scope(kecamatan.get() == null ? null : kecamatan.get().code(), segment.get(),
                regency.get() == null ? null : regency.get().code());
    }

    private boolean changingRegency;

    private static boolean inRegency(id.payung.domain.Region kecamatan, id.payung.domain.Region regency) {
        return kecamatan.code().startsWith(regency.code() + ".");
    }

    private List<id.payung.domain.Region> kecamatanOf(id.payung.domain.Region chosen) {
        return chosen == null ? allKecamatan : allKecamatan.stream().filter(k -> inRegency(k, chosen)).toList();
    }

    /** The regency chosen (a province's login); null: every regency. */
    public ObjectProperty<id.payung.domain.Region> regencyProperty() {
        return regency;
    }

    /** The regencies to choose from: empty where the login reads one regency (the filter is not shown). */
    public ObservableList<id.payung.domain.Region> regencyChoices() {
        return regencyChoices;
    }

    /**
     * Reads the shares and costs of a year and filter, then the breakdowns, then (for a new year or a
     * reload; it depends on no filter) the coverage: one background thread runs them in this order, so
     * the pie comes first. Work for a choice the user has already left is skipped, not only ignored: on
     * a large register each read takes a second or more.
     */
    private void loadShares(int y, boolean withCoverage) {
        id.payung.domain.Scope scope = scope();
        record Year(List<FundingShare> shares, List<FunderCost> costs, List<id.payung.domain.FunderGap> gaps) { }
        shareReads.runSkipOnly(() -> new Year(service.fundingShares(y, scope), budget.costs(y, scope),
                service.funderGaps(y, scope)), result -> {
            // Ignore an answer for a year or area the user has already left; one for the year and area on
            // screen is shown at once, even if the same read has been asked for again since.
            if (Integer.valueOf(y).equals(year.get()) && scope.equals(scope())) {
                costs.clear();
                result.costs().forEach(c -> costs.put(c.funderCode(), c.costRp()));
                totalCost.set(result.costs().stream().mapToLong(FunderCost::costRp).sum());
                governmentCost.set(FunderCost.governmentBudgetRp(result.costs()));
                governmentCostShown.set(FunderCost.governmentBudgetIsPart(result.costs()));
                palette = palette.with(funders(result.shares()));
                shares.setAll(result.shares());
                total.set(FundingShare.total(result.shares()));
                gapNote.set(result.gaps().isEmpty() ? null : new GapNote(y, result.gaps()));
            }
        });
        breakdowns.show(y, scope);
        if (withCoverage) {
            coverage.show(y);
            loadRegencyParticipants(y);
        }
    }

    /**
     * Reads the year's participants per regency (the whole province, every funder: the filter's own choice does not
     * narrow it) and puts the regencies with participants first in the Kabupaten/kota filter: a province officer finds
     * the regencies that reported without scrolling through 22 in code order (trial 21). A year, not a filter.
     */
    private void loadRegencyParticipants(int y) {
        if (allRegencies.isEmpty()) {
            return; // one regency's office: no filter
        }
        tasks.read(() -> service.byRegencyWithParticipants(y, id.payung.domain.Scope.ALL, null), rows -> {
            if (!Integer.valueOf(y).equals(year.get())) {
                return; // a year already left
            }
            java.util.Map<String, Long> counts = new java.util.HashMap<>();
            rows.stream().filter(r -> !r.unknown()).forEach(r -> counts.put(r.code(), r.participants()));
            regencyParticipants.keySet().retainAll(counts.keySet());
            regencyParticipants.putAll(counts);
            orderRegencies();
        });
    }

    /** {@link #regencyChoices} in {@link #regencyOrder}, set only when the order changed; the choice kept. */
    private void orderRegencies() {
        List<id.payung.domain.Region> ordered = regencyOrder(allRegencies, regencyParticipants);
        if (ordered.equals(regencyChoices)) {
            return;
        }
        orderingRegencies = true;
        id.payung.domain.Region chosen = regency.get();
        try {
            regencyChoices.setAll(ordered);
            regency.set(chosen);
        } finally {
            orderingRegencies = false;
        }
    }

    /**
     * The order of the Kabupaten/kota filter: the regencies with participants in the year first, most first, then
     * those with none, each group by name (ties of a count by name too).
     */
    static List<id.payung.domain.Region> regencyOrder(List<id.payung.domain.Region> regencies,
            java.util.Map<String, Long> participants) {
        return regencies.stream().sorted(java.util.Comparator
                .comparingLong((id.payung.domain.Region r) -> -participants.getOrDefault(r.code(), 0L))
                .thenComparing(id.payung.domain.Region::name)).toList();
    }

    /**
     * The participants of the year shown per regency code, those with any (read with the year; a regency without
     * is not in it): the Kabupaten/kota filter names them beside each regency.
     */
    public javafx.collections.ObservableMap<String, Long> regencyParticipants() {
        return regencyParticipantsView;
    }

    /**
     * The part of a regency's name a user types to find it: the name without its leading "Kabupaten" or "Kota"
     * ("Manggarai Barat"), so "mang" finds "Kabupaten Manggarai" in the Kabupaten/kota filter.
     */
    public static String regencyTypedName(id.payung.domain.Region regency) {
        return regency.name().replaceFirst("(?i)^(kabupaten|kota)\\s+", "");
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** Every funder's colour ({@link DashboardService#palette()}), as of the last load and the shares shown since. */
    private id.payung.domain.FunderPalette palette = id.payung.domain.FunderPalette.of(List.of());

    /** The colour of a funder shown: the pie's slice, its legend line, the table's swatch, the trend's bars. */
    public String colour(String funderCode, id.payung.domain.FunderType type) {
        return palette.hex(funderCode, type);
    }

    private static List<id.payung.domain.FunderPalette.Funder> funders(List<FundingShare> shares) {
        return shares.stream().map(s -> new id.payung.domain.FunderPalette.Funder(s.funderCode(), s.funderType())).toList();
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** Shares of the chosen year, largest first; replaced as a whole when the year changes. */
    public ObservableList<FundingShare> shares() {
        return sharesView;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ObjectProperty<id.payung.domain.Region> kecamatanProperty() {
        return kecamatan;
    }

    public ObjectProperty<id.payung.domain.Segment> segmentProperty() {
        return segment;
    }

    public ObservableList<id.payung.domain.Region> kecamatanChoices() {
        return kecamatanChoices;
    }

    /** Participants per funder per year, for the trend chart. */
    public ObservableList<TrendPoint> trend() {
        return trendView;
    }

    /**
     * The years the trend chart shows, oldest first, as of its last change: each year of {@link #trend()} and any year
     * between them with no participants at all (a column of 0, not a year left out: trial 19).
     */
    public List<Integer> trendYears() {
        return trendYears;
    }

    /**
     * The trend's funders (codes) in the order its legend and stack list them: {@link
     * id.payung.domain.FunderOrder#overYears}, by kind of funder (province first) then by name, the same whatever year
     * is chosen (it followed the chosen year's pie, so two years' slides did not line up), as the year report's growth.
     */
    public List<String> trendFunders() {
        java.util.Map<Integer, List<FundingShare>> byYear = new java.util.HashMap<>();
        for (TrendPoint p : trend) {
            byYear.computeIfAbsent(p.year(), y -> new java.util.ArrayList<>()).add(new FundingShare(p.funderCode(),
                    p.funderName(), p.funderType(), p.participants(), 0));
        }
        return id.payung.domain.FunderOrder.overYears(byYear);
    }

    /** Participants per kecamatan and per occupation in the chosen year and filters. */
    public BreakdownViewModel breakdowns() {
        return breakdowns;
    }

    /** The UCJ coverage per kecamatan in the chosen year. */
    public CoverageViewModel coverage() {
        return coverage;
    }

    /** Yearly cost per funder code (whole rupiah) for the shares shown. */
    public javafx.collections.ObservableMap<String, Long> costs() {
        return costsView;
    }

    public ReadOnlyLongProperty totalCostProperty() {
        return totalCost.getReadOnlyProperty();
    }

    /**
     * Of {@link #totalCostProperty}, what the government budgets pay (APBD province / regency, APBDes, APBN;
     * {@link FunderCost#governmentBudgetRp}): without self-paying workers' own contributions and CSR donors'.
     */
    public ReadOnlyLongProperty governmentCostProperty() {
        return governmentCost.getReadOnlyProperty();
    }

    /**
     * Whether {@link #governmentCostProperty} is worth its own line: some funder shown is not a government budget
     * ({@link FunderCost#governmentBudgetIsPart}, the year report's rule); with every funder one it repeats the total.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty governmentCostShownProperty() {
        return governmentCostShown.getReadOnlyProperty();
    }

    /**
     * Writes the chosen year's shares and costs for the filters shown (kecamatan, segment; the file names them) to
     * {@code file} (.xlsx / .csv); {@code done} gets the file.
     */
    public void export(java.nio.file.Path file, java.util.function.Consumer<java.nio.file.Path> done) {
        Integer y = year.get();
        id.payung.domain.Scope scope = scope();
        if (y != null) {
            tasks.read(() -> {
                exports.fundingShares(y, scope, file);
                return file;
            }, done);
        }
    }

    /**
     * Writes the chosen year's PDF report for the filters shown (kecamatan, segment: the report names them; none,
     * the regent's report of the whole regency); {@code done} gets the file.
     */
    public void report(java.nio.file.Path file, java.util.function.Consumer<java.nio.file.Path> done) {
        Integer y = year.get();
        id.payung.domain.Scope scope = scope();
        if (y != null) {
            tasks.read(() -> {
                exports.yearReport(y, scope, file);
                return file;
            }, done);
        }
    }

    /** A chart drawn for a slide: its pixels, row by row, 0xAARRGGBB (JavaFX's int ARGB format). */
    public record Picture(int width, int height, int[] argb) {
    }

    /**
     * Writes a chart's picture to {@code file} as a PNG off the FX thread (marked {@code dpi}, so a slide program shows
     * a picture drawn at twice the screen's size at the screen's size). The file is written whole or not at all: a
     * failure leaves no half file and an older file of that name as it was ({@link id.payung.service.ReplacingWrite}).
     * {@code saved} gets the file, {@code failed} what stopped it.
     */
    public void savePicture(Picture picture, int dpi, java.nio.file.Path file,
                            java.util.function.Consumer<java.nio.file.Path> saved,
                            java.util.function.Consumer<Exception> failed) {
        id.payung.ui.BackgroundTask.wrap(() -> {
            id.payung.service.exporting.PngFile.write(file, picture.width(), picture.height(), picture.argb(), dpi);
            return file;
        }).readOnly().onSuccess(saved).onFailure(failed).executeWith(tasks);
    }

    /**
     * The name a picture of a chart is offered under: {@code base}, the year shown and the filters' tail
     * ({@link #fileSuffix()}), e.g. "porsi-sumber-dana-2025-ruteng.png", as the year's PDF and table are named.
     */
    public String pictureName(String base, boolean withYear) {
        Integer y = year.get();
        return base + (withYear && y != null ? "-" + y : "") + fileSuffix() + ".png";
    }

    /** The name offered for the year report's PDF: its subject, year and filters ({@link id.payung.service.exporting.ExportService#yearReportFileName}). */
    public String reportFileName() {
        return id.payung.service.exporting.ExportService.yearReportFileName(year.get(), fileSuffix());
    }

    /** True when a kecamatan or a segment is chosen: the numbers shown are not the whole regency's. */
    public boolean filtered() {
        return kecamatan.get() != null || segment.get() != null || regency.get() != null;
    }

    /**
     * The filters shown as a file name's tail ("-wae-rii-pu"; empty without a filter), so a filtered file is not
     * saved over, or taken for, the regency's.
     */
    public String fileSuffix() {
        StringBuilder b = new StringBuilder();
        if (regency.get() != null) {
            b.append('-').append(regency.get().code().replace('.', '-'));
        }
        if (kecamatan.get() != null) {
            b.append('-').append(kecamatan.get().name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", ""));
        }
        if (segment.get() != null) {
            b.append('-').append(segment.get().name().toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    /** True when the pie shows rupiah rather than participants. */
    public javafx.beans.property.BooleanProperty showRupiahProperty() {
        return showRupiah;
    }
}
