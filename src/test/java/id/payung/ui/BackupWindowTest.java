package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.PayungServices;
import id.payung.service.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import id.payung.ui.main.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Cadangkan sekarang" and "Pulihkan" in the running window, headless. */
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {
    private Path dir;
    private PayungServices services;
    private FxTaskRunner tasks;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("payung-backup");
        services = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK);
        services.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
        tasks = new FxTaskRunner(error -> {
            throw new AssertionError("background work failed", error);
        });
        window = new MainWindow(stage, services, tasks, TestData.CLOCK, I18n.INDONESIAN, "test");
        window.show();
    }

    @BeforeEach
    void dashboardShown(FxRobot robot) {
        ScreenWaits.shown(robot, Screen.DASHBOARD);
    }

    @AfterEach
    void close() throws IOException {
        tasks.close();
        window.close();
        id.payung.TestFiles.deleteTree(dir);
    }

    @Test
    void backUpNowThenRestoreIt(FxRobot robot) throws IOException {
        ScreenWaits.open(robot, Screen.BACKUP);
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1); // the daily backup made at start

        robot.clickOn("#backupNow");
        Label done = robot.lookup("#lastBackup").queryAs(Label.class);
        waitUntil(() -> done.getText() != null && done.getText().contains(dir.resolve("backups").toString()));
        waitUntil(() -> table.getItems().size() == 2);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restoreBackup");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
        robot.clickOn(ok);

        // The window is rebuilt on the restored database: look the notice up in the new one.
        waitUntil(() -> robot.lookup("#notice").tryQuery()
                .map(n -> ((Label) n).getText() != null && ((Label) n).getText().startsWith("Data dipulihkan dari"))
                .orElse(false));
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("payung-before-restore-"));
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
