package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.Screen;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The pie's slice labels stay beside their slices, also after the user went to another screen and came back. */
@ExtendWith(ApplicationExtension.class)
class PieLabelsWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-pie").dashboardShown();

    @Test
    void labelsStayBesideThePieAfterVisitingOtherScreens(FxRobot robot) {
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 2);
        assertLabelsBesideThePie(robot, chart);

        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        ScreenWaits.open(robot, Screen.REPORTS);
        ScreenWaits.open(robot, Screen.DASHBOARD);
        waitUntil(() -> chart.getData().size() == 2);
        assertLabelsBesideThePie(robot, chart);
    }

    /** Each label's centre lies within two radii of the pie's centre, and no two labels overlap. */
    private static void assertLabelsBesideThePie(FxRobot robot, PieChart chart) {
        Bounds pie = null;
        for (PieChart.Data d : chart.getData()) {
            Bounds slice = d.getNode().localToScene(d.getNode().getBoundsInLocal());
            pie = pie == null ? slice : union(pie, slice);
        }
        Point2D centre = new Point2D(pie.getCenterX(), pie.getCenterY());
        double radius = Math.max(pie.getWidth(), pie.getHeight()) / 2;
        java.util.List<Bounds> labels = robot.from(chart).lookup(".chart-pie-label").queryAll().stream()
                .filter(Node::isVisible).map(n -> n.localToScene(n.getBoundsInLocal())).toList();
        assertThat(labels).as("labels shown").hasSize(chart.getData().size());
        for (Bounds label : labels) {
            Point2D middle = new Point2D(label.getCenterX(), label.getCenterY());
            assertThat(middle.distance(centre)).as("label at " + label + ", pie " + pie).isLessThan(2 * radius);
            assertThat(middle.distance(centre)).as("label outside the pie " + label).isGreaterThan(radius * 0.8);
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j))).as("labels overlap").isFalse();
            }
        }
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new javafx.geometry.BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }
}
