package id.payung.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.DashboardService;
import id.payung.ui.I18n;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A chart's slide carries, under the chart, whose numbers they are and as of when ("Dinas … Kabupaten Manggarai · data
 * per 23/11/2026"), at its foot, whatever the chart.
 */
@ExtendWith(ApplicationExtension.class)
class ChartPicturesFooterTest {
    private static final String FOOTER = "Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai · data per 23/11/2026";

    private Pane chart;

    @Start
    void start(Stage stage) {
        Rectangle bar = new Rectangle(20, 20, 260, 100);
        bar.setFill(Color.web("#1f77b4"));
        chart = new Pane(bar);
        chart.setPrefSize(300, 140);
        stage.setScene(new Scene(new Pane(chart), 320, 160));
        stage.show();
    }

    @Test
    void theSlideHoldsTheFooterLineUnderTheChartAndIsOfOneSize(FxRobot robot) {
        ChartPictures.Target target = new ChartPictures.Target(chart, () -> "grafik.png",
                () -> new ChartPictures.Slide("Judul", null, () -> {
                    Rectangle bar = new Rectangle(20, 20, 260, 100);
                    bar.setFill(Color.web("#1f77b4"));
                    return new Pane(bar);
                }));
        AtomicReference<WritableImage> picture = new AtomicReference<>();
        AtomicReference<Parent> drawnFrom = new AtomicReference<>();
        robot.interact(() -> {
            picture.set(ChartPictures.draw(target, FOOTER));
            drawnFrom.set(ChartPictures.slide(target.slide().get(), FOOTER, java.util.List.of()));
        });

        Label line = (Label) drawnFrom.get().lookup("." + ChartPictures.FOOTER_CLASS);
        assertThat(line).as("the footer's text node").isNotNull();
        assertThat(line.getText()).isEqualTo(FOOTER);
        Label title = (Label) drawnFrom.get().lookup("." + ChartPictures.TITLE_CLASS);
        assertThat(line.getBoundsInParent().getMinY()).as("under the chart")
                .isGreaterThan(title.getBoundsInParent().getMaxY() + 100);

        assertThat(picture.get().getWidth()).isEqualTo(1920);
        assertThat(picture.get().getHeight()).isEqualTo(1080);
        int dark = 0;
        for (int y = 1000; y < 1080; y++) {
            for (int x = 0; x < 1920; x++) {
                if (picture.get().getPixelReader().getColor(x, y).getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("the footer's text drawn at the slide's foot").isGreaterThan(100);
    }

    @Test
    void theFooterSaysTheOfficeItsRegencyOnceAndTheDayInBothLanguages() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        var id = I18n.bundle(I18n.INDONESIAN);
        var en = I18n.bundle(I18n.ENGLISH);
        assertThat(ChartPictures.footer(id, new DashboardService.Source("Dinas Koperasi, UKM dan Tenaga Kerja",
                "Kabupaten Manggarai", day)))
                .isEqualTo("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai · data per 06/12/2026");
        assertThat(ChartPictures.footer(en, new DashboardService.Source("Dinas Koperasi, UKM dan Tenaga Kerja",
                "Kabupaten Manggarai", day)))
                .isEqualTo("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai · data as of 06/12/2026");
        // A name that already says its regency does not say it twice; Manggarai Barat is not Manggarai.
        assertThat(ChartPictures.footer(id, new DashboardService.Source("Disnaker Kab. Manggarai", "Kabupaten Manggarai", day)))
                .isEqualTo("Disnaker Kab. Manggarai · data per 06/12/2026");
        assertThat(ChartPictures.footer(id, new DashboardService.Source("Disnaker Manggarai", "Kabupaten Manggarai Barat", day)))
                .isEqualTo("Disnaker Manggarai Kabupaten Manggarai Barat · data per 06/12/2026");
        assertThat(ChartPictures.footer(id, new DashboardService.Source(null, "Kabupaten Manggarai", day)))
                .isEqualTo("Kabupaten Manggarai · data per 06/12/2026");
        assertThat(ChartPictures.footer(id, new DashboardService.Source(null, null, day))).isEqualTo("Data per 06/12/2026");
        assertThat(ChartPictures.footer(en, new DashboardService.Source(null, null, day))).isEqualTo("Data as of 06/12/2026");
    }
}
