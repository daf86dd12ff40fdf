package id.payung.ui.reports;

import id.payung.domain.BenefitClaim;
import id.payung.domain.Event;
import id.payung.domain.Formats;
import id.payung.domain.FundingSource;
import id.payung.domain.ReadinessSummary;
import id.payung.domain.SelfPayingTariff;
import id.payung.domain.SelfPayingTransition;
import id.payung.service.facade.PayungServices;
import id.payung.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reports screen: a year, the self-paying transition and the award-readiness summary for it, and
 * the printed reports (year report, decree annex, readiness summary) written in the background.
 */
public final class ReportsViewModel {
    private final PayungServices services;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<FundingSource> funders = FXCollections.observableArrayList();
    private final ObjectProperty<FundingSource> annexFunder = new SimpleObjectProperty<>();
    private final ObservableList<SelfPayingTransition> transitions = FXCollections.observableArrayList();
    private final ObservableList<SelfPayingTariff> tariffs = FXCollections.observableArrayList();
    private final ObservableList<ReadinessRow> readiness = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReadinessSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> printGap = new ReadOnlyObjectWrapper<>();
    /** The province a provincial reader reads ("53"), whose settings the server's owner sets; null otherwise. */
    private final ReadOnlyObjectWrapper<String> province = new ReadOnlyObjectWrapper<>();

    public ReportsViewModel(PayungServices services, TaskExecutor tasks, Clock clock) {
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        year.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                loadYear(now);
            }
        });
    }

    /** Reads the years, funders and the figures of the chosen year (the latest year with data at first). */
    public void load() {
        int current = Year.now(clock).getValue();
        tasks.read(() -> new Object[] {services.dashboard().years(), services.dashboard().defaultYear(),
            services.reference().fundingSources(), services.reference().settings(),
            services.reference().provinceOfLogin().orElse(null)}, r -> {
                province.set((String) r[4]);
                printGap.set(printGapKey((id.payung.service.Settings) r[3]));
                @SuppressWarnings("unchecked")
                List<Integer> withData = (List<Integer>) r[0];
                TreeSet<Integer> all = new TreeSet<>(withData);
                all.add(current);
                years.setAll(all);
                @SuppressWarnings("unchecked")
                List<FundingSource> sources = (List<FundingSource>) r[2];
                FundingSource chosen = annexFunder.get();
                funders.setAll(sources);
                annexFunder.set(keptOrFirst(chosen, sources));
                if (year.get() == null) {
                    year.set((Integer) r[1]);
                } else {
                    loadYear(year.get());
                }
            });
    }

    /**
     * The annex funder after a reload: the one chosen before if it still exists (by code; the list holds new
     * objects), else the first (trial 19: the choice was lost each time the clerk came back to Laporan).
     */
    static FundingSource keptOrFirst(FundingSource chosen, List<FundingSource> sources) {
        if (chosen != null) {
            for (FundingSource f : sources) {
                if (f.code().equals(chosen.code())) {
                    return f;
                }
            }
        }
        return sources.isEmpty() ? null : sources.get(0);
    }

    private void loadYear(int y) {
        tasks.read(() -> new Loaded(services.transitions().transitions(y), services.transitions().tariffs(y),
                services.readiness().summary(y)), loaded -> {
                    if (Integer.valueOf(y).equals(year.get())) {
                        transitions.setAll(loaded.transitions());
                        tariffs.setAll(loaded.tariffs());
                        summary.set(loaded.summary());
                        readiness.setAll(rows(loaded.summary()));
                    }
                });
    }

    /**
     * The bundle key of what the printed reports lack because Pengaturan leaves it empty (the head's NIP, printed as
     * dots; the office address, missing from the letterhead), or null when both are set (trial 18 L12).
     */
    static String printGapKey(id.payung.service.Settings s) {
        if (s.headNipMissing() && s.addressMissing()) {
            return "reports.print.missing.both";
        }
        if (s.headNipMissing()) {
            return "reports.print.missing.nip";
        }
        return s.addressMissing() ? "reports.print.missing.address" : null;
    }

    /** The bundle key of {@link #printGapKey}, as read on the last load; null: nothing missing. */
    public ReadOnlyObjectProperty<String> provinceProperty() {
        return province.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> printGapProperty() {
        return printGap.getReadOnlyProperty();
    }

    private record Loaded(List<SelfPayingTransition> transitions, List<SelfPayingTariff> tariffs, ReadinessSummary summary) {
    }

    /** The readiness summary as lines of aspect and value. */
    static List<ReadinessRow> rows(ReadinessSummary s) {
        List<ReadinessRow> rows = new ArrayList<>();
        rows.add(new ReadinessRow("reports.aspect.regulations", List.of(), s.regulations().isEmpty()
                ? "reports.value.none" : "reports.value.events", List.of(s.regulations().size(), titles(s.regulations()))));
        rows.add(new ReadinessRow("reports.aspect.awards", List.of(), s.awards().isEmpty()
                ? "reports.value.none" : "reports.value.events", List.of(s.awards().size(), titles(s.awards()))));
        for (int i = 0; i < s.years().size(); i++) {
            ReadinessSummary.YearFigures y = s.years().get(i);
            Double pct = s.growthPercent(i);
            String growth = y.growth() == null ? "–" : (y.growth() > 0 ? "+" : "") + Formats.count(y.growth())
                    + (pct == null ? "" : " (" + Formats.change(pct) + ")");
            rows.add(new ReadinessRow("reports.aspect.year", List.of(String.valueOf(y.year())), "reports.value.year",
                    List.of(Formats.count(y.participants()), growth, Formats.rupiah(y.costRp()),
                            y.quota() == null ? "–" : Formats.count(y.quota()),
                            y.ceilingRp() == null ? "–" : Formats.rupiah(y.ceilingRp()))));
        }
        // Beside the growth: funders of the year before with nothing, or under a tenth, recorded yet in this one (trial
        // 18: "−99,5 %"), in FunderGap's own sentences, as the dashboard, the PDFs and `report readiness` say them.
        if (!s.funderGaps().isEmpty()) {
            List<id.payung.domain.FunderGap> gaps = s.funderGaps();
            int year = s.year();
            rows.add(new ReadinessRow("reports.aspect.funderGap", List.of(String.valueOf(year)), "reports.value.worded",
                    List.of((ReadinessRow.Worded) b -> id.payung.domain.FunderGap.line(year, gaps, b))));
        }
        for (ReadinessSummary.FunderBudget f : s.funders()) {
            rows.add(new ReadinessRow("reports.aspect.funder", List.of(f.funderName(), String.valueOf(s.year())),
                    "reports.value.funder", List.of(Formats.count(f.participants()), Formats.rupiah(f.costRp()),
                            f.quota() == null ? "–" : Formats.count(f.quota()),
                            f.ceilingRp() == null ? "–" : Formats.rupiah(f.ceilingRp()))));
        }
        ReadinessSummary.VillageCoverage v = s.villages();
        rows.add(new ReadinessRow("reports.aspect.villages", List.of(String.valueOf(s.year())),
                v.desaTotal() == 0 ? "reports.value.villagesUnknown" : "reports.value.villages",
                List.of(Formats.count(v.desaCovered()), Formats.count(v.desaTotal()), Formats.percent(v.percent()),
                        Formats.count(v.officials()))));
        for (ReadinessSummary.BenefitTotal b : s.benefits()) {
            rows.add(new ReadinessRow("reports.aspect.benefits", List.of(b.programme().name(), String.valueOf(s.year())),
                    "reports.value.benefits", List.of(Formats.count(b.payouts()), Formats.count(b.beneficiaries()),
                            Formats.rupiah(b.amountRp()))));
        }
        return rows;
    }

    private static String titles(List<Event> events) {
        return events.stream().map(e -> Formats.date(e.date()) + " " + e.title()).collect(Collectors.joining("; "));
    }

    /** Writes the year report PDF of the chosen year; {@code done} gets the file. */
    public void printYearReport(Path file, Consumer<Path> done) {
        Integer y = year.get();
        if (y != null) {
            tasks.read(() -> {
                files().yearReport(y, file);
                return file;
            }, done);
        }
    }

    /** Writes the decree annex of a funder for the chosen year (NIKs in full only when {@code fullNik}; audited). */
    public void printAnnex(FundingSource funder, boolean fullNik, Path file, Consumer<Long> done) {
        Integer y = year.get();
        if (y != null && funder != null) {
            tasks.run(() -> files().annex(funder.code(), y, fullNik, file), done);
        }
    }

    /** Writes the readiness summary PDF of the chosen year. */
    public void printReadiness(Path file, Consumer<Path> done) {
        Integer y = year.get();
        if (y != null) {
            tasks.read(() -> {
                files().readiness(services.readiness().summary(y), file);
                return file;
            }, done);
        }
    }

    /** Writes the transition table as .xlsx or .csv. */
    public void exportTransitions(Path file, Consumer<Path> done) {
        List<SelfPayingTransition> rows = List.copyOf(transitions);
        tasks.read(() -> {
            files().transitions(rows, file);
            return file;
        }, done);
    }

    /** The exports for files chosen in the save dialog: an existing file is replaced only once the new one is written. */
    private id.payung.service.exporting.ExportService files() {
        return services.exports().replacingExisting();
    }

    /** Records a benefit payout (refusals are thrown for the dialog to show), then reloads the figures. */
    public void addBenefit(BenefitClaim claim) {
        services.benefits().add(claim);
    }

    /** Reloads the chosen year's figures (after a benefit was recorded). */
    public void reload() {
        if (year.get() != null) {
            loadYear(year.get());
        }
    }

    /** Today, by the window's clock (the default date of a payout). */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    public ObservableList<Integer> years() {
        return years;
    }

    /** The name offered for the year report's PDF: its subject and year ({@link id.payung.service.exporting.ExportService#yearReportFileName}). */
    public String yearReportFileName() {
        return id.payung.service.exporting.ExportService.yearReportFileName(year.get(), "");
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<FundingSource> funders() {
        return funders;
    }

    /** The funder chosen for the annex; kept over reloads while the screen lives. */
    public ObjectProperty<FundingSource> annexFunderProperty() {
        return annexFunder;
    }

    public ObservableList<SelfPayingTransition> transitions() {
        return transitions;
    }

    public ObservableList<SelfPayingTariff> tariffs() {
        return tariffs;
    }

    public ObservableList<ReadinessRow> readiness() {
        return readiness;
    }

    public ReadOnlyObjectProperty<ReadinessSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
