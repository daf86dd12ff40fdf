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
 * Trial 21b #6: a restore keeps the entries of the changes it undid, and Jejak audit said "Kepesertaan dihapus" while
 * that enrollment was active again. Such an entry now says it was undone by the restore, and when; the entries the
 * backup held do not.
 */
@ExtendWith(ApplicationExtension.class)
class AuditUndoneByRestoreWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-audit-restore").on(file -> {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        EnrollmentService.Saved yosef = s.enrollments().enrol(TestData.form("5310011205850002", "Yosef Jemarut",
                "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        java.nio.file.Path backup = file.resolveSibling("pagi.db");
        s.backups().backupTo(backup);
        s.enrollments().delete(yosef.enrollmentId(), id.payung.domain.Deletion.of(id.payung.domain.DeleteReason.WRONG_ENTRY));
        return s.restore(backup);
    }).dashboardShown();

    @Test
    void anEntryARestoreUndidSaysSo(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 3);
        List<String> cells = cells(robot);
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("Kepesertaan dihapus")
                .containsPattern("\\(dibatalkan oleh pemulihan \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\)"));
        assertThat(cells).filteredOn(c -> c.startsWith("Kepesertaan ditambahkan"))
                .isNotEmpty().noneSatisfy(c -> assertThat(c).contains("dibatalkan oleh pemulihan"));
    }

    private static List<String> cells(FxRobot robot) {
        return robot.lookup("#auditTable .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> (String) c.getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
