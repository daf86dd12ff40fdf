package id.payung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One funder paying for everyone: the pie is a whole disc in its colour, without the white radius from its centre to
 * 12 o'clock that its wedge's edge drew (trial 14); a funder of nothing beside it draws no radius either.
 */
@ExtendWith(ApplicationExtension.class)
class SharesPieWholeTest {
    private SharesPie pie;

    @Start
    void start(Stage stage) {
        pie = new SharesPie();
        pie.setAnimated(false);
        pie.setLegendVisible(false);
        pie.setLabelsVisible(false);
        pie.setStartAngle(90);
        pie.setClockwise(true);
        stage.setScene(new Scene(new StackPane(pie), 400, 400));
        stage.show();
    }

    @Test
    void aPieOfOneFunderHasNoWhiteRadius(FxRobot robot) {
        show(robot, new PieChart.Data("APBD Provinsi NTT", 394));
        assertNoWhiteRadius(robot);
    }

    @Test
    void aFunderOfNothingBesideItDrawsNoRadiusEither(FxRobot robot) {
        show(robot, new PieChart.Data("APBD Provinsi NTT", 394), new PieChart.Data("CSR", 0));
        assertNoWhiteRadius(robot);
        // Two funders again: wedges with their edges, as before.
        robot.interact(() -> pie.getData().get(1).setPieValue(100));
        robot.interact(() -> pie.layout());
        assertThat(pie.getData().get(1).getNode().isVisible()).isTrue();
        assertThat(((javafx.scene.shape.Arc) ((javafx.scene.layout.Region) pie.getData().get(0).getNode()).getShape()).getType())
                .isEqualTo(javafx.scene.shape.ArcType.ROUND);
    }

    private void show(FxRobot robot, PieChart.Data... slices) {
        robot.interact(() -> {
            pie.getData().setAll(slices);
            for (PieChart.Data d : slices) {
                d.getNode().setStyle("-fx-pie-color: #1f77b4;");
            }
            pie.applyCss();
            pie.layout();
        });
    }

    /** Up the line from the pie's centre to 12 o'clock (where a wedge of 360° starts and ends): no white pixel. */
    private void assertNoWhiteRadius(FxRobot robot) {
        WritableImage image = onFx(() -> pie.snapshot(null, null));
        javafx.geometry.Bounds disc = onFx(() -> pie.getData().get(0).getNode().getBoundsInParent());
        javafx.geometry.Point2D centre = onFx(() -> pie.getData().get(0).getNode().getParent()
                .localToScene(disc.getCenterX(), disc.getCenterY()));
        javafx.geometry.Point2D inPie = onFx(() -> pie.sceneToLocal(centre));
        double r = disc.getHeight() / 2;
        assertThat(r).isGreaterThan(50);
        int whiteish = 0;
        for (int y = (int) (inPie.getY() - r + 6); y < inPie.getY() - 4; y++) {
            for (int x = (int) inPie.getX() - 2; x <= (int) inPie.getX() + 2; x++) {
                Color c = image.getPixelReader().getColor(x, y);
                if (c.getRed() > 0.75 && c.getGreen() > 0.75 && c.getBlue() > 0.75) {
                    whiteish++;
                }
            }
        }
        assertThat(whiteish).as("white pixels on the radius to 12 o'clock").isZero();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
