package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.Screen;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** One year chosen is the year of the dashboard, the reports and the budgets until the user chooses another. */
@ExtendWith(ApplicationExtension.class)
// A whole-window scenario over 8 s: the full tier runs it, the fast edit-compile-test tier leaves it out.
@Tag("slow")
class CurrentYearWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-year").dashboardShown();

    @Test
    void theYearChosenOnOneScreenIsTheYearOfTheOthers(FxRobot robot) {
        ComboBox<Integer> dashboard = robot.lookup("#yearChoice").queryComboBox();
        waitUntil(() -> dashboard.getValue() != null);
        robot.interact(() -> dashboard.setValue(2024));

        ScreenWaits.open(robot, Screen.REPORTS);
        ComboBox<Integer> reports = robot.lookup("#reportsYear").queryComboBox();
        waitUntil(() -> Integer.valueOf(2024).equals(reports.getValue()));
        ScreenWaits.open(robot, Screen.FUNDERS);
        // The funders' regions by name, not by code.
        java.util.List<String> cells = robot.lookup("#sourcesTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(c -> (String) String.valueOf(c.getText())).toList();
        assertThat(cells).contains("Nusa Tenggara Timur", "Kabupaten Manggarai").doesNotContain("53", "53.10");
        robot.clickOn("#budgetsTab");
        ComboBox<Integer> budget = robot.lookup("#budgetYear").queryComboBox();
        waitUntil(() -> Integer.valueOf(2024).equals(budget.getValue()));

        robot.interact(() -> budget.setValue(2025));
        ScreenWaits.open(robot, Screen.REPORTS);
        waitUntil(() -> Integer.valueOf(2025).equals(reports.getValue()));
        ScreenWaits.open(robot, Screen.DASHBOARD);
        waitUntil(() -> Integer.valueOf(2025).equals(dashboard.getValue()));
        assertThat(robot.lookup("#sharesChart").queryAs(javafx.scene.chart.PieChart.class).getTitle()).contains("2025");
    }
}
