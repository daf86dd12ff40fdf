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

    /**
     * Trial 21d: at a laptop's width the mark was cut to "Daftar diimpor (dibatalkan ole…" and the full record started
     * with a bare "Daftar diimpor". The row of an undone entry shows its words whole, wrapped in the column (the row
     * grows), and the full record begins with them.
     */
    @Test
    void theMarkIsReadWholeInItsRowAndInTheFullRecord(FxRobot robot) {
        // The column keeps its width (230 px) at a laptop's 1366 px: the last column takes what the window adds.
        ScreenWaits.open(robot, Screen.AUDIT);
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 3);
        waitUntil(() -> marked(robot).isPresent());
        TableCell<?, ?> cell = marked(robot).orElseThrow();
        assertThat(cell.getGraphic()).as("shown as wrapping text, never cut with …").isInstanceOf(javafx.scene.text.Text.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.getGraphic();
        assertThat(shown.getText()).isEqualTo(cell.getText());
        double column = cell.getTableColumn().getWidth();
        assertThat(shown.getLayoutBounds().getWidth()).as("within its column").isLessThanOrEqualTo(column);
        waitUntil(() -> cell.getHeight() >= shown.getLayoutBounds().getHeight());
        assertThat(shown.getLayoutBounds().getHeight()).as("on more than one line").isGreaterThan(cell.getFont().getSize() * 2);
        TableCell<?, ?> plain = cells(robot, "Kepesertaan ditambahkan").get(0);
        // Every Perubahan wraps since trial 22c (before, only a marked one did; the others were cut).
        assertThat(((javafx.scene.text.Text) plain.getGraphic()).getText()).as("other rows whole").isEqualTo(plain.getText());

        int row = cell.getIndex();
        robot.interact(() -> table.getSelectionModel().select(row));
        javafx.scene.control.TextArea full = robot.lookup("#auditFullRecord").queryAs(javafx.scene.control.TextArea.class);
        assertThat(full.getText()).startsWith(cell.getText());
    }

    private static java.util.Optional<TableCell<?, ?>> marked(FxRobot robot) {
        return cells(robot, "Kepesertaan dihapus").stream().filter(c -> c.getText().contains("dibatalkan"))
                .findFirst();
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot, String start) {
        return robot.lookup("#auditTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(start) && c.isVisible())
                .<TableCell<?, ?>>map(c -> c).toList();
    }

    private static List<String> cells(FxRobot robot) {
        return robot.lookup("#auditTable .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> (String) c.getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
