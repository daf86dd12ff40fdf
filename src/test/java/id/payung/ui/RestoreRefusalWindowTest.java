package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.main.Screen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A restore's expected refusals are told as the window tells them: a warning, not the crash dialog (trial 14). */
@ExtendWith(ApplicationExtension.class)
class RestoreRefusalWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-restorerefusal").on(file -> {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
        return s;
    }).showsErrors().dashboardShown();

    /**
     * A file that is no Payung backup is the user's wrong choice, not a crash: a plain warning with its sentence, no
     * log path, no "send it to whoever looks after Payung", no technical details (trial 14).
     */
    @Test
    void aFileThatIsNoBackupIsRefusedInAPlainWarning(FxRobot robot) throws IOException {
        ScreenWaits.open(robot, Screen.BACKUP);
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1); // the daily backup made at start
        Path notBackup = ui.dir().resolve("backups").resolve("payung-2026-01-01-000000.db");
        Files.writeString(notBackup, "Nama;NIK\nMaria;5310015204850001\n".repeat(100));
        robot.clickOn("#backupNow"); // the list is read again after it
        waitUntil(() -> table.getItems().size() == 3);
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (((id.payung.service.BackupService.Backup) table.getItems().get(i)).file().equals(notBackup)) {
                row = i;
            }
        }
        int chosen = row;
        robot.interact(() -> table.getSelectionModel().select(chosen));
        robot.clickOn("#restoreBackup");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getId()).isEqualTo("refusal");
        assertThat(pane.getHeaderText()).isEqualTo("Tidak dapat dilakukan");
        assertThat(pane.getContentText()).startsWith("Berkas ini bukan basis data Payung (bukan berkas SQLite): ")
                .contains(notBackup.toString());
        assertThat(pane.lookup("#logFile")).as("no log path").isNull();
        assertThat(pane.getExpandableContent()).as("no technical details").isNull();
        assertThat(pane.getButtonTypes()).singleElement()
                .satisfies(b -> assertThat(b.getText()).isEqualTo(I18n.bundle(I18n.INDONESIAN).getString("dialog.close")));
        robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
    }
}
