package id.payung.ui.dashboard;

import id.payung.domain.Formats;
import id.payung.domain.FunderCount;
import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.domain.RegencyShare;
import id.payung.ui.Choices;
import id.payung.ui.FunderColors;
import id.payung.ui.SaveDialogs;
import id.payung.ui.UserMessages;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/**
 * The dashboard's "per kabupaten/kota" tab for a province: a bar per regency stacked by funder type, and a table
 * of the regencies (each opening onto its funders) with named persons, declared cohort headcount, participants
 * counted and share. The funder filter is the one the other breakdowns share.
 */
public final class RegencyPane {
    /** Regencies open onto their funders when the whole table is about this many rows or fewer. */
    private static final int OPEN_UP_TO_ROWS = 24;

    private final BreakdownViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<FundingSource> funderChoice;
    @FXML private StackedBarChart<Number, String> chart;
    @FXML private NumberAxis valueAxis;
    @FXML private CategoryAxis regencyAxis;
    @FXML private TreeTableView<Line> table;
    @FXML private TreeTableColumn<Line, String> nameColumn;
    @FXML private TreeTableColumn<Line, Long> namedColumn;
    @FXML private TreeTableColumn<Line, Long> declaredColumn;
    @FXML private TreeTableColumn<Line, Long> participantsColumn;
    @FXML private TreeTableColumn<Line, Double> percentColumn;
    @FXML private TreeTableColumn<Line, Long> costColumn;
    @FXML private Label costLabel;
    @FXML private Label totalLabel;
    @FXML private Label exportedLabel;

    /**
     * One line of the table: a regency (its funders below it) or one of its funders. Declared is null where there
     * is no cohort, percent null on a funder's line.
     */
    record Line(String name, long named, Long declared, long participants, Double percent, long costRp, boolean regency) {
    }

    RegencyPane(BreakdownViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        String allFunders = resources.getString("breakdown.allFunders");
        model.funderChoices().addListener((ListChangeListener<FundingSource>) c ->
                Choices.withNull(funderChoice, model.funderChoices(), FundingSource::name, allFunders));
        Choices.withNull(funderChoice, model.funderChoices(), FundingSource::name, allFunders);
        funderChoice.valueProperty().bindBidirectional(model.funderProperty());
        chart.setTitle(resources.getString("breakdown.regency.title"));
        DashboardCharts.countTicks(valueAxis);
        table.setRoot(new TreeItem<>());
        column(nameColumn, Line::name, Function.identity(), false);
        column(namedColumn, Line::named, Formats::count, true);
        column(declaredColumn, Line::declared, Formats::count, true);
        column(participantsColumn, Line::participants, Formats::count, true);
        column(percentColumn, Line::percent, Formats::percent, true);
        column(costColumn, Line::costRp, Formats::rupiah, true);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("regency-row");
                if (!empty && item != null && item.regency()) {
                    getStyleClass().add("regency-row");
                }
            }
        });
        model.regencies().addListener((ListChangeListener<RegencyShare>) c -> show());
        // No blank line under the total before the first export.
        exportedLabel.managedProperty().bind(exportedLabel.textProperty().isNotEmpty());
        model.regencyExportProperty().addListener((obs, old, outcome) -> exportedLabel.setText(outcome.saved()
                ? MessageFormat.format(resources.getString("breakdown.regency.exported"), outcome.file().toString())
                : MessageFormat.format(resources.getString("breakdown.regency.exportFailed"),
                        UserMessages.describe(resources, outcome.failure()))));
        // The tab may be built off the window's thread and shown later: its legend exists only once it is shown.
        chart.sceneProperty().addListener((obs, old, scene) -> javafx.application.Platform.runLater(this::paintLegend));
        show();
    }

    /** Asks where to write the table the tab shows (.xlsx or .csv), then has the view model write it. */
    @FXML
    private void exportTable() {
        SaveDialogs.choose(table.getScene().getWindow(), model.regencyFileName(), SaveDialogs.tables())
                .ifPresent(model::exportRegencies);
    }

    private <T> void column(TreeTableColumn<Line, T> column, Function<Line, T> value, Function<? super T, String> format,
                            boolean numeric) {
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setOnShowing(e -> whole.setText(whole.getOwnerNode() instanceof javafx.scene.control.Labeled l
                ? l.getText() : null));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().getValue())));
        column.setCellFactory(c -> {
            // A name longer than the column ("APBDes / ADD desa se-Kabupaten Timor Tengah Selatan") goes on a second
            // line rather than being cut (trial 21 at 1366: "APBDes / ADD desa se-Ka…"): shown as a text wrapped at the
            // cell's width (as Cells.wrapped does for a table), the row as high as it; whole in a tooltip too.
            javafx.scene.text.Text shown = new javafx.scene.text.Text();
            TreeTableCell<Line, T> cell = new TreeTableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : format.apply(item));
                    if (numeric) {
                        setAlignment(Pos.CENTER_RIGHT);
                    } else {
                        shown.setText(getText() == null ? "" : getText());
                        setGraphic(getText() == null ? null : shown);
                        setTooltip(getText() == null ? null : whole);
                    }
                }
            };
            if (!numeric) {
                cell.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                shown.getStyleClass().add("wrapped-name");
                shown.fontProperty().bind(cell.fontProperty());
                shown.fillProperty().bind(cell.textFillProperty());
                // From where the text starts (past the row's indent and its open/close arrow) to the cell's right edge.
                shown.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.max(1, cell.getWidth() - Math.max(shown.getLayoutX(), cell.snappedLeftInset())
                                - cell.snappedRightInset()),
                        cell.widthProperty(), cell.paddingProperty(), shown.layoutXProperty()));
            }
            return cell;
        });
    }

    private String name(RegencyShare r) {
        return r.unknown() ? resources.getString("breakdown.regency.unknown") : r.name();
    }

    private void show() {
        List<RegencyShare> regencies = model.regencies();
        // The year in the title: a picture of the chart on a slide says which year (trial 20a).
        chart.setTitle(model.year() == null ? resources.getString("breakdown.regency.title")
                : MessageFormat.format(resources.getString("breakdown.regency.title.year"), String.valueOf(model.year())));
        showTable(regencies);
        showChart(regencies);
        totalLabel.setText(MessageFormat.format(resources.getString("dashboard.total"),
                Formats.count(RegencyShare.total(regencies))));
        costLabel.setText(MessageFormat.format(resources.getString("dashboard.totalCost"), Formats.rupiah(
                regencies.stream().mapToLong(r -> model.regencyCost(r.code(), null)).sum()).replace(' ', '\u00a0')));
    }

    private void showTable(List<RegencyShare> regencies) {
        // The rows of regencies with none (listed so the province sees who has not reported) have nothing to open.
        boolean open = regencies.stream().filter(r -> !r.funders().isEmpty()).count()
                + regencies.stream().mapToInt(r -> r.funders().size()).sum() <= OPEN_UP_TO_ROWS;
        List<TreeItem<Line>> items = new ArrayList<>();
        for (RegencyShare r : regencies) {
            TreeItem<Line> item = new TreeItem<>(new Line(name(r), r.namedPersons(), r.declared() == 0 ? null : r.declared(),
                    r.participants(), r.percent(), model.regencyCost(r.code(), null), true));
            for (FunderCount f : r.funders()) {
                item.getChildren().add(new TreeItem<>(new Line(f.funderName(), f.namedPersons(),
                        f.declared() == 0 ? null : f.declared(), f.participants(), null,
                        model.regencyCost(r.code(), f.funderCode()), false)));
            }
            item.setExpanded(open);
            items.add(item);
        }
        table.getRoot().getChildren().setAll(items);
    }

    /** A bar per regency (largest at the top), a segment per funder type in the funders' colours. */
    private void showChart(List<RegencyShare> regencies) {
        legendColours = fill(chart, regencyAxis, valueAxis, regencies);
        javafx.application.Platform.runLater(this::paintLegend);
    }

    /**
     * Fills {@code into} (the tab's chart, or a slide's drawn anew) with {@code regencies}: a bar per regency, a segment
     * per funder type in its colour, each regency's total beyond its bar's end; returns the types' colours by series name,
     * for the legend.
     */
    private Map<String, String> fill(StackedBarChart<Number, String> into, CategoryAxis axis, NumberAxis counts,
                                     List<RegencyShare> regencies) {
        List<String> labels = DashboardCharts.uniqueLabels(regencies, this::name, r -> String.valueOf(r.code()));
        Map<FunderType, XYChart.Series<Number, String>> byType = new EnumMap<>(FunderType.class);
        for (int i = 0; i < regencies.size(); i++) {
            Map<FunderType, Long> perType = new EnumMap<>(FunderType.class);
            regencies.get(i).funders().forEach(f -> perType.merge(f.funderType(), f.participants(), Long::sum));
            for (Map.Entry<FunderType, Long> e : perType.entrySet()) {
                if (e.getValue() > 0) {
                    byType.computeIfAbsent(e.getKey(), t -> {
                        XYChart.Series<Number, String> s = new XYChart.Series<>();
                        s.setName(resources.getString("funder.type." + t.name()));
                        return s;
                    }).getData().add(new XYChart.Data<>(e.getValue(), labels.get(i)));
                }
            }
        }
        List<String> categories = new ArrayList<>(labels);
        Collections.reverse(categories); // a horizontal chart lists its categories from the bottom
        DashboardCharts.categories(axis, categories);
        // A province's 22 regencies at 1366×768: at the axis's own size the axis hides every name that would touch
        // the one above it (with a gap of 3 px), so some bars had no name. A smaller size, no gap, keeps every name.
        boolean many = regencies.size() > 12;
        javafx.scene.text.Font font = axis.getTickLabelFont();
        axis.setTickLabelFont(javafx.scene.text.Font.font(font.getFamily(), many ? 10 : 11));
        axis.setTickLabelGap(many ? 0 : 3);
        DashboardCharts.scale(counts, regencies.stream().mapToLong(RegencyShare::participants).max().orElse(0), true);
        into.getData().setAll(byType.values());
        // The last segment of each regency's bar carries the regency's total beyond its end.
        Map<String, XYChart.Data<Number, String>> last = new java.util.HashMap<>();
        byType.values().forEach(s -> s.getData().forEach(d -> last.put(d.getYValue(), d)));
        Map<String, Long> totals = new java.util.HashMap<>();
        for (int i = 0; i < regencies.size(); i++) {
            totals.put(labels.get(i), regencies.get(i).participants());
        }
        byType.forEach((type, s) -> {
            String style = "-fx-bar-fill: " + FunderColors.of(type) + ";";
            for (XYChart.Data<Number, String> d : s.getData()) {
                DashboardCharts.paint(d, style);
                DashboardCharts.stackLabelsAcross(d, Formats.count(d.getXValue().longValue()),
                        last.get(d.getYValue()) == d ? Formats.count(totals.get(d.getYValue())) : null);
            }
        });
        Map<String, String> colours = new java.util.HashMap<>();
        byType.forEach((type, s) -> colours.put(s.getName(), FunderColors.of(type)));
        return colours;
    }

    /**
     * The chart as a slide ({@link ChartPictures.Slide}): "Peserta … per kabupaten/kota, 2026 — 5.280 peserta", the
     * filter (the dashboard's {@code dashboardFilter}, null for none, and the funder chosen here), the bars drawn anew at
     * the slide's size with their legend in the funder types' colours.
     */
    ChartPictures.Slide slide(String dashboardFilter) {
        List<RegencyShare> regencies = List.copyOf(model.regencies());
        String title = MessageFormat.format(resources.getString("picture.title.regency"), String.valueOf(model.year()),
                Formats.count(RegencyShare.total(regencies)));
        FundingSource funder = model.funderProperty().get();
        return new ChartPictures.Slide(title, ChartPictures.filterLineWithFunder(resources, dashboardFilter, funder),
                () -> {
                    NumberAxis counts = ChartPictures.countAxis(resources);
                    CategoryAxis names = new CategoryAxis();
                    names.setAnimated(false);
                    StackedBarChart<Number, String> bars = new StackedBarChart<>(counts, names);
                    bars.setAnimated(false);
                    bars.setCategoryGap(4);
                    DashboardCharts.legendColours(bars, fill(bars, names, counts, regencies), ChartPictures.SLIDE_CHART_STYLE);
                    return bars;
                });
    }

    /** The funder types' colours by series name, for the legend. */
    private Map<String, String> legendColours = Map.of();

    /** The legend draws its own symbols: give them the funder types' colours too, once it exists. */
    private void paintLegend() {
        Map<String, String> colours = legendColours;
        for (javafx.scene.Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label && label.getGraphic() != null && colours.containsKey(label.getText())) {
                label.getGraphic().setStyle("-fx-background-color: " + colours.get(label.getText()) + ";");
            }
        }
    }
}
