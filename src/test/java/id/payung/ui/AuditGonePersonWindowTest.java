package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.EnrollmentService;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 22c #3: after Cadangan → restore of an older backup, Jejak audit's Peserta column was blank on the entries of
 * the people the restore took away, and "Veronika" found nothing; Riwayat peserta of a person still registered showed
 * the changes the restore undid with no mark, where Jejak audit marked them.
 */
@ExtendWith(ApplicationExtension.class)
class AuditGonePersonWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-audit-gone").on(file -> {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        EnrollmentService.Saved yosef = s.enrollments().enrol(TestData.form("5310011205850002", "Yosef Jemarut",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        java.nio.file.Path backup = file.resolveSibling("pagi.db");
        s.backups().backupTo(backup);
        s.enrollments().enrol(TestData.form("5310015204850001", "Veronika Imul", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                YearMonth.of(2026, 12)));
        s.enrollments().update(yosef.enrollmentId(), TestData.form("5310011205850002", "Yosef Jemarut", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 6)));
        return s.restore(backup);
    }).dashboardShown();

    @Test
    void aPersonTheRestoreTookAwayIsNamedAndFoundByName(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 3);
        waitUntil(() -> cells(robot, "#auditTable").stream().anyMatch(c -> c.startsWith("Veronika")));
        assertThat(cells(robot, "#auditTable")).contains("Veronika Imul (tidak terdaftar lagi) (531001********01)");

        robot.clickOn("#auditPerson").write("Veronika");
        robot.clickOn("#auditShow");
        // Her two entries, and the restore that took her away, which names her (session 24).
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(cells(robot, "#auditTable")).filteredOn(c -> c.startsWith("Veronika"))
                .hasSize(3).containsOnly("Veronika Imul (tidak terdaftar lagi) (531001********01)");
    }

    /** Trial 23c H1: her full NIK found nothing, and nothing said she is found by her name. */
    @Test
    void aSearchByNikThatFindsNothingSaysARemovedPersonIsFoundByName(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 3);
        robot.clickOn("#auditPerson").write("5310015204850001");
        robot.clickOn("#auditShow");
        waitUntil(() -> table.getItems().isEmpty());
        javafx.scene.control.Label empty = (javafx.scene.control.Label) table.getPlaceholder();
        assertThat(empty.getText()).contains("tidak terdaftar lagi").contains("dicari dengan namanya");
    }

    @Test
    void aPersonsHistoryMarksWhatTheRestoreUndidAsJejakAuditDoes(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#personHistory");
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());
        List<String> cells = cells(robot, "#historyChanges");
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("Kepesertaan diubah")
                .containsPattern("\\(dibatalkan oleh pemulihan \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\)"));
        assertThat(cells).filteredOn(c -> c.startsWith("Kepesertaan ditambahkan"))
                .isNotEmpty().noneSatisfy(c -> assertThat(c).contains("dibatalkan oleh pemulihan"));
        // The full record says it too, as Jejak audit's does.
        TableView<?> changes = robot.lookup("#historyChanges").queryTableView();
        int undone = indexOf(changes, "UPDATE"); // the correction of his enrollment, after the backup
        robot.interact(() -> changes.getSelectionModel().select(undone));
        robot.clickOn("#historyFull");
        javafx.scene.control.TextArea full = robot.lookup("#historyFullRecord").queryAs(javafx.scene.control.TextArea.class);
        assertThat(full.getText()).startsWith("Kepesertaan diubah").contains("(dibatalkan oleh pemulihan ");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    /**
     * Trial 23c M2: Riwayat peserta cut its texts with "…" — the restore's mark too ("Data pribadi diubah
     * (dibatalkan …") — with room to spare in the dialog: its rows were of the one fixed height and its cells wrapped
     * as labels. They wrap whole now, as the register's and Jejak audit's do.
     */
    @Test
    void aPersonsHistoryShowsItsTextsWhole(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#personHistory");
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());
        TableView<?> changes = robot.lookup("#historyChanges").queryTableView();
        robot.interact(() -> changes.getScene().getWindow().setWidth(900));
        robot.sleep(400);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = LaptopTextsWindowTest.onFx(() -> robot.from(changes).lookup(".table-cell")
                .queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getText() != null && !c.getText().isEmpty() && c.getTableRow() != null
                        && c.getTableRow().isVisible())
                .filter(c -> !java.util.Objects.equals(LaptopTextsWindowTest.shown(c), c.getText()))
                .map(c -> LaptopTextsWindowTest.shown(c)).toList());
        assertThat(cut).as("texts cut in Riwayat peserta").isEmpty();
        assertThat(cells(robot, "#historyChanges")).anySatisfy(c -> assertThat(c).contains("(dibatalkan oleh pemulihan "));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static int indexOf(TableView<?> changes, String action) {
        for (int i = 0; i < changes.getItems().size(); i++) {
            if (((id.payung.service.PersonHistory.Change) changes.getItems().get(i)).action().equals(action)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> cells(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> (String) c.getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
