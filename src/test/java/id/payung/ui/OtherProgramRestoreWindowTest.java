package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.app.MainWindow;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Session 24: the window noticed another program's changes by counting the audit entries not its own, but another
 * program's restore (the command line's {@code restore}, where this window's hold on the file was lost, or a window on a
 * network folder) puts another file at the path and writes nothing into the one the window reads: it went on showing
 * the data before the restore until its next save was refused. It is now said in the status line, and F5 opens the
 * file now at the path (the screens' own reload would read the replaced file again).
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class OtherProgramRestoreWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-other-restore").dashboardShown()
            .beforeOpen(stage -> MainWindow.askOthersEvery(javafx.util.Duration.millis(300)));

    @AfterEach
    void askAsUsual() {
        MainWindow.askOthersEvery(javafx.util.Duration.seconds(20));
    }

    @Test
    void anotherProgramsRestoreIsSaidAndF5OpensTheRestoredData(FxRobot robot) throws Exception {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        int before = table.getItems().size();

        // Another program's restore, as the command line's does it: a checked backup (here one with Yohanes in it, and
        // its restore's entry) moved over the file, the old -wal and -shm removed.
        Path file = ui.dir().resolve("payung.db");
        Path backup = ui.dir().resolve("lain.db");
        ui.services().backups().backupTo(backup);
        try (PayungServices other = PayungServices.open(backup, false, TestData.CLOCK)) {
            other.enrollments().enrol(TestData.form("5310011505900017", "Yohanes Dahur", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
            other.audit().recordRestore(ui.dir().resolve("pagi.db"), ui.dir().resolve("sebelum.db"));
        }
        Files.move(backup, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(ui.dir().resolve("payung.db-wal"));
        Files.deleteIfExists(ui.dir().resolve("payung.db-shm"));

        waitUntil(() -> notice.getText().startsWith("Data dipulihkan"));
        assertThat(notice.getText()).matches("Data dipulihkan dari cadangan oleh program lain \\(pukul \\d\\d:\\d\\d\\) dan"
                + " belum tampil\\. Tekan F5 untuk membuka data yang dipulihkan\\.");
        assertThat(table.getItems()).as("not reloaded under the clerk's hands").hasSize(before);

        robot.type(KeyCode.F5);
        // The window is rebuilt on the file now at the path: looked up in the new one.
        waitUntil(() -> robot.lookup("#notice").tryQuery().map(n -> "Data yang dipulihkan oleh program lain sudah dibuka."
                .equals(((Label) n).getText())).orElse(false));
        ScreenWaits.open(robot, id.payung.ui.main.Screen.ENROLLMENTS);
        waitUntil(() -> robot.lookup("#enrollmentsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == before + 1).orElse(false));
        // Watched anew on the restored file: its restore, already shown, is no news.
        Thread.sleep(1_500);
        Label now = robot.lookup("#notice").queryAs(Label.class);
        assertThat(now.getText()).doesNotStartWith("Data dipulihkan");
    }
}
