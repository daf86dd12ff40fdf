package id.payung.ui.dashboard;

import id.payung.domain.Formats;
import id.payung.domain.KecamatanCoverage;
import id.payung.domain.UcjCoverage;
import id.payung.ui.Cells;
import id.payung.ui.Tables;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The coverage tab of the dashboard: UCJ per kecamatan as bars and a table, the region total, and the
 * button to enter the numbers of informal workers. A kecamatan without a number shows "—", not 0 %.
 */
public final class CoveragePane {
    private static final String NONE = "—";
    private static final String BAR_COLOUR = "#2e7d32";
    /** A bar above 100 %: a number of informal workers below the protected ones, most often typed wrong. */
    private static final String OVER_COLOUR = "#c62828";

    private final CoverageViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private BarChart<Number, String> chart;
    @FXML private NumberAxis percentAxis;
    @FXML private CategoryAxis kecamatanAxis;
    @FXML private TableView<KecamatanCoverage> table;
    @FXML private TableColumn<KecamatanCoverage, String> kecamatanColumn;
    @FXML private TableColumn<KecamatanCoverage, Long> protectedColumn;
    @FXML private TableColumn<KecamatanCoverage, Long> informalColumn;
    @FXML private TableColumn<KecamatanCoverage, Double> percentColumn;
    @FXML private Label totalLabel;
    @FXML private Label chartEmpty;
    @FXML private Label remarkLabel;
    @FXML private javafx.scene.control.Button editButton;
    private final id.payung.ui.WriteAccess access;

    /**
     * @param access read-only, the button that opens the numbers to enter is disabled, saying why: the dialog only
     *               writes, and the numbers it shows are the table's
     */
    CoveragePane(CoverageViewModel model, id.payung.ui.WriteAccess access) {
        this(model, access, () -> false);
    }

    /**
     * @param province whether the login reads a province's regencies: the total is the province's ("Provinsi: …"), not a
     *                 regency's (trial 20a: "Kabupaten: 22 terlindungi" for NTT)
     */
    CoveragePane(CoverageViewModel model, id.payung.ui.WriteAccess access, java.util.function.BooleanSupplier province) {
        this.model = model;
        this.access = access;
        this.province = province;
    }

    private final java.util.function.BooleanSupplier province;

    @FXML
    private void initialize() {
        DashboardCharts.percentTicks(percentAxis);
        Tables.show(table, model.rows());
        Cells.bind(kecamatanColumn, KecamatanCoverage::kecamatanName);
        Cells.bind(protectedColumn, KecamatanCoverage::protectedWorkers);
        protectedColumn.setCellFactory(Cells.formatted(Formats::count));
        Cells.bind(informalColumn, KecamatanCoverage::informalWorkers);
        informalColumn.setCellFactory(orNone(Formats::count));
        Cells.bind(percentColumn, KecamatanCoverage::percent);
        percentColumn.setCellFactory(orNone(Formats::percent));
        model.coverageProperty().addListener((obs, old, now) -> show(now));
        show(model.coverageProperty().get());
        access.guard(resources, editButton);
        if (access.readOnlyProperty().get()) {
            // Not "Tekan 'Atur jumlah pekerja informal…'" under a disabled button (trial 20a).
            chartEmpty.setText(resources.getString("coverage.chart.empty.readOnly"));
        }
    }

    @FXML
    private void editDenominators() {
        if (model.year() != null && !access.readOnlyProperty().get()) {
            new DenominatorsDialog(table.getScene().getWindow(), resources, model, model.year(), List.copyOf(model.rows()))
                    .show();
        }
    }

    private void show(UcjCoverage c) {
        if (c == null) {
            return;
        }
        List<String> overNames = new ArrayList<>();
        boolean any = fill(chart, kecamatanAxis, percentAxis, c, overNames);
        // With nothing to draw the note takes the chart's place instead of lying over its axis labels.
        chartEmpty.setVisible(!any);
        chart.setVisible(any);
        chart.setTitle(MessageFormat.format(resources.getString("coverage.chart.title"), String.valueOf(c.year())));
        totalLabel.setText(total(c));
        List<String> remarks = new ArrayList<>(overNames);
        if (c.unknownKecamatan() != 0) {
            remarks.add(MessageFormat.format(resources.getString("coverage.unknown"), Formats.count(c.unknownKecamatan())));
        }
        remarkLabel.setText(String.join("\n", remarks));
    }

    /**
     * Fills {@code into} (the tab's chart, or a slide's drawn anew) with {@code c}'s kecamatan: a bar per kecamatan with
     * a number of informal workers, one above 100 % ending at 100 % in red with its figure in it (named in
     * {@code overNames}); returns whether any bar is drawn.
     */
    private boolean fill(BarChart<Number, String> into, CategoryAxis names, NumberAxis percents, UcjCoverage c,
                         List<String> overNames) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> labels = DashboardCharts.uniqueLabels(c.kecamatan(), KecamatanCoverage::kecamatanName,
                KecamatanCoverage::kecamatanCode);
        // A coverage above 100 % ends at 100 % in red with its figure written in it, and is named under the table:
        // a bar of 300 % ran off the others' scale and squeezed them to slivers (trial 14).
        List<XYChart.Data<Number, String>> over = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            KecamatanCoverage k = c.kecamatan().get(i);
            Double percent = k.percent();
            if (percent != null) {
                XYChart.Data<Number, String> d = new XYChart.Data<>(Math.min(KecamatanCoverage.FULL_PERCENT, percent),
                        labels.get(i));
                series.getData().add(d);
                if (k.aboveFull()) {
                    d.setExtraValue(percent);
                    over.add(d);
                    overNames.add(MessageFormat.format(resources.getString("coverage.over100"),
                            k.kecamatanName() + ": " + Formats.percent(percent)));
                }
            }
        }
        List<String> categories = new ArrayList<>(labels);
        java.util.Collections.reverse(categories);
        DashboardCharts.categories(names, categories);
        DashboardCharts.scale(percents, series.getData().stream().mapToDouble(d -> d.getXValue().doubleValue()).max()
                .orElse(KecamatanCoverage.FULL_PERCENT), false);
        into.getData().setAll(List.of(series));
        series.getData().forEach(d -> DashboardCharts.paint(d, "-fx-bar-fill: " + (over.contains(d) ? OVER_COLOUR
                : BAR_COLOUR) + ";"));
        over.forEach(d -> DashboardCharts.insideLabel(d, Formats.percent((Double) d.getExtraValue()) + " (> 100%)"));
        return !series.getData().isEmpty();
    }

    /** "Kabupaten: 1.234 terlindungi dari 10.000 pekerja informal = 12,3%", or why there is no coverage yet. */
    private String total(UcjCoverage c) {
        boolean whole = province.getAsBoolean();
        return c.regionPercent() == null
                ? MessageFormat.format(resources.getString(whole ? "coverage.total.incomplete.province"
                        : "coverage.total.incomplete"), Formats.count(c.regionProtected()),
                        Formats.count(c.missingDenominators()))
                : MessageFormat.format(resources.getString(whole ? "coverage.total.province" : "coverage.total"),
                        Formats.count(c.regionProtected()),
                        // A no-break space: "< 0,1%" must not wrap after its "<".
                        Formats.count(c.regionInformalWorkers()), Formats.percent(c.regionPercent()).replace(' ', '\u00A0'));
    }

    /**
     * The chart as a slide ({@link ChartPictures.Slide}): "Cakupan … per kecamatan, 2026", under it the region's total
     * as the tab says it, and the bars drawn anew at the slide's size. The whole regency's, whatever the filters.
     */
    ChartPictures.Slide slide() {
        UcjCoverage c = model.coverageProperty().get();
        String year = c == null ? "" : String.valueOf(c.year());
        return new ChartPictures.Slide(MessageFormat.format(resources.getString("picture.title.coverage"), year),
                c == null ? null : total(c), () -> {
                    NumberAxis percents = new NumberAxis();
                    percents.setLabel(percentAxis.getLabel());
                    percents.setMinorTickVisible(false);
                    DashboardCharts.percentTicks(percents);
                    CategoryAxis names = new CategoryAxis();
                    names.setAnimated(false);
                    BarChart<Number, String> bars = new BarChart<>(percents, names);
                    bars.setAnimated(false);
                    bars.setLegendVisible(false);
                    bars.setBarGap(chart.getBarGap());
                    bars.setCategoryGap(chart.getCategoryGap());
                    bars.setStyle(ChartPictures.SLIDE_CHART_STYLE);
                    if (c != null) {
                        fill(bars, names, percents, c, new ArrayList<>());
                    }
                    return bars;
                });
    }

    /** Cells that show a missing value as "—" (a kecamatan without a number has no percentage, not 0 %). */
    private static <T> javafx.util.Callback<TableColumn<KecamatanCoverage, T>, TableCell<KecamatanCoverage, T>> orNone(
            Function<T, String> format) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? NONE : format.apply(item));
                // Above 100 %: red, as its bar (see show), by the same rule of its row.
                KecamatanCoverage row = getTableRow() == null ? null : getTableRow().getItem();
                setStyle(!empty && item instanceof Double && row != null && row.aboveFull() ? "-fx-text-fill: "
                        + OVER_COLOUR + "; -fx-font-weight: bold;" : null);
            }
        };
    }
}
