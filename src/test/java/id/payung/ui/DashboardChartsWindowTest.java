package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.KecamatanCoverage;
import id.payung.service.BreakdownData;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The dashboard's charts for the regent's slides (trial 14): each chart copied as a sharp picture with its title and
 * legend; the pie's title names its filter; thin trend segments carry their figures; coverage above 100 % is warned
 * about before it is saved and marked on the chart. On the hand-counted 2026 of {@link BreakdownData}.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardChartsWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-dash-charts").on(BreakdownData::open).dashboardShown();

    @Test
    void aRightClickOnThePieCopiesItAsASlideWithItsTitleAndLegend(FxRobot robot) {
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        Pane legend = robot.lookup("#pieLegend").queryAs(Pane.class);
        waitUntil(() -> pie.getData().size() >= 3 && legend.getChildren().size() == pie.getData().size());
        robot.interact(() -> Clipboard.getSystemClipboard().clear());

        // A right-click is a context-menu request on the desktop; the headless test platform makes none of it.
        robot.interact(() -> {
            javafx.geometry.Point2D at = pie.localToScreen(pie.getWidth() / 2, pie.getHeight() / 2);
            javafx.event.Event.fireEvent(pie, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, pie.getWidth() / 2, pie.getHeight() / 2,
                    at.getX(), at.getY(), false, null));
        });
        waitUntil(() -> !robot.lookup(".context-menu .menu-item").queryAll().isEmpty());
        List<String> offered = robot.lookup(".context-menu .menu-item").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n.lookup(".label")).getText()).toList();
        assertThat(offered).containsExactly("Salin gambar", "Simpan sebagai PNG…");
        robot.clickOn("Salin gambar");

        waitUntil(() -> onFx(() -> Clipboard.getSystemClipboard().hasImage()));
        Image copied = clipboardImage(robot);
        // A slide for the regent: 1920×1080 whatever the window's size (trial 21a), the pie drawn anew in it.
        assertThat(copied.getWidth()).isEqualTo(1920);
        assertThat(copied.getHeight()).isEqualTo(1080);
        // Under it a line of whose numbers and as of when (the office with its regency, the day).
        assertThat(countNear(copied, javafx.scene.paint.Color.web("#444444"), 1000, copied.getHeight()))
                .as("the footer's text under the chart").isGreaterThan(20);
        // The title (dark text) at the top, the first funder's colour in the pie, white around.
        assertThat(copied.getPixelReader().getColor(1, 1)).isEqualTo(javafx.scene.paint.Color.WHITE);
        String style = pie.getData().get(0).getNode().getStyle();
        javafx.scene.paint.Color first = javafx.scene.paint.Color.web(style.substring(style.indexOf('#'), style.indexOf(';')));
        assertThat(countNear(copied, first, 0, copied.getHeight())).as("the first slice's colour").isGreaterThan(1000);
        assertThat(countNear(copied, javafx.scene.paint.Color.web("#222222"), 0, 200)).as("the title's text").isGreaterThan(20);
        assertThat(robot.lookup(".form-info").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Gambar grafik tersalin: tempel (Ctrl+V) di salindia atau surat.");

        // The button offers the same for the chart of the tab shown.
        robot.clickOn("#chartPicture");
        waitUntil(() -> robot.lookup(".context-menu .menu-item").queryAll().size() == 2);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void thePiesTitleNamesTheFilterAsThePdfDoes(FxRobot robot) {
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> "Porsi sumber dana 2026".equals(pie.getTitle()));
        ComboBox<id.payung.domain.Region> kecamatan = robot.lookup("#kecamatanChoice").queryComboBox();
        ComboBox<id.payung.domain.Segment> segment = robot.lookup("#dashboardSegment").queryComboBox();
        robot.interact(() -> kecamatan.setValue(kecamatan.getItems().stream()
                .filter(k -> k != null && k.name().equals("Langke Rembong")).findFirst().orElseThrow()));
        robot.interact(() -> segment.setValue(id.payung.domain.Segment.BPU));
        waitUntil(() -> "Porsi sumber dana 2026 (Kecamatan Langke Rembong, segmen BPU)".equals(pie.getTitle()));
        Label title = (Label) pie.lookup(".chart-title");
        // On one line, whole: not cut short with "…".
        waitUntil(() -> title.getWidth() >= title.prefWidth(-1) - 0.5);
        robot.clickOn("Perkembangan per tahun");
        javafx.scene.chart.Chart trend = robot.lookup("#trendChart").queryAs(javafx.scene.chart.Chart.class);
        assertThat(trend.getTitle()).isEqualTo("Peserta per sumber dana per tahun (Kecamatan Langke Rembong, segmen BPU)");
        robot.interact(() -> segment.setValue(null));
        waitUntil(() -> "Porsi sumber dana 2026 (Kecamatan Langke Rembong)".equals(pie.getTitle()));
    }

    /**
     * 2026's segments (100, 50, 3, 2 beside 2025's 4.280 and 1.000) are far too thin for their figures inside: each has
     * it beside its column, none over another, and a tooltip naming funder, year and figure.
     */
    @Test
    void everyTrendSegmentCarriesItsFigureInsideOrBesideIt(FxRobot robot) {
        robot.clickOn("Perkembangan per tahun");
        @SuppressWarnings("unchecked")
        XYChart<String, Number> chart = robot.lookup("#trendChart").queryAs(XYChart.class);
        waitUntil(() -> chart.getData().stream().anyMatch(s -> s.getData().stream().anyMatch(d -> d.getXValue().equals("2026"))));
        waitUntil(() -> !robot.from(chart).lookup(".bar-value-beside").queryAll().isEmpty());
        robot.sleep(300); // the layout pass that places them
        List<Label> shown = robot.from(chart).lookup(".bar-value").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getWidth() > 0).toList();
        List<String> texts = shown.stream().map(Label::getText).toList();
        for (XYChart.Series<String, Number> s : chart.getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getYValue().longValue() > 0) {
                    String figure = id.payung.domain.Formats.count(d.getYValue().longValue());
                    assertThat(texts).as("%s %s", s.getName(), d.getXValue()).contains(figure);
                    assertThat(d.getNode().getProperties().get("javafx.scene.control.Tooltip"))
                            .isInstanceOfSatisfying(javafx.scene.control.Tooltip.class, t -> assertThat(t.getText())
                                    .isEqualTo(s.getName() + ", " + d.getXValue() + ": " + figure));
                }
            }
        }
        List<Label> beside = robot.from(chart).lookup(".bar-value-beside").queryAllAs(Label.class).stream().toList();
        assertThat(beside).extracting(Label::getText).contains("100", "50");
        Node plot = chart.lookup(".chart-plot-background");
        Bounds plotBounds = plot.localToScene(plot.getBoundsInLocal());
        for (int i = 0; i < shown.size(); i++) {
            Bounds a = shown.get(i).localToScene(shown.get(i).getBoundsInLocal());
            assertThat(plotBounds.contains(a)).as("%s inside the plot", shown.get(i).getText()).isTrue();
            for (int j = i + 1; j < shown.size(); j++) {
                assertThat(a.intersects(shown.get(j).localToScene(shown.get(j).getBoundsInLocal())))
                        .as("%s and %s overlap", shown.get(i).getText(), shown.get(j).getText()).isFalse();
            }
        }
    }

    /**
     * The trend's stack and legend list the funders in one order whatever year is chosen, by kind (province, regency,
     * village, company, self-paid): they followed the chosen year's pie (2025 the province's 4.280 first, 2026 the
     * regency's 100), so the slides of two years did not line up. The colours are the pie's.
     */
    @Test
    void theTrendsLegendListsTheFundersInOneOrderWhateverYearIsChosen(FxRobot robot) {
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        robot.interact(() -> year.setValue(2025));
        waitUntil(() -> pie.getData().size() == 2 && "Porsi sumber dana 2025".equals(pie.getTitle()));
        robot.clickOn("Perkembangan per tahun");
        @SuppressWarnings("unchecked")
        XYChart<String, Number> chart = robot.lookup("#trendChart").queryAs(XYChart.class);
        List<String> order = List.of("APBD Provinsi NTT", "APBD Kabupaten Manggarai",
                "APBDes / ADD desa se-Kabupaten Manggarai", "CSR / perusahaan donor", "Mandiri (bayar sendiri)");
        waitUntil(() -> names(chart).equals(order));
        robot.sleep(200); // the legend follows the series at the next layout
        assertThat(robot.from(chart).lookup(".chart-legend-item").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyElementsOf(order);

        // Looked up before the year changes: a look-up off the FX thread while the dashboard redraws met a list of
        // children changing under it (IndexOutOfBoundsException in the clean-clone CI).
        TableView<id.payung.domain.FundingShare> shares = robot.lookup("#sharesTable").queryTableView();
        robot.interact(() -> year.setValue(2026));
        waitUntil(() -> shares.getItems().size() == 5);
        assertThat(shares.getItems()).extracting(id.payung.domain.FundingShare::funderName).first()
                .isEqualTo("APBD Kabupaten Manggarai");
        robot.sleep(300);
        assertThat(names(chart)).containsExactlyElementsOf(order);
        robot.sleep(200);
        assertThat(robot.from(chart).lookup(".chart-legend-item").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyElementsOf(order);
    }

    private static List<String> names(XYChart<String, Number> chart) {
        return onFx(() -> chart.getData().stream().map(XYChart.Series::getName).toList());
    }

    /**
     * Wae Rii's 2 protected workers against 1 informal worker typed: the dialog says so and saves only when asked again;
     * the chart then ends the bar at 100 % in red with "200,0% (> 100%)" in it, and names it under the table.
     */
    /** Trial 22c: "Simpan sebagai PNG…" on Cakupan with no informal workers entered did nothing, without a word. */
    @Test
    void anEmptyCoverageSaysItHasNoChartToDraw(FxRobot robot) {
        robot.clickOn("Cakupan (UCJ)");
        robot.clickOn("#chartPicture");
        waitUntil(() -> "Tab ini belum punya grafik untuk digambar (lihat keterangan di tab).".equals(
                robot.lookup("#exportedLabel").queryAs(javafx.scene.control.Label.class).getText()));
        javafx.scene.control.MenuButton menu = robot.lookup("#chartPicture").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(menu.getItems()).allMatch(javafx.scene.control.MenuItem::isDisable);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void coverageAboveAHundredPercentIsWarnedAboutThenMarked(FxRobot robot) {
        robot.clickOn("Cakupan (UCJ)");
        TableView<KecamatanCoverage> table = robot.lookup("#coverageTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        robot.clickOn("#editDenominators");
        robot.clickOn("#denominator531003").write("2.020");
        robot.clickOn("#denominator531001").write("1");
        Button ok = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Oke")).queryButton();
        robot.clickOn(ok);

        Label warnings = robot.lookup("#denominatorWarnings").queryAs(Label.class);
        waitUntil(() -> !warnings.getText().isEmpty());
        assertThat(warnings.getText()).startsWith(
                "Wae Rii: 2 terlindungi, lebih dari 1 pekerja informal yang ditulis — periksa angkanya\n")
                .doesNotContain("Ruteng");
        assertThat(ok.getText()).isEqualTo("Tetap simpan");
        assertThat(ui.services().coverage().denominators(2026)).isEmpty();

        robot.clickOn(ok);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(ui.services().coverage().denominators(2026)).containsEntry(BreakdownData.WAE_RII, 1L);
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#coverageChart").queryAs(BarChart.class);
        waitUntil(() -> chart.getData().get(0).getData().size() == 2);
        XYChart.Data<Number, String> waeRii = chart.getData().get(0).getData().stream()
                .filter(d -> d.getYValue().equals("Wae Rii")).findFirst().orElseThrow();
        assertThat(waeRii.getXValue().doubleValue()).as("the bar ends at 100 %, not off the others' scale").isEqualTo(100);
        assertThat(((javafx.scene.chart.NumberAxis) chart.getXAxis()).getUpperBound()).isLessThanOrEqualTo(125);
        assertThat(((javafx.scene.chart.NumberAxis) chart.getXAxis()).getTickLabelFormatter().toString(100))
                .as("a tick's sign attached to its number").isEqualTo("100%");
        assertThat(waeRii.getNode().getStyle()).contains("#c62828");
        assertThat(robot.from(waeRii.getNode()).lookup(".bar-value").queryAs(Label.class).getText())
                .isEqualTo("200,0% (> 100%)");
        assertThat(robot.lookup("#coverageRemark").queryAs(Label.class).getText())
                .startsWith("Wae Rii: 200,0% — lebih dari 100%, periksa angkanya");
    }

    @Test
    void aNumberMendedAfterTheWarningIsSavedWithoutAnother(FxRobot robot) {
        robot.clickOn("Cakupan (UCJ)");
        TableView<KecamatanCoverage> table = robot.lookup("#coverageTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        robot.clickOn("#editDenominators");
        robot.clickOn("#denominator531001").write("1");
        Button ok = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Oke")).queryButton();
        robot.clickOn(ok);
        waitUntil(() -> ok.getText().equals("Tetap simpan"));
        robot.doubleClickOn("#denominator531001").write("40");
        assertThat(ok.getText()).as("a changed number is checked again").isEqualTo("Oke");
        robot.clickOn(ok);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(ui.services().coverage().denominators(2026)).containsEntry(BreakdownData.WAE_RII, 40L);
    }

    private static Image clipboardImage(FxRobot robot) {
        return onFx(() -> Clipboard.getSystemClipboard().getImage());
    }

    /** Pixels within a few steps of {@code colour} in rows {@code fromY}…{@code toY}. */
    private static int countNear(Image image, javafx.scene.paint.Color colour, double fromY, double toY) {
        int n = 0;
        for (int y = (int) fromY; y < Math.min(toY, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.12 && Math.abs(c.getGreen() - colour.getGreen()) < 0.12
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.12) {
                    n++;
                }
            }
        }
        return n;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
