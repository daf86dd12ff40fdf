package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial (session 17, LOW): the dashboard opened on 2025 ("Tahun 2026 belum ada peserta; ditampilkan 2025 …"), then
 * 2026 got its first participant, and back on the dashboard it still showed 2025 and the line. The year it had opened
 * on by itself follows the data: back on the dashboard it shows 2026, without the line.
 */
@ExtendWith(ApplicationExtension.class)
// A whole-window scenario over 8 s: the full tier runs it, the fast edit-compile-test tier leaves it out
// (DashboardOpeningYearTest checks the same on the view model).
@Tag("slow")
class DashboardYearAfterDataWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-year-after-data").dashboardShown();

    @Test
    void backOnTheDashboardThisYearIsShownOnceItHasParticipants(FxRobot robot) {
        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        Label note = robot.lookup("#yearNote").queryAs(Label.class);
        waitUntil(() -> Integer.valueOf(2025).equals(year.getValue()) && note.isVisible());
        assertThat(note.getText()).startsWith("Tahun 2026 belum ada peserta; ditampilkan 2025");

        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        ScreenWaits.open(robot, Screen.DASHBOARD);

        waitUntil(() -> Integer.valueOf(2026).equals(year.getValue()) && !note.isVisible());
        assertThat(robot.lookup("#sharesChart").queryAs(javafx.scene.chart.PieChart.class).getTitle()).contains("2026");
    }
}
