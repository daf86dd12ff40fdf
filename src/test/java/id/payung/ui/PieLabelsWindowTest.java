package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every funder can be told on the pie, the smallest slice's too: slice labels dropped a 1 % funder's beside another
 * 1 % one (CSR next to Mandiri, trial 13), so the legend beside the pie names each funder with its count and
 * share, in its slice's colour; also after the user went to another screen and came back.
 */
@ExtendWith(ApplicationExtension.class)
class PieLabelsWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-pie").on(file -> {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        // Two self-paying and two company-paid workers beside the seeded 4.280 and 1.000 of 2025: slivers.
        String[][] people = {{"5310015204850001", "MANDIRI"}, {"5310011205850002", "MANDIRI"},
            {"5310014107900003", "CSR"}, {"5310010208910004", "CSR"}};
        for (String[] p : people) {
            s.enrollments().enrol(TestData.form(p[0], TestData.name("Peserta", Long.parseLong(p[0].substring(12))), p[1], YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12)));
        }
        return s;
    }).dashboardShown();

    @Test
    void everyFunderIsNamedBesideThePieInItsSlicesColour(FxRobot robot) {
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 4);
        assertLegend(robot, chart, "4.280 (81,0%)", "2 (< 0,1%)");
        assertFiguresInsideTheLargeSlices(robot, chart);

        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        ScreenWaits.open(robot, Screen.REPORTS);
        ScreenWaits.open(robot, Screen.DASHBOARD);
        waitUntil(() -> chart.getData().size() == 4);
        assertLegend(robot, chart, "4.280 (81,0%)", "2 (< 0,1%)");

        robot.clickOn("#showRupiah");
        waitUntil(() -> chart.getData().get(0).getPieValue() > 1_000_000);
        assertLegend(robot, chart, "Rp 862.848.000 (81,0%)", "Rp ");
        // Trial 19: a sliver of the money read "(0,0 %)", as if none went to it.
        Pane legend = robot.lookup("#pieLegend").queryAs(Pane.class);
        assertThat(legend.getChildren()).extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).startsWith("CSR / perusahaan donor: Rp ").endsWith(" (< 0,1%)"))
                .noneSatisfy(t -> assertThat(t).contains("0,0%"));
        assertFiguresInsideTheLargeSlices(robot, chart);
    }

    /**
     * The two large slices carry their share inside them, each within the pie on its own slice's side (the province's
     * 81 % on the right half, from 12 o'clock clockwise; the regency's 19 % upper left); the four-person slivers none.
     */
    private static void assertFiguresInsideTheLargeSlices(FxRobot robot, PieChart chart) {
        waitUntil(() -> robot.from(chart).lookup(".pie-share").queryAll().size() == 2);
        List<javafx.scene.text.Text> figures = robot.from(chart).lookup(".pie-share").queryAll().stream()
                .map(javafx.scene.text.Text.class::cast).toList();
        assertThat(figures).extracting(javafx.scene.text.Text::getText).containsExactly("81,0%", "18,9%");
        Bounds pie = null;
        for (PieChart.Data d : chart.getData()) {
            Bounds b = d.getNode().localToScene(d.getNode().getBoundsInLocal());
            pie = pie == null ? b : new javafx.geometry.BoundingBox(Math.min(pie.getMinX(), b.getMinX()),
                    Math.min(pie.getMinY(), b.getMinY()), Math.max(pie.getMaxX(), b.getMaxX()) - Math.min(pie.getMinX(), b.getMinX()),
                    Math.max(pie.getMaxY(), b.getMaxY()) - Math.min(pie.getMinY(), b.getMinY()));
        }
        double radius = pie.getWidth() / 2;
        Bounds province = figures.get(0).localToScene(figures.get(0).getBoundsInLocal());
        Bounds regency = figures.get(1).localToScene(figures.get(1).getBoundsInLocal());
        for (Bounds f : List.of(province, regency)) {
            assertThat(Math.hypot(f.getCenterX() - pie.getCenterX(), f.getCenterY() - pie.getCenterY()))
                    .as("figure " + f + " inside the pie " + pie).isLessThan(radius - f.getWidth() / 2);
        }
        assertThat(province.getCenterX()).as("81 % from 12 o'clock clockwise: the right half").isGreaterThan(pie.getCenterX());
        assertThat(regency.getCenterX()).as("the last 19 %: upper left").isLessThan(pie.getCenterX());
        assertThat(regency.getCenterY()).isLessThan(pie.getCenterY());
    }

    /**
     * One legend line per slice, in the slices' order: the funder's name and figures, a swatch of the slice's own
     * colour; the legend beside the pie (right of it, not over it) and inside the window.
     */
    private static void assertLegend(FxRobot robot, PieChart chart, String provinceFigures, String csrFigures) {
        Pane legend = robot.lookup("#pieLegend").queryAs(Pane.class);
        waitUntil(() -> legend.getChildren().size() == chart.getData().size()
                && ((Label) legend.getChildren().get(0)).getText().contains(provinceFigures));
        List<Label> lines = legend.getChildren().stream().map(Label.class::cast).toList();
        assertThat(lines.get(0).getText()).isEqualTo("APBD Provinsi NTT: " + provinceFigures);
        assertThat(lines).extracting(Label::getText).anySatisfy(t -> assertThat(t).startsWith("CSR / perusahaan donor: " + csrFigures))
                .anySatisfy(t -> assertThat(t).startsWith("Mandiri (bayar sendiri): "));
        Bounds pie = null;
        for (int i = 0; i < lines.size(); i++) {
            Node slice = chart.getData().get(i).getNode();
            String style = slice.getStyle();
            Color sliceColour = Color.web(style.substring(style.indexOf('#'), style.indexOf(';')));
            assertThat(((Rectangle) lines.get(i).getGraphic()).getFill()).as(lines.get(i).getText()).isEqualTo(sliceColour);
            assertThat(lines.get(i).getText()).startsWith(chart.getData().get(i).getName().split("\n")[0] + ": ");
            Bounds b = slice.localToScene(slice.getBoundsInLocal());
            pie = pie == null ? b : new javafx.geometry.BoundingBox(Math.min(pie.getMinX(), b.getMinX()),
                    Math.min(pie.getMinY(), b.getMinY()), Math.max(pie.getMaxX(), b.getMaxX()) - Math.min(pie.getMinX(), b.getMinX()),
                    Math.max(pie.getMaxY(), b.getMaxY()) - Math.min(pie.getMinY(), b.getMinY()));
        }
        Bounds shown = legend.localToScene(legend.getBoundsInLocal());
        double sceneWidth = legend.getScene().getWidth();
        assertThat(legend.isVisible()).isTrue();
        assertThat(shown.getMinX()).as("legend " + shown + " right of the pie " + pie).isGreaterThan(pie.getMaxX());
        assertThat(shown.getMaxX()).as("legend inside the window").isLessThanOrEqualTo(sceneWidth);
        assertThat(shown.getMinX() - pie.getMaxX()).as("legend beside the pie, not at the window's far edge")
                .isLessThan(pie.getWidth());
        for (Label line : lines) {
            Bounds b = line.localToScene(line.getBoundsInLocal());
            assertThat(b.getWidth()).as("the whole line shown: " + line.getText()).isGreaterThanOrEqualTo(line.prefWidth(-1) - 0.5);
        }
    }
}
