package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 24a L6 / 24b L11: a person whose occupation is not known showed an empty cell in the register, while the form
 * says "(tidak diketahui)". The register's Pekerjaan says the form's word (its export too: UnknownOccupationExportTest).
 */
@ExtendWith(ApplicationExtension.class)
class UnknownOccupationWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-unknown-occupation").dashboardShown();

    @Test
    void theRegisterSaysTheFormsWordForAnUnknownOccupation(FxRobot robot) {
        EnrollmentForm f = TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR", YearMonth.of(2026, 1), null);
        ui.services().enrollments().enrol(new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(),
                f.birthDate(), f.address(), f.regionCode(), null, f.phone(), null, f.funderCode(), f.segment(),
                f.programmes(), f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), null));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(c -> "(tidak diketahui)".equals(c.getText())));
        assertThat(robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "Pekerjaan".equals(c.getTableColumn().getText())
                        && c.getIndex() == 0).map(TableCell::getText)).containsExactly("(tidak diketahui)");
    }
}
