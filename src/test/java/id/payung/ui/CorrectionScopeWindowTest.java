package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentSummary;
import id.payung.domain.Region;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.ui.main.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 21c: Ubah on a person enrolled in 2025 and 2026, desa changed: the question "on all enrollments, or this one
 * only?" had "Semua pendaftarannya" as its default, so Enter rewrote 2025's desa (a year reported). The default is
 * "Hanya pendaftaran ini": Enter changes the enrollment being edited only.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class CorrectionScopeWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-correction-scope").dashboardShown();

    @Test
    @SuppressWarnings("unchecked")
    void enterCorrectsTheEnrollmentBeingEditedOnly(FxRobot robot) throws Exception {
        Path list = Files.writeString(ui.dir().resolve("dua.csv"), "NIK;Nama;Kecamatan;Desa;Sumber dana;Mulai;Jumlah bulan\n"
                + "5310015204850001;Maria Jelita;Wae Rii;Poco;APBD-KAB-MGR;01/2025;12\n"
                + "5310015204850001;Maria Jelita;Wae Rii;Poco;APBD-PROV-NTT;01/2026;12\n");
        ImportService.Report r = ui.services().imports().importFile(list, ImportOptions.defaults()
                .withPeriod(YearMonth.of(2026, 1), 12), ImportService.Progress.NONE);
        assertThat(r.imported()).isEqualTo(2);
        long personId = ui.services().enrollments().personByNik("5310015204850001").orElseThrow().id();
        List<EnrollmentSummary> both = ui.services().enrollments().enrollmentsOf(personId);
        long of2026 = both.stream().filter(e -> e.funderCode().equals("APBD-PROV-NTT")).findFirst().orElseThrow().id();
        long of2025 = both.stream().filter(e -> e.funderCode().equals("APBD-KAB-MGR")).findFirst().orElseThrow().id();
        String desa2025 = ui.services().enrollments().form(of2025).regionCode();

        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<Object> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).toString().contains("APBD-PROV-NTT")
                        || String.valueOf(table.getItems().get(i)).contains("id=" + of2026)) {
                    table.getSelectionModel().select(i);
                }
            }
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        robot.clickOn("#editEnrollment");
        waitUntil(() -> robot.lookup("#regionChoice").tryQuery().isPresent());
        ComboBox<Region> desa = robot.lookup("#regionChoice").queryAs(ComboBox.class);
        waitUntil(() -> desa.getValue() != null);
        String editedFunder = robot.lookup("#funderChoice").queryAs(ComboBox.class).getValue().toString();
        robot.interact(() -> desa.setValue(desa.getItems().stream().filter(x -> x != null && x.name().equals("Lalong"))
                .findFirst().orElseThrow()));
        Button save = robot.lookup("#saveEnrollment").queryAs(Button.class);
        javafx.application.Platform.runLater(save::fire); // the question waits in its own loop: not inside interact

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").query();
        Button defaultButton = question.getButtonTypes().stream().map(t -> (Button) question.lookupButton(t))
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        assertThat(defaultButton.getText()).isEqualTo("Hanya pendaftaran ini");
        robot.type(KeyCode.ENTER);

        long edited = editedFunder.contains("Provinsi") ? of2026 : of2025;
        long other = edited == of2026 ? of2025 : of2026;
        waitUntil(() -> !ui.services().enrollments().form(edited).regionCode().equals(desa2025));
        assertThat(ui.services().enrollments().form(other).regionCode()).as("the other year's desa").isEqualTo(desa2025);
    }
}
