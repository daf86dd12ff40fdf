package id.payung.ui.dashboard;

import id.payung.domain.Formats;
import id.payung.domain.FundingShare;
import id.payung.ui.Cells;
import id.payung.ui.SaveDialogs;
import id.payung.ui.Tables;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;

/** The dashboard: a pie chart of funding shares for a year, and the same numbers as a table. */
public final class DashboardView {
    private final DashboardViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private javafx.scene.layout.VBox root;
    @FXML private ComboBox<Integer> yearChoice;
    @FXML private ComboBox<id.payung.domain.Region> kecamatanChoice;
    @FXML private ComboBox<id.payung.domain.Region> regencyChoice;
    @FXML private Label regencyLabel;
    @FXML private ComboBox<id.payung.domain.Segment> segmentChoice;
    @FXML private PieChart sharesChart;
    /** Beside the pie: every funder's colour, name, count (or cost) and share, the small slices' too. */
    @FXML private javafx.scene.layout.VBox pieLegend;
    @FXML private TrendChart trendChart;
    @FXML private javafx.scene.control.Tab kecamatanTab;
    @FXML private javafx.scene.control.Tab occupationTab;
    @FXML private javafx.scene.control.Tab coverageTab;
    @FXML private javafx.scene.control.Tab regencyTab;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private TableView<FundingShare> sharesTable;
    /** The shares table's column header and borders, above its rows. */
    private static final double SHARES_HEADER = 30;
    @FXML private TableColumn<FundingShare, FundingShare> colourColumn;
    @FXML private TableColumn<FundingShare, String> funderColumn;
    @FXML private TableColumn<FundingShare, Long> participantsColumn;
    @FXML private TableColumn<FundingShare, Double> percentColumn;
    @FXML private Label totalLabel;
    @FXML private TableColumn<FundingShare, Long> costColumn;
    @FXML private Label costLabel;
    @FXML private Label governmentCostLabel;
    @FXML private javafx.scene.control.ToggleButton countToggle;
    @FXML private javafx.scene.control.ToggleButton rupiahToggle;
    /** The line above the tabs saying what the numbers are: participants, or in the Rupiah view the yearly cost. */
    @FXML private Label helpLabel;
    /** The Peserta/Rupiah buttons' box: off, with a tooltip saying why, on the tabs that count participants only. */
    @FXML private javafx.scene.layout.HBox unitBox;
    @FXML private javafx.scene.control.Tab sharesTab;
    @FXML private javafx.scene.control.Tab trendTab;
    /** The shares table's empty text: under a filter it says none match it, not that the year has none. */
    @FXML private Label emptyLabel;

    @FXML private Label exportedLabel;
    /** Why the dashboard opened on a year other than this one, under its header; hidden otherwise. */
    @FXML private Label yearNoteLabel;
    @FXML private Label gapNoteLabel;
    /** The pie and its legend: drawn together as the pie's picture. */
    @FXML private javafx.scene.layout.HBox pieBox;
    /** "Gambar grafik": copies or saves the chart of the tab shown. */
    @FXML private javafx.scene.control.MenuButton chartPicture;
    /** Each tab's chart, as its picture is drawn and named. */
    private final java.util.Map<javafx.scene.control.Tab, ChartPictures.Target> pictureTargets = new java.util.HashMap<>();
    private ChartPictures pictures;
    /** The tabs' panes, whose charts are drawn anew as slides. */
    private BreakdownPane kecamatanPane;
    private BreakdownPane occupationPane;
    private RegencyPane regencyPane;
    private CoveragePane coveragePane;


    /** The dashboard; its PDF report and shares are written by the view model. */
    public DashboardView(DashboardViewModel model) {
        this.model = model;
    }

    private id.payung.ui.WriteAccess access = id.payung.ui.WriteAccess.writable();

    /** Whether the database may be written: read-only, entering the coverage's numbers is disabled, saying why. */
    public DashboardView writeAccess(id.payung.ui.WriteAccess writeAccess) {
        this.access = writeAccess;
        return this;
    }

    @FXML
    private void printReport() {
        SaveDialogs.choose(sharesChart.getScene().getWindow(), model.reportFileName(),
                new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"))
                .ifPresent(file -> model.report(file, this::saved));
    }

    @FXML
    private void export() {
        SaveDialogs.choose(sharesChart.getScene().getWindow(), "porsi-sumber-dana-" + model.yearProperty().get() + model.fileSuffix() + ".xlsx",
                SaveDialogs.tables()).ifPresent(file -> model.export(file, this::saved));
    }

    private void saved(java.nio.file.Path file) {
        exportedLabel.setText(MessageFormat.format(resources.getString("export.saved"), file.toString()));
    }

    @FXML
    private void initialize() {
        yearChoice.setItems(model.years());
        yearChoice.valueProperty().bindBidirectional(model.yearProperty());
        yearNoteLabel.textProperty().bind(model.yearNoteProperty().map(n -> n.text(resources)).orElse(""));
        yearNoteLabel.visibleProperty().bind(model.yearNoteProperty().isNotNull());
        yearNoteLabel.managedProperty().bind(yearNoteLabel.visibleProperty());
        gapNoteLabel.textProperty().bind(model.gapNoteProperty().map(n -> n.text(resources)).orElse(""));
        gapNoteLabel.visibleProperty().bind(model.gapNoteProperty().isNotNull());
        gapNoteLabel.managedProperty().bind(gapNoteLabel.visibleProperty());
        String all = resources.getString("filter.all");
        model.kecamatanChoices().addListener((ListChangeListener<id.payung.domain.Region>) c ->
                id.payung.ui.Choices.withNull(kecamatanChoice, model.kecamatanChoices(), this::kecamatanName, all));
        id.payung.ui.Choices.withNull(kecamatanChoice, model.kecamatanChoices(), this::kecamatanName, all);
        kecamatanChoice.valueProperty().bindBidirectional(model.kecamatanProperty());
        // A province's regencies (Kabupaten/kota): the pie, the table, the totals, the trend, the breakdowns and the PDF
        // report of one of them; shown only to a login that reads several regencies.
        // Those with participants in the year first, each named with its number ("Kabupaten Manggarai (5.280)"), and a
        // name's start typed picks it ("manggarai b"): 22 regencies in code order were scrolled through (trial 21).
        String allRegencies = resources.getString("dashboard.regency.all");
        model.regencyChoices().addListener((ListChangeListener<id.payung.domain.Region>) c ->
                id.payung.ui.Choices.withNull(regencyChoice, model.regencyChoices(), this::regencyName, allRegencies));
        id.payung.ui.Choices.withNull(regencyChoice, model.regencyChoices(), this::regencyName, allRegencies);
        model.regencyParticipants().addListener((javafx.collections.MapChangeListener<String, Long>) c ->
                id.payung.ui.Choices.show(regencyChoice, this::regencyName, allRegencies));
        id.payung.ui.TypeToSelect.install(regencyChoice, id.payung.domain.Region::name,
                DashboardViewModel::regencyTypedName);
        regencyChoice.valueProperty().bindBidirectional(model.regencyProperty());
        regencyChoice.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.regencyChoices()));
        regencyChoice.managedProperty().bind(regencyChoice.visibleProperty());
        regencyLabel.visibleProperty().bind(regencyChoice.visibleProperty());
        regencyLabel.managedProperty().bind(regencyChoice.visibleProperty());
        id.payung.ui.Choices.withNull(segmentChoice, java.util.List.of(id.payung.domain.Segment.values()),
                id.payung.domain.Segment::name, all);
        segmentChoice.valueProperty().bindBidirectional(model.segmentProperty());
        sharesChart.setAnimated(false);
        sharesChart.setLegendVisible(false);
        // The pie as wide as it is tall (plus its title's margin), so the legend stands right beside it rather than
        // at the far edge of a wide window.
        // Wider where its title is (a filtered pie's names the filter: "Porsi sumber dana 2025 (Kecamatan Langke Rembong,
        // segmen BPU)"), so the title is not cut short with "…"; the pie stays as large, centred under it.
        sharesChart.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(
                sharesChart.getHeight() * 1.05, titleWidth()), sharesChart.heightProperty(), sharesChart.titleProperty()));
        sharesChart.maxWidthProperty().bind(sharesChart.prefWidthProperty());
        Tables.show(sharesTable, model.shares());
        // As tall as its funders (up to eight rows), the pie taking what is left: at 1366×768 a fixed height showed
        // three of five funders and hid the rest behind a scroll bar (trial 12).
        sharesTable.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() ->
                SHARES_HEADER + sharesTable.getFixedCellSize() * Math.max(2, Math.min(8, model.shares().size())),
                model.shares()));
        // And not squeezed below it while the pie above has room to give (the pie shrinks to its minimum first).
        sharesTable.minHeightProperty().bind(sharesTable.prefHeightProperty());
        colourColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        colourColumn.setCellFactory(col -> new SwatchCell());
        funderColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().funderName()));
        participantsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().participants()));
        participantsColumn.setCellFactory(Cells.formatted(Formats::count));
        // In the Rupiah view the share of the cost, as the pie beside it, under its own header (trial 20a: the pie said
        // 37,5 % of the cost and the table 36,4 % of the participants for one row, both unlabelled).
        percentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(shownPercent(c.getValue())));
        percentColumn.setCellFactory(Cells.formatted(Formats::percent));
        costColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.costs().get(c.getValue().funderCode())));
        costColumn.setCellFactory(Cells.formatted(Formats::rupiah));
        costLabel.textProperty().bind(model.totalCostProperty().map(c -> MessageFormat.format(
                // A no-break space: a wrapped line must not leave "Rp" alone at the end of the first.
                resources.getString("dashboard.totalCost"), Formats.rupiah(c.longValue()).replace(' ', '\u00a0'))));
        // What the budgets pay, for the regent: the total above also holds self-paying workers' own contributions.
        governmentCostLabel.textProperty().bind(model.governmentCostProperty().map(c -> MessageFormat.format(
                resources.getString("dashboard.governmentCost"), Formats.rupiah(c.longValue()).replace(' ', '\u00a0'))));
        // Only where it is a part of the total (the year report's rule): with every funder a government budget it repeats it.
        governmentCostLabel.visibleProperty().bind(model.governmentCostShownProperty());
        governmentCostLabel.managedProperty().bind(model.governmentCostShownProperty());
        javafx.scene.control.ToggleGroup unit = new javafx.scene.control.ToggleGroup();
        countToggle.setToggleGroup(unit);
        rupiahToggle.setToggleGroup(unit);
        countToggle.setSelected(!model.showRupiahProperty().get());
        rupiahToggle.setSelected(model.showRupiahProperty().get());
        unit.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.showRupiahProperty().set(now == rupiahToggle);
            }
        });
        model.showRupiahProperty().addListener((obs, old, now) -> {
            showShares(model.shares());
            showTrend();
            help();
        });
        // The breakdown tabs count participants only: there the Rupiah view would change nothing, so its buttons
        // are off, with a tooltip on their box saying why (a disabled button shows no tooltip of its own).
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip(resources.getString("dashboard.rupiahOnlyShares"));
        why.setWrapText(true);
        why.setMaxWidth(420);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            unitFor(tab, why);
            help();
        });
        unitFor(tabs.getSelectionModel().getSelectedItem(), why);
        help();
        model.shares().addListener((ListChangeListener<FundingShare>) change -> showShares(model.shares()));
        trendChart.setAnimated(false);
        trendChart.getXAxis().setAnimated(false);
        DashboardCharts.countTicks((javafx.scene.chart.NumberAxis) trendChart.getYAxis());
        model.trend().addListener((ListChangeListener<DashboardViewModel.TrendPoint>) change -> showTrend());
        BreakdownViewModel breakdowns = model.breakdowns();
        kecamatanPane = new BreakdownPane(breakdowns, breakdowns.kecamatan(), "kecamatan");
        kecamatanTab.setContent(part("BreakdownPane.fxml", kecamatanPane));
        occupationPane = new BreakdownPane(breakdowns, breakdowns.occupations(), "occupation");
        occupationTab.setContent(part("BreakdownPane.fxml", occupationPane));
        coveragePane = new CoveragePane(model.coverage(), access,
                () -> !model.regencyChoices().isEmpty());
        coverageTab.setContent(part("CoveragePane.fxml", coveragePane));
        regencyPane = new RegencyPane(breakdowns);
        regencyTab.setContent(part("RegencyPane.fxml", regencyPane));
        offerPictures();
        model.kecamatanProperty().addListener((obs, old, now) -> showTitles());
        model.segmentProperty().addListener((obs, old, now) -> showTitles());
        breakdowns.regenciesShownProperty().addListener((obs, old, shown) -> showRegencyTab(shown));
        showRegencyTab(breakdowns.regenciesShownProperty().get());
        emptyLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> resources.getString(
                model.filtered() ? "dashboard.empty.filtered" : "dashboard.empty"),
                model.kecamatanProperty(), model.segmentProperty()));
        model.totalProperty().addListener((obs, old, now) -> showTotal(now.longValue()));
        showTotal(model.totalProperty().get());
        root.getProperties().put(id.payung.ui.main.MainView.RELOAD, (Runnable) model::load);
        trendChart.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene.getWindow() != null) {
                javafx.application.Platform.runLater(this::paintLegend);
            }
        });
        model.load();
    }

    /** A row's share as the table shows it: of the participants, or in the Rupiah view of the year's cost. */
    private double shownPercent(FundingShare s) {
        if (!model.showRupiahProperty().get()) {
            return s.percent();
        }
        long total = model.totalCostProperty().get();
        return total == 0 ? 0 : 100.0 * model.costs().getOrDefault(s.funderCode(), 0L) / total;
    }

    private void showShares(List<FundingShare> shares) {
        percentColumn.setText(resources.getString(model.showRupiahProperty().get() ? "dashboard.col.percent.cost"
                : "dashboard.col.percent"));
        // Never animated: live updates of an animated pie garble its colours.
        boolean rupiah = model.showRupiahProperty().get();
        long totalCost = shares.stream().mapToLong(s -> model.costs().getOrDefault(s.funderCode(), 0L)).sum();
        List<PieChart.Data> slices = shares.stream().map(s -> {
            long cost = model.costs().getOrDefault(s.funderCode(), 0L);
            double percent = rupiah ? (totalCost == 0 ? 0 : 100.0 * cost / totalCost) : s.percent();
            // Labels on the slices dropped the smallest ones (CSR's 1 % beside Mandiri's 1 %: no room, no label,
            // trial 13): the legend beside the pie names every funder with its figures, in the slice's colour.
            // The slice keeps its name and figures (read aloud, and by tests), though no longer drawn beside it.
            return new PieChart.Data(s.funderName() + "\n" + figures(s, rupiah, cost, percent), rupiah ? cost : s.participants());
        }).toList();
        pieLegend.getChildren().setAll(shares.stream().map(s -> {
            long cost = model.costs().getOrDefault(s.funderCode(), 0L);
            double percent = rupiah ? (totalCost == 0 ? 0 : 100.0 * cost / totalCost) : s.percent();
            Label line = new Label(s.funderName() + ": " + figures(s, rupiah, cost, percent),
                    new Rectangle(14, 14, Color.web(model.colour(s.funderCode(), s.funderType()))));
            line.getStyleClass().add("pie-legend-item");
            line.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            line.setGraphicTextGap(8);
            line.setStyle("-fx-font-size: 14px;"); // read from across a meeting room, as the slices' labels were
            return line;
        }).toList());
        if (sharesChart.getData().size() == slices.size()) {
            // The same slices changed in place. PieChart skips placing its labels when their layout equals the
            // last one, so new Data (new label nodes) with the same numbers, as on every return to the
            // dashboard, would leave the new labels piled up in the chart's top-left corner.
            for (int i = 0; i < slices.size(); i++) {
                sharesChart.getData().get(i).setName(slices.get(i).getName());
                sharesChart.getData().get(i).setPieValue(slices.get(i).getPieValue());
            }
        } else {
            sharesChart.getData().setAll(slices);
        }
        sharesTable.refresh();
        for (int i = 0; i < shares.size(); i++) {
            sharesChart.getData().get(i).getNode().setStyle("-fx-pie-color: " + model.colour(shares.get(i).funderCode(), shares.get(i).funderType()) + ";");
        }
        showTitles();
    }

    /**
     * The pie's and the trend's titles, naming the kecamatan and segment chosen in the words and brackets of the PDF
     * report's headings ("Porsi sumber dana 2025 (Kecamatan Ruteng, segmen PU)"): a picture of a filtered chart is not
     * taken for the regency's.
     */
    private void showTitles() {
        String filter = filterWords();
        String suffix = filter == null ? "" : " (" + filter + ")";
        sharesChart.setTitle(MessageFormat.format(resources.getString(model.showRupiahProperty().get()
                ? "dashboard.chart.title.rupiah" : "dashboard.chart.title"), String.valueOf(model.yearProperty().get())) + suffix);
        boolean rupiah = trendInRupiah();
        trendChart.setTitle(resources.getString(rupiah ? "dashboard.trend.title.rupiah" : "dashboard.trend.title") + suffix);
    }

    /** A regency as the Kabupaten/kota filter names it: with its participants of the year where it has any. */
    private String regencyName(id.payung.domain.Region regency) {
        Long participants = model.regencyParticipants().get(regency.code());
        return participants == null ? regency.name() : MessageFormat.format(
                resources.getString("dashboard.regency.participants"), regency.name(), Formats.count(participants));
    }

    /**
     * A kecamatan as the filter lists it: for a login reading several regencies with its regency ("Macang Pacar (Kabupaten
     * Manggarai Barat)", the register's rule, RegionNaming), a province's 24 kecamatan of two regencies told apart.
     */
    private String kecamatanName(id.payung.domain.Region k) {
        java.util.Map<String, String> regencies = new java.util.HashMap<>();
        model.regencyChoices().forEach(r -> regencies.put(r.code(), r.name()));
        return id.payung.domain.RegionNaming.kecamatanWithRegency(k.name(), k.code(), regencies,
                resources.getString("region.nameOf"));
    }

    /** The filters chosen in the export's and the report's words ("Kecamatan Ruteng, segmen PU"); null for none. */
    private String filterWords() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (model.regencyProperty().get() != null) {
            parts.add(model.regencyProperty().get().name());
        }
        if (model.kecamatanProperty().get() != null) {
            parts.add(MessageFormat.format(resources.getString("export.filter.kecamatan"), model.kecamatanProperty().get().name()));
        }
        if (model.segmentProperty().get() != null) {
            parts.add(MessageFormat.format(resources.getString("export.filter.segment"), model.segmentProperty().get().name()));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /**
     * Every chart's picture, from a right-click on it and from the "Gambar grafik" button (the chart of the tab shown):
     * copied to the clipboard or saved as a PNG named as the year's report and table are.
     */
    private void offerPictures() {
        // Whose numbers and as of when, under every picture: a slide for the regent has no other place to say it.
        java.util.function.Supplier<String> footer = () -> model.pictureSource() == null ? null
                : ChartPictures.footer(resources, model.pictureSource());
        pictures = new ChartPictures(resources, footer, model::savePicture, exportedLabel::setText, (sentence, error) -> {
            exportedLabel.setText("");
            id.payung.ui.ErrorDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), resources,
                    sentence, error);
        });
        // Every chart as a slide of one size whatever the window's (trial 21a), drawn anew: the pie with its legend.
        offer(sharesTab, new ChartPictures.Target(pieBox, () -> model.pictureName("porsi-sumber-dana", true),
                this::sharesSlide), pieBox);
        offer(trendTab, new ChartPictures.Target(trendChart, () -> model.pictureName(
                model.showRupiahProperty().get() ? "biaya-per-sumber-dana-per-tahun" : "peserta-per-sumber-dana-per-tahun",
                false), this::trendSlide), trendChart);
        offer(kecamatanTab, "#kecamatanChart", () -> model.pictureName("peserta-per-kecamatan", true),
                () -> kecamatanPane.slide(filterWords()));
        offer(occupationTab, "#occupationChart", () -> model.pictureName("peserta-per-pekerjaan", true),
                () -> occupationPane.slide(filterWords()));
        offer(regencyTab, "#regencyChart", () -> model.pictureName("peserta-per-kabupaten-kota", true),
                () -> regencyPane.slide(filterWords()));
        // The coverage is the whole regency's whatever the filters: its name has the year only.
        offer(coverageTab, "#coverageChart", () -> "cakupan-ucj-" + model.coverage().year() + ".png", coveragePane::slide);
        chartPicture.getItems().setAll(pictures.items(this::shownChart));
        // For tests (the file chooser has no seam): the shown chart's slide as it is drawn, and its PNG written to a file.
        chartPicture.getProperties().put(SLIDE_OF_SHOWN, (java.util.function.Supplier<javafx.scene.Parent>) () ->
                shownChart() == null ? null : pictures.slideOf(shownChart()));
        chartPicture.getProperties().put(SAVE_SHOWN_TO, (java.util.function.Consumer<java.nio.file.Path>) file ->
                pictures.saveTo(shownChart(), file));
        chartPicture.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> shownChart() == null,
                tabs.getSelectionModel().selectedItemProperty()));
        // A chart with nothing to draw (the coverage before any number is entered) is not offered as a picture.
        chartPicture.setOnShowing(e -> {
            boolean nothing = shownChart() == null || !shownChart().node().isVisible();
            chartPicture.getItems().forEach(i -> i.setDisable(nothing));
            if (nothing) {
                // Said, not only greyed out (trial 22c: "Simpan sebagai PNG… does nothing" on an empty Cakupan).
                exportedLabel.setText(resources.getString("picture.nothingToDraw"));
            }
        });
    }

    /** Keys of {@link #chartPicture}'s properties, for tests: the shown chart's slide, and saving it to a file. */
    static final String SLIDE_OF_SHOWN = "payung.slideOfShownChart";
    static final String SAVE_SHOWN_TO = "payung.saveShownChartTo";

    /** Whether the trend shows rupiah: the Rupiah view once the trend carries its costs. */
    private boolean trendInRupiah() {
        return model.showRupiahProperty().get() && !model.trend().isEmpty() && model.trend().get(0).costRp() != null;
    }

    /** "Saringan: Kecamatan Ruteng, segmen PU", the export's words for the filters chosen; null for none. */
    private String filterLine() {
        return ChartPictures.filterLine(resources, filterWords(), null);
    }

    /**
     * The pie as a slide: "Peserta BPJS Ketenagakerjaan pekerja rentan menurut sumber dana iuran, 2025 — 5.280 peserta"
     * (in the Rupiah view the year's cost), the filter, and the pie drawn anew beside its legend, every funder's figure
     * and share in it, at the slide's size.
     */
    private ChartPictures.Slide sharesSlide() {
        boolean rupiah = model.showRupiahProperty().get();
        String year = String.valueOf(model.yearProperty().get());
        String title = rupiah
                ? MessageFormat.format(resources.getString("picture.title.shares.rupiah"), year,
                        Formats.rupiah(model.totalCostProperty().get()))
                : MessageFormat.format(resources.getString("picture.title.shares"), year,
                        Formats.count(model.totalProperty().get()));
        return new ChartPictures.Slide(title, filterLine(), this::pieForSlide, caution(model.yearProperty().get()));
    }

    /**
     * The dashboard's caution of {@code year} ("Perhatian: belum ada peserta 2026 tercatat … APBD Provinsi NTT (4.280
     * peserta pada 2025)", {@link ChartPictures#CAUTION_CLASS}) when it is the year shown and has one; else null.
     */
    private String caution(Integer year) {
        DashboardViewModel.GapNote note = model.gapNoteProperty().get();
        return note == null || year == null || note.year() != year ? null : note.text(resources);
    }

    private javafx.scene.Node pieForSlide() {
        SharesPie pie = new SharesPie();
        pie.setAnimated(false);
        pie.setLegendVisible(false);
        pie.setLabelsVisible(false);
        pie.setStartAngle(sharesChart.getStartAngle());
        pie.setClockwise(sharesChart.isClockwise());
        for (PieChart.Data d : sharesChart.getData()) {
            PieChart.Data slice = new PieChart.Data(d.getName(), d.getPieValue());
            pie.getData().add(slice);
            if (d.getNode() != null && slice.getNode() != null) {
                slice.getNode().setStyle(d.getNode().getStyle());
            }
        }
        pie.setPrefSize(380, 380);
        pie.setMinSize(200, 200);
        javafx.scene.layout.VBox legend = new javafx.scene.layout.VBox(12);
        legend.getStyleClass().add("pie-legend");
        legend.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        legend.setMaxWidth(440);
        for (javafx.scene.Node n : pieLegend.getChildren()) {
            if (n instanceof Label line) {
                Label item = new Label(line.getText(), line.getGraphic() instanceof Rectangle r
                        ? new Rectangle(18, 18, r.getFill()) : null);
                item.getStyleClass().add("pie-legend-item");
                item.setWrapText(true);
                item.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                item.setGraphicTextGap(10);
                item.setStyle("-fx-font-size: 18px; -fx-text-fill: #222222;");
                legend.getChildren().add(item);
            }
        }
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(32, pie, legend);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        javafx.scene.layout.HBox.setHgrow(pie, javafx.scene.layout.Priority.ALWAYS);
        pie.setMaxSize(420, Double.MAX_VALUE);
        return box;
    }

    /**
     * The trend as a slide: what is counted over which years and the last year's total ("… 2025–2026 — 5.779 peserta
     * pada 2026"), the filter, and the columns drawn anew at the slide's size with their legend in the funders' colours.
     */
    private ChartPictures.Slide trendSlide() {
        boolean rupiah = trendInRupiah();
        List<Integer> years = model.trendYears();
        String span = years.isEmpty() ? String.valueOf(model.yearProperty().get())
                : years.get(0).equals(years.get(years.size() - 1)) ? String.valueOf(years.get(0))
                : years.get(0) + "–" + years.get(years.size() - 1);
        int last = years.isEmpty() ? model.yearProperty().get() : years.get(years.size() - 1);
        long total = model.trend().stream().filter(p -> p.year() == last)
                .mapToLong(p -> rupiah ? (p.costRp() == null ? 0 : p.costRp()) : p.participants()).sum();
        String title = MessageFormat.format(resources.getString(rupiah ? "picture.title.trend.rupiah" : "picture.title.trend"),
                span, String.valueOf(last), rupiah ? Formats.rupiah(total) : Formats.count(total));
        return new ChartPictures.Slide(title, filterLine(), () -> trendForSlide(rupiah), caution(last));
    }

    private javafx.scene.Node trendForSlide(boolean rupiah) {
        javafx.scene.chart.CategoryAxis x = new javafx.scene.chart.CategoryAxis();
        x.setLabel(resources.getString("col.year"));
        x.setAnimated(false);
        javafx.scene.chart.NumberAxis y = new javafx.scene.chart.NumberAxis();
        y.setAnimated(false);
        DashboardCharts.countTicks(y);
        TrendChart chart = new TrendChart(x, y);
        chart.setAnimated(false);
        // The legend's symbols in the funders' colours, as on screen.
        DashboardCharts.legendColours(chart, fillTrend(chart, rupiah), ChartPictures.SLIDE_CHART_STYLE);
        return chart;
    }

    private void offer(javafx.scene.control.Tab tab, String chartId, java.util.function.Supplier<String> name,
                       java.util.function.Supplier<ChartPictures.Slide> slide) {
        javafx.scene.Node chart = tab.getContent() == null ? null : tab.getContent().lookup(chartId);
        if (chart != null) {
            offer(tab, new ChartPictures.Target(chart, name, slide), chart);
        }
    }

    private void offer(javafx.scene.control.Tab tab, ChartPictures.Target target, javafx.scene.Node on) {
        pictureTargets.put(tab, target);
        pictures.install(target, on);
    }

    /** The chart of the tab shown; null on a tab without one. */
    private ChartPictures.Target shownChart() {
        return pictureTargets.get(tabs.getSelectionModel().getSelectedItem());
    }

    /** The width the pie's title needs on one line, with its margins; 0 before it has one. */
    private double titleWidth() {
        if (sharesChart.getTitle() == null || !(sharesChart.lookup(".chart-title") instanceof Label title)) {
            return 0;
        }
        javafx.scene.text.Text text = new javafx.scene.text.Text(sharesChart.getTitle());
        text.setFont(title.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth()) + title.snappedLeftInset() + title.snappedRightInset()
                + sharesChart.snappedLeftInset() + sharesChart.snappedRightInset() + 4;
    }

    /** The Peserta/Rupiah buttons work on the shares and the trend; on the other tabs they are off, and say why. */
    private void unitFor(javafx.scene.control.Tab tab, javafx.scene.control.Tooltip why) {
        boolean applies = tab == null || tab == sharesTab || tab == trendTab;
        // The buttons off, not their box: a disabled node shows no tooltip, its enabled box does.
        countToggle.setDisable(!applies);
        rupiahToggle.setDisable(!applies);
        javafx.scene.control.Tooltip.uninstall(unitBox, why);
        if (!applies) {
            javafx.scene.control.Tooltip.install(unitBox, why);
        }
    }

    /**
     * The line above the tabs: "Jumlah peserta … per sumber dana" as the numbers are counted, the yearly cost in
     * rupiah per funder while the Rupiah view shows them (it still said participants there: trial 19).
     */
    private void help() {
        boolean rupiah = model.showRupiahProperty().get() && !rupiahToggle.isDisabled();
        helpLabel.setText(resources.getString(rupiah ? "dashboard.help.rupiah" : "dashboard.help"));
    }

    /** The trend's funder colours by series name, for its legend. */
    private java.util.Map<String, String> legendColours = java.util.Map.of();

    private void showTrend() {
        // In rupiah once the trend carries its costs (read when the Rupiah view is first chosen): each year's cost per
        // funder, the pie's Rupiah figures for that year. Until then the counts, under their own title.
        boolean rupiah = trendInRupiah();
        showTitles();
        legendColours = fillTrend(trendChart, rupiah);
        if (trendChart.getScene() != null && trendChart.getScene().getWindow() != null) {
            javafx.application.Platform.runLater(this::paintLegend);
        } // else: when the screen enters the window (it may be built off the FX thread)
    }

    /**
     * Fills {@code chart} (the tab's, or a slide's drawn anew) with the trend: a column per year, a segment per funder in
     * its colour with its figure, each year's total on top; returns the funders' colours by series name, for its legend.
     */
    private java.util.Map<String, String> fillTrend(TrendChart chart, boolean rupiah) {
        java.util.function.LongFunction<String> format = rupiah ? Formats::rupiah : Formats::count;
        chart.getYAxis().setLabel(resources.getString(rupiah ? "dashboard.trend.axis.rupiah" : "col.participants"));
        // The series (legend top to bottom, stack bottom to top) in the one order over the years, by kind of funder: the
        // same whatever year is chosen, as the year report's growth table.
        List<String> order = model.trendFunders();
        java.util.Map<String, javafx.scene.chart.XYChart.Series<String, Number>> series = new java.util.LinkedHashMap<>();
        order.forEach(code -> series.put(code, new javafx.scene.chart.XYChart.Series<>()));
        java.util.Map<String, String> colours = new java.util.HashMap<>();
        for (DashboardViewModel.TrendPoint p : model.trend()) {
            javafx.scene.chart.XYChart.Series<String, Number> s = series.computeIfAbsent(p.funderCode(),
                    c -> new javafx.scene.chart.XYChart.Series<>());
            s.setName(p.funderName());
            s.getData().add(new javafx.scene.chart.XYChart.Data<>(String.valueOf(p.year()),
                    rupiah ? p.costRp() : p.participants()));
            colours.put(p.funderName(), model.colour(p.funderCode(), p.funderType()));
        }
        // Categories set by hand: a CategoryAxis in a tab not yet shown does not pick them up from the data.
        // A year with no participants between years with some is a column of 0 (trial 19: the chart jumped 2025 → 2027).
        List<String> years = model.trendYears().stream().map(String::valueOf).toList();
        java.util.Set<String> withPoints = new java.util.HashSet<>();
        model.trend().forEach(p -> withPoints.add(String.valueOf(p.year())));
        DashboardCharts.categories((javafx.scene.chart.CategoryAxis) chart.getXAxis(), years);
        series.values().removeIf(s -> s.getData().isEmpty());
        if (!series.isEmpty()) {
            javafx.scene.chart.XYChart.Series<String, Number> first = series.values().iterator().next();
            years.stream().filter(y -> !withPoints.contains(y))
                    .forEach(y -> first.getData().add(new javafx.scene.chart.XYChart.Data<>(y, 0L)));
        }
        chart.getData().setAll(series.values());
        // Each segment carries its count, each year's column its total on top (the last series with a count
        // that year is the top of the stack).
        java.util.Map<String, Long> totals = new java.util.HashMap<>();
        java.util.Map<String, javafx.scene.chart.XYChart.Data<String, Number>> tops = new java.util.HashMap<>();
        for (var s : chart.getData()) {
            for (var d : s.getData()) {
                if (d.getYValue().longValue() > 0 || !withPoints.contains(d.getXValue())) { // a year of none: its 0
                    totals.merge(d.getXValue(), d.getYValue().longValue(), Long::sum);
                    tops.put(d.getXValue(), d);
                }
            }
        }
        DashboardCharts.scale((javafx.scene.chart.NumberAxis) chart.getYAxis(),
                totals.values().stream().mapToLong(Long::longValue).max().orElse(0), true);
        for (var s : chart.getData()) {
            String style = "-fx-bar-fill: " + colours.get(s.getName()) + ";";
            for (var d : s.getData()) {
                DashboardCharts.paint(d, style);
                DashboardCharts.stackLabels(d, format.apply(d.getYValue().longValue()),
                        tops.get(d.getXValue()) == d ? format.apply(totals.get(d.getXValue())) : null);
                // Every segment names its funder, year and figure on hovering, the thinnest too.
                DashboardCharts.tooltip(d, MessageFormat.format(resources.getString("dashboard.trend.tooltip"), s.getName(),
                        d.getXValue(), format.apply(d.getYValue().longValue())));
            }
        }
        return colours;
    }

    /** The legend draws its own symbols: give them the funders' colours too, once it exists. */
    private void paintLegend() {
        for (javafx.scene.Node item : trendChart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label && label.getGraphic() != null && legendColours.containsKey(label.getText())) {
                label.getGraphic().setStyle("-fx-background-color: " + legendColours.get(label.getText()) + ";");
            }
        }
    }

    /** "8 (1,2%)", or in rupiah "Rp 1.008.000 (0,8%)": a slice's and a legend line's figures. */
    private static String figures(FundingShare s, boolean rupiah, long cost, double percent) {
        return (rupiah ? Formats.rupiah(cost) : Formats.count(s.participants())) + " (" + Formats.percent(percent) + ")";
    }

        /** Loads one tab's FXML with its controller (the window's controller factory only knows the screens). */
    private javafx.scene.Parent part(String fxml, Object controller) {
        javafx.fxml.FXMLLoader loader = new javafx.fxml.FXMLLoader(DashboardView.class.getResource(fxml), resources);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot load " + fxml, e);
        }
    }

    /** The per-regency tab sits after the occupations while shown, and is taken out of the tab pane otherwise. */
    private void showRegencyTab(boolean shown) {
        if (!shown) {
            tabs.getTabs().remove(regencyTab);
        } else if (!tabs.getTabs().contains(regencyTab)) {
            tabs.getTabs().add(tabs.getTabs().indexOf(occupationTab) + 1, regencyTab);
        }
    }

    private void showTotal(long total) {
        totalLabel.setText(MessageFormat.format(resources.getString("dashboard.total"), Formats.count(total)));
    }

    /** A small square in the funder's chart colour: the table doubles as the chart's legend. */
    private final class SwatchCell extends TableCell<FundingShare, FundingShare> {
        @Override
        protected void updateItem(FundingShare item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null
                    : new Rectangle(14, 14, Color.web(model.colour(item.funderCode(), item.funderType()))));
        }
    }
}
