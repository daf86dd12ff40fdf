package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Occupation;
import id.payung.service.BreakdownData;
import id.payung.ui.enrollments.CohortsViewModel;
import id.payung.ui.enrollments.EnrollmentDialogs;
import id.payung.ui.enrollments.EnrollmentsView;
import id.payung.ui.enrollments.RegisterLine;
import id.payung.ui.enrollments.RegisterViewModel;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 18 (MEDIUM 19): in English the register, its occupation filter and the cohorts showed Payung's own
 * occupations in Indonesian ("Pengemudi ojek", "Buruh tani", "Perangkat desa"). They read through the bundles by code.
 */
@ExtendWith(ApplicationExtension.class)
class OccupationNamesWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-occupation-words").on(BreakdownData::open).showing(ui -> {
        java.time.Clock clock = id.payung.service.TestData.CLOCK;
        var services = ui.services();
        RegisterViewModel register = new RegisterViewModel(services.register(), services.enrollments(),
                services.reference(), services.exports().replacingExisting(), ui.tasks(), clock);
        EnrollmentDialogs none = new EnrollmentDialogs() {
            @Override
            public void openForm(long enrollmentId, Runnable afterSave) {
            }

            @Override
            public void openImport(Runnable afterImport) {
            }

            @Override
            public void openHistory(long personId) {
            }
        };
        FXMLLoader loader = new FXMLLoader(EnrollmentsView.class.getResource("EnrollmentsView.fxml"), I18n.bundle(I18n.ENGLISH));
        loader.setControllerFactory(type -> new EnrollmentsView(register,
                new CohortsViewModel(services.register(), services.cohorts(), ui.tasks(), clock), none, ui.tasks(),
                WriteAccess.writable()));
        return loader.load();
    }).size(1250, 700);

    @Test
    void theRegisterAndItsFilterNameTheOccupationsInEnglish(FxRobot robot) {
        TableView<RegisterLine> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableColumn<RegisterLine, String> occupation = (TableColumn<RegisterLine, String>) table.getColumns().stream()
                .filter(c -> "Occupation".equals(c.getText())).findFirst().orElseThrow();
        List<String> shown = table.getItems().stream().map(l -> occupation.getCellObservableValue(l).getValue())
                .filter(java.util.Objects::nonNull).toList();
        assertThat(shown).contains("Motorcycle taxi driver", "Farm labourer", "Village official", "Construction worker")
                .doesNotContain("Pengemudi ojek", "Buruh tani", "Perangkat desa", "Tukang bangunan");

        ComboBox<Occupation> filter = robot.lookup("#occupationFilter").queryComboBox();
        waitUntil(() -> filter.getItems().size() > 1);
        Occupation farmer = filter.getItems().stream().filter(o -> o != null && o.code().equals("PETANI")).findFirst()
                .orElseThrow();
        robot.interact(() -> filter.setValue(farmer));
        ListCell<Occupation> button = filter.getButtonCell();
        waitUntil(() -> "Farmer".equals(button.getText()));
    }
}
