package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TwoRegencies;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.TestEngine;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Session 22: the per-regency chart's PNG was still the window's size. It is the dashboard's one slide, 1920×1080,
 * "… per kabupaten/kota, 2026 — 178 peserta", its bars drawn anew with their legend in the funder types' colours.
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class RegencySlideWindowTest {
    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-regency-slide").on(file -> TwoRegencies.open(engine))
            .dashboardShown();

    @Test
    void thePerRegencyChartIsASlideWithWhatItCountsItsYearAndItsTotal(FxRobot robot) throws Exception {
        robot.clickOn("Per kabupaten/kota");
        @SuppressWarnings("unchecked")
        StackedBarChart<Number, String> chart = robot.lookup("#regencyChart").queryAs(StackedBarChart.class);
        waitUntil(() -> !chart.getData().isEmpty());
        MenuButton button = robot.lookup("#chartPicture").queryAs(MenuButton.class);
        Parent slide = onFx(() -> slideOf(button));
        String total = onFx(() -> robot.lookup("#regencyTotal").queryAs(Label.class).getText()).replaceAll("\\D", "");
        assertThat(texts(slide, ".picture-title")).singleElement().asString()
                .startsWith("Peserta BPJS Ketenagakerjaan pekerja rentan per kabupaten/kota, ")
                .endsWith(" — " + total + " peserta");
        assertThat(texts(slide, ".chart-legend-item")).isNotEmpty();
        assertThat(slide.lookup(".chart-bar")).isNotNull();
        Path file = ui.dir().resolve("per-kabupaten.png");
        robot.interact(() -> saveTo(button).accept(file));
        waitUntil(() -> Files.exists(file));
        robot.sleep(100);
        if (System.getProperty("payung.keepSlides") != null) {
            Files.copy(file, Path.of(System.getProperty("payung.keepSlides")).resolve("regency.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(1920);
        assertThat(png.getHeight()).isEqualTo(1080);
    }

    @SuppressWarnings("unchecked")
    private static Parent slideOf(MenuButton button) {
        return ((Supplier<Parent>) button.getProperties().get("payung.slideOfShownChart")).get();
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Path> saveTo(MenuButton button) {
        return (Consumer<Path>) button.getProperties().get("payung.saveShownChartTo");
    }

    private static List<String> texts(Parent slide, String selector) {
        return onFx(() -> slide.lookupAll(selector).stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
