package id.payung.ui.dashboard;

import id.payung.domain.Formats;
import id.payung.domain.FundingSource;
import id.payung.domain.GroupShare;
import id.payung.ui.Cells;
import id.payung.ui.Choices;
import id.payung.ui.Tables;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * One breakdown tab of the dashboard: horizontal bars and a table (count, percent) of the participants
 * per kecamatan or per occupation, with the funder filter shared by both breakdowns.
 */
public final class BreakdownPane {
    private static final String ALL_FUNDERS_COLOUR = "#1f5f8b";

    private final BreakdownViewModel model;
    private final ObservableList<GroupShare> groups;
    private final String kind;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<FundingSource> funderChoice;
    @FXML private BarChart<Number, String> chart;
    @FXML private NumberAxis valueAxis;
    @FXML private CategoryAxis groupAxis;
    @FXML private TableView<GroupShare> table;
    @FXML private TableColumn<GroupShare, String> groupColumn;
    @FXML private TableColumn<GroupShare, Long> participantsColumn;
    @FXML private TableColumn<GroupShare, Double> percentColumn;
    @FXML private Label totalLabel;
    @FXML private Label onlyUnknownLabel;

    /**
     * @param kind "kecamatan" or "occupation": names the node ids (e.g. kecamatanChart) and the bundle keys
     *             breakdown.KIND.title / .column / .unknown
     */
    BreakdownPane(BreakdownViewModel model, ObservableList<GroupShare> groups, String kind) {
        this.model = model;
        this.groups = groups;
        this.kind = kind;
    }

    @FXML
    private void initialize() {
        funderChoice.setId(kind + "Funder");
        chart.setId(kind + "Chart");
        table.setId(kind + "Table");
        totalLabel.setId(kind + "Total");
        onlyUnknownLabel.setId(kind + "OnlyUnknown");
        onlyUnknownLabel.managedProperty().bind(onlyUnknownLabel.visibleProperty()); // above the chart, when shown
        String allFunders = resources.getString("breakdown.allFunders");
        model.funderChoices().addListener((ListChangeListener<FundingSource>) c ->
                Choices.withNull(funderChoice, model.funderChoices(), FundingSource::name, allFunders));
        Choices.withNull(funderChoice, model.funderChoices(), FundingSource::name, allFunders);
        funderChoice.valueProperty().bindBidirectional(model.funderProperty());
        chart.setTitle(resources.getString("breakdown." + kind + ".title"));
        groupColumn.setText(resources.getString("breakdown." + kind + ".column"));
        DashboardCharts.countTicks(valueAxis);
        Tables.show(table, groups);
        Cells.bind(groupColumn, this::name);
        Cells.bind(participantsColumn, GroupShare::participants);
        participantsColumn.setCellFactory(Cells.formatted(Formats::count));
        Cells.bind(percentColumn, GroupShare::percent);
        percentColumn.setCellFactory(Cells.formatted(Formats::percent));
        groups.addListener((ListChangeListener<GroupShare>) c -> show());
        show();
    }

    private String name(GroupShare g) {
        return g.unknown() ? resources.getString("breakdown." + kind + ".unknown")
                : "occupation".equals(kind) ? id.payung.ui.OccupationNames.name(resources, g.code(), g.name()) : g.name();
    }

    private void show() {
        fill(chart, groupAxis, valueAxis);
        boolean onlyUnknown = groups.size() == 1 && groups.get(0).unknown();
        onlyUnknownLabel.setVisible(onlyUnknown);
        onlyUnknownLabel.setText(onlyUnknown ? MessageFormat.format(resources.getString("breakdown." + kind + ".onlyUnknown"),
                Formats.count(groups.get(0).participants())) : "");
        totalLabel.setText(MessageFormat.format(resources.getString("dashboard.total"),
                Formats.count(GroupShare.total(groups))));
    }

    /**
     * Fills {@code into} (the tab's chart, or a slide's drawn anew) with the bars: top to bottom in the table's order
     * (a horizontal chart lists its categories from the bottom), each with its count beyond its end.
     */
    private void fill(BarChart<Number, String> into, CategoryAxis groupsAxis, NumberAxis countAxis) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> labels = DashboardCharts.uniqueLabels(groups, this::name, g -> String.valueOf(g.code()));
        for (int i = 0; i < groups.size(); i++) {
            series.getData().add(new XYChart.Data<>(groups.get(i).participants(), labels.get(i)));
        }
        List<String> categories = new ArrayList<>(labels);
        java.util.Collections.reverse(categories);
        DashboardCharts.categories(groupsAxis, categories);
        DashboardCharts.scale(countAxis, groups.stream().mapToLong(GroupShare::participants).max().orElse(0), true);
        into.getData().setAll(List.of(series));
        FundingSource funder = model.funderProperty().get();
        String style = "-fx-bar-fill: " + (funder == null ? ALL_FUNDERS_COLOUR : model.colour(funder)) + ";";
        series.getData().forEach(d -> {
            DashboardCharts.paint(d, style);
            DashboardCharts.valueLabel(d, Formats.count(d.getXValue().longValue()));
        });
    }

    /**
     * The chart as a slide ({@link ChartPictures.Slide}): "Peserta … per kecamatan, 2026 — 155 peserta", the filter
     * (the dashboard's {@code dashboardFilter}, e.g. "Kecamatan Ruteng, segmen PU", null for none, and the funder chosen
     * here), and the bars drawn anew at the slide's size.
     */
    ChartPictures.Slide slide(String dashboardFilter) {
        // Each key written whole (I18nTest finds every key used in the code).
        String key = "kecamatan".equals(kind) ? "picture.title.kecamatan" : "picture.title.occupation";
        String title = MessageFormat.format(resources.getString(key),
                String.valueOf(model.year()), Formats.count(GroupShare.total(groups)));
        FundingSource funder = model.funderProperty().get();
        return new ChartPictures.Slide(title, ChartPictures.filterLineWithFunder(resources, dashboardFilter, funder),
                () -> {
                    NumberAxis counts = ChartPictures.countAxis(resources);
                    CategoryAxis names = new CategoryAxis();
                    names.setAnimated(false);
                    BarChart<Number, String> bars = new BarChart<>(counts, names);
                    bars.setAnimated(false);
                    bars.setLegendVisible(false);
                    bars.setBarGap(2);
                    bars.setCategoryGap(6);
                    bars.setStyle(ChartPictures.SLIDE_CHART_STYLE);
                    fill(bars, names, counts);
                    return bars;
                });
    }
}
