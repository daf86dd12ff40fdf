package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.BreakdownData;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 23a M4: the pie saved as PNG for the regent's slides read "… 2026 — 16 peserta" without a word, while the
 * dashboard and the year PDF said that APBD Provinsi NTT had no 2026 data yet. The slide carries the dashboard's
 * caution under its title, the pie's and the trend's (whose last year is the year shown). On {@link BreakdownData}'s
 * 2026: APBD Provinsi NTT 50 where 2025 had 4.280.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardSlideCautionWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-dash-caution").on(BreakdownData::open).dashboardShown();

    @Test
    void thePieAndTheTrendSlideCarryTheDashboardsCaution(FxRobot robot) {
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        Label gap = robot.lookup("#gapNote").queryAs(Label.class);
        MenuButton button = robot.lookup("#chartPicture").queryAs(MenuButton.class);
        waitUntil(() -> pie.getData().size() == 5 && "Porsi sumber dana 2026".equals(pie.getTitle()) && gap.isVisible());
        String caution = onFx(gap::getText);
        assertThat(caution).startsWith("Perhatian: peserta 2026 yang tercatat").contains("APBD Provinsi NTT (50 tercatat; "
                + "4.280 pada 2025)");

        assertThat(texts(onFx(() -> slideOf(button)), ".picture-caution")).containsExactly(caution);

        robot.clickOn("Perkembangan per tahun");
        javafx.scene.chart.XYChart<?, ?> trend = robot.lookup("#trendChart").queryAs(javafx.scene.chart.XYChart.class);
        waitUntil(() -> !trend.getData().isEmpty());
        assertThat(texts(onFx(() -> slideOf(button)), ".picture-caution")).containsExactly(caution);
    }

    @SuppressWarnings("unchecked")
    private static Parent slideOf(MenuButton button) {
        return ((Supplier<Parent>) button.getProperties().get("payung.slideOfShownChart")).get();
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
