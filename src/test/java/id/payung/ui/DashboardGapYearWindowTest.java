package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.time.YearMonth;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 19 (LOW, for the regent): participants in 2025 (the seeds) and 2027, none in 2026 (this year, by the test's
 * clock). The year box jumped 2025 → 2027, so nobody could tell 2026 had none. It lists 2026, which when chosen shows
 * the usual "Belum ada peserta pada tahun ini."; the trend has a column of 0 for it; no year is made up before 2023.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardGapYearWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-gap-year").on(file -> {
        PayungServices services = PayungServices.open(file, true, TestData.CLOCK);
        services.enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2027, 1), YearMonth.of(2027, 12)));
        return services;
    }).dashboardShown();

    @Test
    void theYearWithNoneBetweenYearsWithSomeIsListedAndShownAsNone(FxRobot robot) {
        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> Integer.valueOf(2025).equals(year.getValue()) && pie.getData().size() == 2);
        assertThat(year.getItems()).containsExactly(2023, 2024, 2025, 2026, 2027);

        robot.interact(() -> year.setValue(2026));
        waitUntil(() -> pie.getData().isEmpty());
        assertThat(robot.lookup("#sharesEmpty").queryAs(Label.class).getText()).isEqualTo("Belum ada peserta pada tahun ini.");
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).isEqualTo("Total: 0 peserta");

        robot.clickOn("Perkembangan per tahun");
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> trend = robot.lookup("#trendChart").queryAs(StackedBarChart.class);
        waitUntil(() -> ((CategoryAxis) trend.getXAxis()).getCategories().contains("2026"));
        assertThat(((CategoryAxis) trend.getXAxis()).getCategories()).containsExactly("2023", "2024", "2025", "2026");
        // 2026's column is a 0 with its total written on it, not a year left out.
        assertThat(trend.getData().stream().flatMap(s -> s.getData().stream()).filter(d -> d.getXValue().equals("2026")))
                .extracting(d -> d.getYValue().longValue()).containsOnly(0L).isNotEmpty();
        waitUntil(() -> robot.lookup("#trendChart .bar-total").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("0")));
    }
}
