package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.MainView;
import id.payung.ui.main.Screen;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Session 22: the status line kept an action's notice ("Diimpor dari …", "Cadangan dibuat: …") all day. It gives way
 * to the window's standing line (a clerk's: none) when the clerk moves to another screen, or after a while.
 */
@ExtendWith(ApplicationExtension.class)
class NoticeAgingWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-notice-aging").dashboardShown();

    @AfterEach
    void asUsual() {
        MainView.noticesShownFor(MainView.NOTICES_SHOWN_FOR);
    }

    @Test
    void anActionsNoticeGoesOnMovingToAnotherScreen(FxRobot robot) {
        MainView.noticesShownFor(Duration.hours(1)); // not by waiting
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> !ui.services().backups().list().isEmpty()); // the daily backup, made on opening
        backUpNow(robot);
        waitUntil(() -> notice.getText().startsWith("Cadangan dibuat: "));
        robot.sleep(3_500); // read: a move to another screen at once may be the action's own

        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        waitUntil(() -> notice.getText().isEmpty());
        assertThat(notice.isVisible()).isFalse();

        // A notice just come stays through a move (an import's notice as the register is shown after it).
        backUpNow(robot);
        waitUntil(() -> notice.getText().startsWith("Cadangan dibuat: "));
        ScreenWaits.open(robot, Screen.DASHBOARD);
        robot.sleep(500);
        assertThat(notice.getText()).startsWith("Cadangan dibuat: ");
    }

    @Test
    void anActionsNoticeGoesAfterAWhile(FxRobot robot) {
        MainView.noticesShownFor(Duration.seconds(2));
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> !ui.services().backups().list().isEmpty());
        backUpNow(robot);
        waitUntil(() -> notice.getText().startsWith("Cadangan dibuat: "));
        waitUntil(() -> notice.getText().isEmpty());
    }

    private static void backUpNow(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        robot.interact(() -> bar.getMenus().get(0).getItems().stream().filter(i -> "Cadangkan sekarang".equals(i.getText()))
                .findFirst().orElseThrow().fire());
    }
}
