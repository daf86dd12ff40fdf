package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.main.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A restore checks and copies the backup before asking; confirmed, it waits for its turn behind other writes. Cancelled
 * there, or dropped when the window closes, it takes its checked copy (a whole register, full NIKs) with it: nothing
 * stays hidden beside the database (review 13).
 */
@ExtendWith(ApplicationExtension.class)
class RestoreCopyLeftNowhereWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-restoreleak").on(file -> {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
        return s;
    }).dashboardShown();

    private List<Path> staged() throws Exception {
        try (var files = Files.list(ui.dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(".payung.db.restoring-")
                    && !p.getFileName().toString().endsWith("-wal") && !p.getFileName().toString().endsWith("-shm")).toList();
        }
    }

    @Test
    void aConfirmedRestoreThatNeverRunsLeavesNoCopyOfTheBackupBehind(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, Screen.BACKUP);
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1); // the daily backup made at start
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restoreBackup");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(staged()).as("checked and copied before the question").hasSize(1);

        // Another write takes the writer (as the daily backup of a large file does at start).
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> ui.tasks().run(() -> {
            release.await();
            return null;
        }, x -> { }));
        Button ok = (Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
        robot.clickOn(ok); // "yes": the restore is queued behind that write

        // The window is closed (or the queued restore cancelled in the status bar) before its turn.
        robot.interact(() -> ui.tasks().close());
        release.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(staged()).as("the checked copy of a restore that never ran").isEmpty();
    }
}
