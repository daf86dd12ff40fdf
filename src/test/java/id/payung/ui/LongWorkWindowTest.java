package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Long work in the window's status bar: its title and progress while it runs, and Cancel that reaches it. */
@ExtendWith(ApplicationExtension.class)
class LongWorkWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-longwork").dashboardShown();

    @Test
    void aTitledTaskShowsItsProgressAndCancelStopsIt(FxRobot robot) throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        AtomicBoolean cancelledCalled = new AtomicBoolean();
        AtomicBoolean succeeded = new AtomicBoolean();
        robot.interact(() -> BackgroundTask.<Integer>of(task -> {
            for (int step = 1; step <= 1000; step++) {
                task.updateProgress(step, 4);
                if (step == 2) {
                    halfway.countDown();
                    for (int wait = 0; wait < 200 && !task.isCancelled(); wait++) {
                        Thread.sleep(50); // the user looks at the bar, then presses Cancel
                    }
                    sawCancel.set(task.isCancelled());
                }
                task.stopIfCancelled();
            }
            return 1;
        }).withTitle("task.backup").onSuccess(r -> succeeded.set(true)).onCancelled(() -> cancelledCalled.set(true))
                .executeWith(ui.tasks()));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

        waitUntil(() -> robot.lookup("#longWork").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#longWorkTitle").queryAs(Label.class).getText()).isEqualTo("Membuat cadangan");
        waitUntil(() -> robot.lookup("#longWorkProgress").queryAs(ProgressBar.class).getProgress() == 0.5);
        Button cancel = robot.lookup("#longWorkCancel").queryButton();
        assertThat(cancel.getText()).isEqualTo("Batal");

        robot.clickOn(cancel);

        waitUntil(cancelledCalled::get);
        assertThat(sawCancel).isTrue();
        assertThat(succeeded).isFalse();
        waitUntil(() -> !robot.lookup("#longWork").queryAs(Node.class).isVisible());
    }
}
