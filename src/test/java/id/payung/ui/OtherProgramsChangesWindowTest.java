package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.app.MainWindow;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.time.YearMonth;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 23b L8: a window on a file did not notice what another program wrote into it — the dashboard kept
 * "479 peserta" after a command-line import of 49.814 rows until the clerk left the screen and came back. Another
 * program's change (here a second Payung on the same file, as the command line opens it) is now said in the status
 * line as on a server, this window's own saves are not, and F5 shows it and clears the line.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class OtherProgramsChangesWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-other-programs").dashboardShown()
            .beforeOpen(stage -> MainWindow.askOthersEvery(javafx.util.Duration.millis(300)));

    @AfterEach
    void askAsUsual() {
        MainWindow.askOthersEvery(javafx.util.Duration.seconds(20));
    }

    @Test
    void whatAnotherProgramWroteIsSaidAndF5ShowsIt(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        int before = table.getItems().size();
        // The window's own save is no other program's.
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        Thread.sleep(1_500); // five questions of the watcher
        assertThat(notice.getText()).as("its own save").doesNotStartWith("Perubahan baru");

        try (PayungServices commandLine = PayungServices.open(ui.dir().resolve("payung.db"), false, TestData.CLOCK)) {
            commandLine.enrollments().enrol(TestData.form("5310011505900017", "Yohanes Dahur", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        }
        waitUntil(() -> notice.getText().startsWith("Perubahan baru"));
        assertThat(notice.getText()).startsWith("Perubahan baru dari program lain (pukul ")
                .endsWith(") belum tampil. Tekan F5 untuk memuat ulang.");
        assertThat(table.getItems()).as("not reloaded under the clerk's hands").hasSize(before);
        // Read whole in a narrow window: the database's path gives way first (trial 23c L5: both were cut).
        robot.interact(() -> ui.stage().setWidth(1100));
        robot.sleep(300);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) notice.lookup(".text");
        assertThat(drawn.getText()).as("the notice as drawn").isEqualTo(notice.getText());

        robot.type(KeyCode.F5);
        waitUntil(() -> table.getItems().size() == before + 2);
        waitUntil(() -> notice.getText().isEmpty());
    }
}
