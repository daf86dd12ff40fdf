package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.BreakdownData;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.Pane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 21a M3: the pie saved for the regent's slide said only "Porsi sumber dana 2025", and its size followed the
 * window (1324×640 on a laptop, 2046×1328 on a 1920×1080 screen). Now "Gambar grafik → Simpan sebagai PNG" writes a
 * 1920×1080 slide whatever the window, titled with what is counted, the year and the total, every funder's figure and
 * share beside the pie, the filter chosen, and whose numbers. The same for the trend and every other chart. On
 * {@link BreakdownData}'s 2026
 * (KAB 100, PROV 50, MANDIRI 3, CSR 1, APBDES 1 = 155).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardSlidePictureWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-dash-slide").on(file -> {
        var services = BreakdownData.open(file);
        // Informal workers counted for two kecamatan: the coverage has bars to draw.
        services.coverage().saveDenominators(2026, java.util.Map.of(BreakdownData.RUTENG, 1900L, BreakdownData.WAE_RII, 35L));
        return services;
    }).dashboardShown();

    @Test
    void thePiesPngIsASlideOfOneSizeWhateverTheWindowWithWhatIsCountedAndItsTotal(FxRobot robot) throws Exception {
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        Pane legend = robot.lookup("#pieLegend").queryAs(Pane.class);
        MenuButton button = robot.lookup("#chartPicture").queryAs(MenuButton.class);
        waitUntil(() -> pie.getData().size() == 5 && legend.getChildren().size() == 5
                && "Porsi sumber dana 2026".equals(pie.getTitle()));

        // What is drawn, looked up before it is drawn.
        Parent slide = onFx(() -> slideOf(button));
        assertThat(texts(slide, ".picture-title")).containsExactly(
                "Peserta BPJS Ketenagakerjaan pekerja rentan menurut sumber dana iuran, 2026 — 155 peserta");
        assertThat(texts(slide, ".picture-filter")).isEmpty();
        assertThat(texts(slide, ".pie-legend-item")).containsExactly("APBD Kabupaten Manggarai: 100 (64,5%)",
                "APBD Provinsi NTT: 50 (32,3%)", "Mandiri (bayar sendiri): 3 (1,9%)",
                "APBDes / ADD desa se-Kabupaten Manggarai: 1 (0,6%)", "CSR / perusahaan donor: 1 (0,6%)");
        assertThat(texts(slide, ".picture-footer")).singleElement().asString()
                .startsWith("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai · data per ");
        assertThat(slide.lookup(".chart-pie")).as("the pie drawn anew in the slide").isNotNull();

        // The same size in a large window and a small one (the headless screen is 1280×800: no larger window fits it).
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {900, 600})) {
            robot.interact(() -> {
                ui.stage().setWidth(size[0]);
                ui.stage().setHeight(size[1]);
            });
            robot.sleep(200);
            BufferedImage png = save(robot, button, "porsi-" + (int) size[0] + ".png");
            assertThat(png.getWidth()).as("width at a %s px window", size[0]).isEqualTo(1920);
            assertThat(png.getHeight()).as("height at a %s px window", size[0]).isEqualTo(1080);
        }

        // A filtered pie says so, in the export's words.
        ComboBox<id.payung.domain.Region> kecamatan = robot.lookup("#kecamatanChoice").queryComboBox();
        Label totalLabel = robot.lookup("#totalLabel").queryAs(Label.class); // looked up before the dashboard redraws
        robot.interact(() -> kecamatan.setValue(kecamatan.getItems().stream()
                .filter(k -> k != null && k.name().equals("Langke Rembong")).findFirst().orElseThrow()));
        waitUntil(() -> "Porsi sumber dana 2026 (Kecamatan Langke Rembong)".equals(pie.getTitle())
                && !"Total: 155 peserta".equals(totalLabel.getText()));
        Parent filtered = onFx(() -> slideOf(button));
        assertThat(texts(filtered, ".picture-filter")).containsExactly("Saringan: Kecamatan Langke Rembong");
        // The total the dashboard shows for the filter ("Total: 2 peserta"), not the regency's.
        String total = onFx(totalLabel::getText).replaceAll("\\D", "");
        assertThat(texts(filtered, ".picture-title")).singleElement().asString().endsWith(", 2026 — " + total + " peserta");
        BufferedImage png = save(robot, button, "porsi-langke-rembong.png");
        assertThat(png.getWidth()).isEqualTo(1920);
        assertThat(png.getHeight()).isEqualTo(1080);

        // In the Rupiah view: the year's cost, as the dashboard says it under the table.
        javafx.scene.control.ToggleButton rupiah = robot.lookup("#showRupiah").queryAs(javafx.scene.control.ToggleButton.class);
        Label cost = robot.lookup("#costLabel").queryAs(Label.class);
        robot.interact(() -> kecamatan.setValue(null));
        robot.interact(() -> rupiah.setSelected(true));
        waitUntil(() -> pie.getTitle().startsWith("Biaya iuran per sumber dana 2026") && cost.getText().contains("Rp"));
        String rp = onFx(cost::getText).replaceFirst("^[^:]*: ", "").replace('\u00a0', ' ');
        assertThat(texts(onFx(() -> slideOf(button)), ".picture-title")).containsExactly(
                "Biaya iuran BPJS Ketenagakerjaan setahun bagi pekerja rentan menurut sumber dana, 2026 — " + rp);
        assertThat(rp).startsWith("Rp ");
    }

    @Test
    void theTrendsPngIsASlideOfTheSameSizeWithItsYearsAndTheLastYearsTotal(FxRobot robot) throws Exception {
        MenuButton button = robot.lookup("#chartPicture").queryAs(MenuButton.class);
        robot.clickOn("Perkembangan per tahun");
        javafx.scene.chart.XYChart<?, ?> trend = robot.lookup("#trendChart").queryAs(javafx.scene.chart.XYChart.class);
        waitUntil(() -> !trend.getData().isEmpty());
        Parent slide = onFx(() -> slideOf(button));
        assertThat(texts(slide, ".picture-title")).singleElement().asString()
                .startsWith("Peserta BPJS Ketenagakerjaan pekerja rentan menurut sumber dana iuran per tahun, 2023–2026")
                .endsWith(" — 155 peserta pada 2026");
        assertThat(texts(slide, ".chart-legend-item")).contains("APBD Provinsi NTT", "APBD Kabupaten Manggarai");
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {900, 600})) {
            robot.interact(() -> {
                ui.stage().setWidth(size[0]);
                ui.stage().setHeight(size[1]);
            });
            robot.sleep(200);
            BufferedImage png = save(robot, button, "tren-" + (int) size[0] + ".png");
            assertThat(png.getWidth()).isEqualTo(1920);
            assertThat(png.getHeight()).isEqualTo(1080);
        }
    }

    /**
     * Trial 21a, session 22: the other charts (Per kecamatan, Per pekerjaan, Cakupan) were still saved at the window's
     * size with only the chart's own title. Each is now the same slide as the pie: 1920×1080 whatever the window, titled
     * with what is counted, the year and the total, its filter (a breakdown's funder too), the chart drawn anew in it.
     */
    @Test
    void everyOtherChartIsTheSameSlideWithWhatItCountsItsYearAndItsTotal(FxRobot robot) throws Exception {
        MenuButton button = robot.lookup("#chartPicture").queryAs(MenuButton.class);
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> "Porsi sumber dana 2026".equals(pie.getTitle()));
        record Tab(String name, String chart, String total, String title) {
        }
        for (Tab tab : List.of(
                new Tab("Per kecamatan", "#kecamatanChart", "#kecamatanTotal",
                        "Peserta BPJS Ketenagakerjaan pekerja rentan per kecamatan, 2026 — "),
                new Tab("Per pekerjaan", "#occupationChart", "#occupationTotal",
                        "Peserta BPJS Ketenagakerjaan pekerja rentan per pekerjaan, 2026 — "),
                new Tab("Cakupan (UCJ)", "#coverageChart", null,
                        "Cakupan BPJS Ketenagakerjaan pekerja informal (UCJ) per kecamatan, 2026"))) {
            robot.interact(() -> {
                ui.stage().setWidth(1280);
                ui.stage().setHeight(800);
            });
            robot.clickOn(tab.name());
            javafx.scene.chart.XYChart<?, ?> chart = robot.lookup(tab.chart()).queryAs(javafx.scene.chart.XYChart.class);
            waitUntil(() -> !chart.getData().isEmpty() && !chart.getData().get(0).getData().isEmpty() && chart.isVisible());
            Parent slide = onFx(() -> slideOf(button));
            String title = texts(slide, ".picture-title").get(0);
            if (tab.total() != null) {
                // The total the tab says under its table ("Total: 155 peserta").
                String total = onFx(() -> robot.lookup(tab.total()).queryAs(Label.class).getText()).replaceAll("\\D", "");
                assertThat(title).as(tab.name()).isEqualTo(tab.title() + total + " peserta");
            } else {
                assertThat(title).as(tab.name()).isEqualTo(tab.title());
                assertThat(texts(slide, ".picture-filter")).as("the regency's coverage under the title").singleElement()
                        .asString().startsWith("Kabupaten: ").contains("pekerja informal");
            }
            assertThat(slide.lookup(".chart-bar")).as("%s: the bars drawn anew in the slide", tab.name()).isNotNull();
            assertThat(texts(slide, ".picture-footer")).singleElement().asString()
                    .startsWith("Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai · data per ");
            for (double[] size : List.of(new double[] {1280, 800}, new double[] {900, 600})) {
                robot.interact(() -> {
                    ui.stage().setWidth(size[0]);
                    ui.stage().setHeight(size[1]);
                });
                robot.sleep(200);
                BufferedImage png = save(robot, button, tab.chart().substring(1) + "-" + (int) size[0] + ".png");
                assertThat(png.getWidth()).as("%s at a %s px window", tab.name(), size[0]).isEqualTo(1920);
                assertThat(png.getHeight()).as("%s at a %s px window", tab.name(), size[0]).isEqualTo(1080);
            }
        }

        // A breakdown's own funder is named with the dashboard's filter.
        robot.clickOn("Per kecamatan");
        ComboBox<id.payung.domain.FundingSource> funder = robot.lookup("#kecamatanFunder").queryComboBox();
        robot.interact(() -> funder.setValue(funder.getItems().stream()
                .filter(f -> f != null && f.code().equals("APBD-PROV-NTT")).findFirst().orElseThrow()));
        waitUntil(() -> onFx(() -> robot.lookup("#kecamatanTotal").queryAs(Label.class).getText()).equals("Total: 50 peserta"));
        Parent funded = onFx(() -> slideOf(button));
        assertThat(texts(funded, ".picture-filter")).containsExactly("Saringan: sumber dana APBD Provinsi NTT");
        assertThat(texts(funded, ".picture-title")).containsExactly(
                "Peserta BPJS Ketenagakerjaan pekerja rentan per kecamatan, 2026 — 50 peserta");
    }

    @SuppressWarnings("unchecked")
    private static Parent slideOf(MenuButton button) {
        return ((Supplier<Parent>) button.getProperties().get("payung.slideOfShownChart")).get();
    }

    @SuppressWarnings("unchecked")
    private BufferedImage save(FxRobot robot, MenuButton button, String name) throws Exception {
        Path file = ui.dir().resolve(name);
        robot.interact(() -> ((Consumer<Path>) button.getProperties().get("payung.saveShownChartTo")).accept(file));
        waitUntil(() -> Files.exists(file));
        robot.sleep(100);
        if (System.getProperty("payung.keepSlides") != null) {
            Files.copy(file, Path.of(System.getProperty("payung.keepSlides")).resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return ImageIO.read(file.toFile());
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
