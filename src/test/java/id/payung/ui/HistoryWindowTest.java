package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.EnrollmentForm;
import id.payung.service.EnrollmentService;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The person history (Riwayat) tells each change in words, field by field, with the NIK masked. */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-history").dashboardShown();

    @Test
    void eachChangeInWords(FxRobot robot) {
        EnrollmentForm first = withPhone(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)), null, "53.10.12");
        EnrollmentService.Saved saved = ui.services().enrollments().enrol(first);
        ui.services().enrollments().update(saved.enrollmentId(), withPhone(first, "081300001111", "53.10.01"));
        ui.services().enrollments().end(saved.enrollmentId(), YearMonth.of(2026, 6), id.payung.domain.EndReason.MOVED);

        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#personHistory");
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());

        List<String> cells = robot.lookup("#historyChanges .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> (String) c.getText()).filter(t -> t != null).toList();
        assertThat(cells).contains("Data pribadi diubah",
                "Desa/Kelurahan: Langke Rembong → Wae Rii; No. HP: (kosong) → 081300001111; data pribadi orang ini: berlaku di semua pendaftarannya",
                // the enrollment's own place (schema v7) was corrected with it
                "Desa/Kelurahan: Langke Rembong → Wae Rii; koreksi untuk pendaftaran ini saja",
                "Kepesertaan diakhiri: APBD Kabupaten Manggarai, 01/2026–06/2026",
                "Sampai: 12/2026 → 06/2026; Alasan berakhir: (kosong) → Pindah domisili");
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("NIK: 531001").contains("Nama: Maria Jelita",
                "Tanggal lahir: 12/04/1985", "Pekerjaan: Pengemudi ojek").doesNotContain("5310015204850001"));
        assertThat(String.join("\n", cells)).doesNotContain("INSERT", "UPDATE", "{", "5310015204850001", "53.10",
                "THIS_ENROLLMENT", "correction");

        // The full record on demand: the chosen change, every field, before and after.
        TableView<?> changes = robot.lookup("#historyChanges").queryTableView();
        robot.interact(() -> changes.getSelectionModel().select(2));
        robot.clickOn("#historyFull");
        TextArea full = robot.lookup("#historyFullRecord").queryAs(TextArea.class);
        assertThat(full.getText()).contains("Sebelum:", "Sesudah:", "Alamat: Jl. Motang Rua", "No. HP: (kosong)",
                "No. HP: 081300001111").doesNotContain("5310015204850001");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static EnrollmentForm withPhone(EnrollmentForm f, String phone, String region) {
        return new EnrollmentForm(f.nik(), f.fullName(), f.sex(), f.birthPlace(), f.birthDate(), f.address(), region,
                f.occupationCode(), phone, f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), f.notes());
    }
}
