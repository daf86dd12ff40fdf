package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestRegions;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The import window with a village's own list (no Kecamatan column, signature block) on a fresh database
 * that knows Manggarai's desa: it imports whole with the button, and a desa name two kecamatan share is
 * settled by typing the kecamatan into the problem's correction cell.
 */
@ExtendWith(ApplicationExtension.class)
class ImportVillageListWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-village").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        model.load();
        return ImportScreen.load(model);
    });

    private void chooseFunderAndCheck(FxRobot robot, Path file) throws Exception {
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(ImportScreen.funder(model, "APBD-PROV-NTT"));
            model.fileProperty().set(file);
            model.check();
        });
    }

    @Test
    void aVillageListWithoutKecamatanImportsWholeWithTheButton(FxRobot robot) throws Exception {
        chooseFunderAndCheck(robot, TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", ui.dir()));
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        waitUntil(() -> "6 baris: 6 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText()));

        robot.clickOn("#runImport");
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText() != null && summary.getText().startsWith("Selesai: 6 peserta diimpor"));
        assertThat(ui.services().register().counts(id.payung.domain.RegisterFilter.all()).total()).isEqualTo(6);
    }

    @Test
    void aSharedDesaNameIsSettledByTypingTheKecamatan(FxRobot robot) throws Exception {
        Path twin = ui.dir().resolve("desa-kembar.csv");
        Files.writeString(twin, "kode_desa,nama_desa,jenis,kode_kecamatan,nama_kecamatan\n"
                + "53.10.03.2999,Satar Ngkeling,Desa,53.10.03,Ruteng\n");
        ui.services().regionImport().importCsv(twin);
        Path list = ui.dir().resolve("daftar 2026.csv");
        Files.writeString(list, "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Ds. Satar Ngkeling\n");
        chooseFunderAndCheck(robot, list);
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        waitUntil(() -> "1 baris: 0 siap diimpor, 0 duplikat, 1 salah".equals(counts.getText()));

        robot.doubleClickOn(robot.lookup("#problemsTable .fix-prompt").queryAs(javafx.scene.Node.class));
        robot.write("Wae Rii").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> "1 baris: 1 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText()));

        robot.clickOn("#runImport");
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText() != null && summary.getText().startsWith("Selesai: 1 peserta diimpor"));
        assertThat(ui.services().register().page(id.payung.domain.RegisterFilter.all(), new id.payung.domain.RegisterSort(
                id.payung.domain.RegisterSort.Column.NAME, true), null, 10).rows().get(0).kecamatanName()).isEqualTo("Wae Rii");
    }
}
