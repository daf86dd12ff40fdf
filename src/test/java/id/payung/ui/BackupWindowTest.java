package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import id.payung.ui.main.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** "Cadangkan sekarang" and "Pulihkan" in the running window, headless. */
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-backup").on(file -> {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        s.enrollments().enrol(TestData.form("5310015204850001", "Maria", "MANDIRI", YearMonth.of(2026, 1), null));
        return s;
    }).dashboardShown();

    /** Session 24: a backup made from the menu (Ctrl+Shift+B) stayed out of the Cadangan list shown. */
    @Test
    void aBackupFromTheMenuJoinsTheListShown(FxRobot robot) {
        ScreenWaits.open(robot, Screen.BACKUP);
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1); // the daily backup made at start
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.B)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> table.getItems().size() == 2);
    }

    @Test
    void backUpNowThenRestoreIt(FxRobot robot) throws IOException {
        // A year with nobody in it looked at before (as a budget for a coming year is): not where the restored
        // data opens, or it reads "Total: 0 peserta" and looks lost (trial 13).
        javafx.scene.control.ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        waitUntil(() -> year.getValue() != null);
        int opened = year.getValue();
        robot.interact(() -> year.setValue(2031));
        ScreenWaits.open(robot, Screen.BACKUP);
        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1); // the daily backup made at start

        robot.clickOn("#backupNow");
        Label done = robot.lookup("#lastBackup").queryAs(Label.class);
        waitUntil(() -> done.getText() != null && done.getText().contains(ui.dir().resolve("backups").toString()));
        waitUntil(() -> table.getItems().size() == 2);
        // Which is the day's automatic one and which the clerk's (trial 24a).
        assertThat(robot.lookup("#backupsTable .table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(javafx.scene.control.TableCell::getText).toList())
                .contains("Otomatis harian", "Dibuat oleh pengguna");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restoreBackup");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        // Checked first, then asked with what it holds: the office, Maria, when it was last changed.
        assertThat(pane.getContentText()).contains("Isi cadangan ini (sudah diperiksa utuh)",
                "Kantor: Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Manggarai", "1 orang, 1 pendaftaran",
                "Perubahan terakhir: ", "Data sekarang (akan diganti):",
                // Nothing was changed since the backup just made: said so, not left to guess.
                "Data sekarang tidak punya perubahan sesudah cadangan ini dibuat. Salinan pengaman dibuat dulu.");
        assertThat(pane.getHeaderText()).isEqualTo("Pulihkan dari cadangan");
        Button ok = (Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
        Button cancel = (Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL);
        // The act on its button, not "Oke"; Batal the default even with nothing to lose (trial 21d L4).
        assertThat(ok.getText()).isEqualTo("Pulihkan");
        assertThat(cancel.getText()).isEqualTo("Batal");
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(ok.isDefaultButton()).isFalse();
        robot.clickOn(ok);

        // The window is rebuilt on the restored database: look the notice up in the new one.
        waitUntil(() -> robot.lookup("#notice").tryQuery()
                .map(n -> ((Label) n).getText() != null && ((Label) n).getText().startsWith("Dipulihkan dari"))
                .orElse(false));
        // File names, not paths: the safety copy's name is readable in a status line 1366 px wide (trial 14).
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        assertThat(notice.getText()).matches("Dipulihkan dari payung-[0-9-]+\\.db\\. Data sebelumnya: "
                + "payung-sebelum-pulih-[0-9-]+\\.db");
        assertThat(notice.getTooltip().getText()).isEqualTo(notice.getText());
        try (var files = Files.list(ui.dir().resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("payung-sebelum-pulih-"));
        }
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        javafx.scene.control.ComboBox<Integer> restored = robot.lookup("#yearChoice").queryComboBox();
        waitUntil(() -> restored.getValue() != null);
        assertThat(restored.getValue()).isEqualTo(opened);
    }
}
