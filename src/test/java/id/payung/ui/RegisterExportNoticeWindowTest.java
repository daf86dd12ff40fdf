package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.BreakdownData;
import id.payung.ui.enrollments.CohortsViewModel;
import id.payung.ui.enrollments.EnrollmentDialogs;
import id.payung.ui.enrollments.EnrollmentsView;
import id.payung.ui.enrollments.RegisterViewModel;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Trial 18 (LOW 9): "23 pendaftaran diekspor ke …xlsx" stayed above the register after four more saves. */
@ExtendWith(ApplicationExtension.class)
class RegisterExportNoticeWindowTest {
    private RegisterViewModel register;

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-export-notice").on(BreakdownData::open).showing(ui -> {
        java.time.Clock clock = id.payung.service.TestData.CLOCK;
        var services = ui.services();
        register = new RegisterViewModel(services.register(), services.enrollments(),
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
        FXMLLoader loader = new FXMLLoader(EnrollmentsView.class.getResource("EnrollmentsView.fxml"), I18n.bundle(I18n.INDONESIAN));
        loader.setControllerFactory(type -> new EnrollmentsView(register,
                new CohortsViewModel(services.register(), services.cohorts(), ui.tasks(), clock), none, ui.tasks(),
                WriteAccess.writable()));
        return loader.load();
    }).size(1250, 700);

    @Test
    void theExportNoticeEndsWithTheNextChangeToTheRegister(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#enrollmentsTable").queryTableView().getItems().isEmpty());
        Label exported = robot.lookup("#exportedLabel").queryAs(Label.class);
        // What Ekspor… leaves (the export itself is ExportService's; the file chooser has no test seam).
        robot.interact(() -> exported.setText("8 pendaftaran diekspor ke /tmp/peserta.xlsx"));
        assertThat(exported.isVisible()).isTrue();

        robot.interact(register::afterWrite); // a save in the form, or an import
        waitUntil(() -> exported.getText().isEmpty());
        assertThat(exported.isVisible()).isFalse();
    }
}
