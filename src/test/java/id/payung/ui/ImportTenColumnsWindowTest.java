package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 21c: at 1366 × 768 a list of 10 recognised columns made the import window wider than the screen (the folded
 * "Arti kolom" line naming every column held the whole window to its width): Tutup and "Simpan templat kosong…" were
 * cut off. The line is cut with "…" instead; every button stays inside the window.
 */
@ExtendWith(ApplicationExtension.class)
class ImportTenColumnsWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-ten-columns").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    }).size(1250, 700);

    @Test
    void everyButtonStaysInsideTheWindowWithTenColumns(FxRobot robot) throws Exception {
        Path list = Files.writeString(ui.dir().resolve("susulan2026.csv"),
                "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Desa;Pekerjaan;Sumber Dana;Mulai;Jumlah Bulan\n"
                        + "5310010306600041;Kornelis Ndun;L;03/06/1960;Wae Rii;Satar Ngkeling;Pedagang;APBD-KAB-MGR;"
                        + "07/2026;6\n");
        robot.interact(() -> {
            model.fileProperty().set(list);
            model.check();
        });
        waitUntil(() -> model.mapping().size() == 10 && !model.runningProperty().get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TitledPane pane = robot.lookup("#mappingPane").query();
        assertThat(pane.isExpanded()).as("all ten recognised: folded").isFalse();

        double width = ui.stage().getScene().getWidth();
        for (String id : new String[] {"#closeImport", "#runImport", "#mappingPane"}) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            assertThat(b.getMaxX()).as(id + " inside the window").isLessThanOrEqualTo(width + 0.5);
        }
        // Every row has its own Mulai (07/2026): the field is said to be only for a blank cell, not "from the file's name".
        assertThat(robot.lookup("#importMonthSource").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Berkas punya kolom Mulai: tiap baris memakai bulan mulainya sendiri");
        javafx.scene.control.Labeled summary = robot.lookup("#mappingSummary").query();
        assertThat(summary.getTooltip().getText()).as("the whole line, for the pointer").contains("Jumlah bulan");
    }
}
