package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestRegions;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 19 at 1366 × 768 (the window takes the screen less a task bar and its title bar): the Sumber dana box shows
 * the funder's whole name ("APBDes / ADD desa se-Kab…" was cut), and "Arti kolom" opened shows all 7 columns of a village's
 * list without scrolling (it showed 4); with the desa the title names said beside its field.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowLaptopReadableWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-readable").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    }).size(1366, 700);

    @Test
    @SuppressWarnings("unchecked")
    void theFundersWholeNameAndAllSevenColumnsShowAtLaptopSize(FxRobot robot) throws Exception {
        Path list = TestRegions.resource("village/Daftar Kel Mata Air.csv", ui.dir());
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("APBDES-MGR")).findFirst()
                    .orElseThrow());
            model.fileProperty().set(list);
            model.check();
        });
        TableView<?> mapping = robot.lookup("#mappingTable").queryTableView();
        waitUntil(() -> mapping.getItems().size() == 7 && !model.runningProperty().get());
        waitUntil(() -> "Mata Air".equals(model.desaProperty().get()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Shots.save(robot, ui.stage().getScene(), "import-1366");

        // The box's button shows the chosen funder whole: its text is not cut with "…".
        ComboBox<?> funder = robot.lookup("#importFunder").queryAs(ComboBox.class);
        javafx.scene.control.ListCell<?> shown = funder.getButtonCell();
        String name = "APBDes / ADD desa se-Kabupaten Manggarai";
        assertThat(shown.getText()).isEqualTo(name);
        javafx.scene.text.Text text = (javafx.scene.text.Text) shown.lookup(".text");
        assertThat(text.getText()).as("not cut").isEqualTo(name);

        // Every one of the 7 columns' rows inside the table's visible rows once opened (trial 20: folded when every
        // column is recognised): no scrolling needed.
        robot.clickOn("#mappingPane .title");
        waitUntil(() -> robot.lookup("#mappingPane").queryAs(javafx.scene.control.TitledPane.class).isExpanded());
        var rows = robot.lookup("#mappingTable .table-row-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(r -> r.getItem() != null && r.isVisible()).toList();
        javafx.geometry.Bounds table = mapping.localToScene(mapping.getBoundsInLocal());
        long inside = rows.stream().filter(r -> r.localToScene(r.getBoundsInLocal()).getMaxY() <= table.getMaxY() + 0.5)
                .count();
        assertThat(inside).as("mapping rows visible without scrolling").isEqualTo(7);
        assertThat(robot.lookup("#importDesaSource").queryAs(Label.class).getText()).contains("Mata Air");
    }

    /**
     * Trial 19: rows that would go in with no desa are said before Impor (a warning, Impor stays enabled); the same
     * file chosen again offers what its import was given, taken by the button.
     */
    @Test
    void rowsWithoutDesaAreSaidAndTheSameFileAgainOffersItsSettings(FxRobot robot) throws Exception {
        Path list = java.nio.file.Files.writeString(ui.dir().resolve("daftar reok 2026.csv"),
                "DAFTAR PEKERJA RENTAN KECAMATAN REOK;;\n;;\nNo;NIK;Nama\n1;5310111203850031;Yohanes Nggarang\n"
                        + "2;5310115503860032;Maria Sanjaya\n");
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("APBDES-MGR")).findFirst()
                    .orElseThrow());
            model.fileProperty().set(list);
            model.check();
        });
        Label noDesa = robot.lookup("#importRowsWithoutDesa").queryAs(Label.class);
        waitUntil(() -> noDesa.isVisible());
        assertThat(noDesa.getText()).startsWith("2 baris akan diimpor tanpa desa/kelurahan");
        Shots.save(robot, ui.stage().getScene(), "import-1366-no-desa");
        assertThat(robot.lookup("#runImport").queryButton().isDisabled()).as("a warning, not a refusal").isFalse();
        robot.clickOn("#importDesa").write("Mata Air");
        waitUntil(() -> !noDesa.isVisible());

        robot.clickOn("#runImport");
        waitUntil(() -> model.importedProperty().get() != null && model.importedProperty().get().written());
        robot.interact(() -> {
            model.choose(list);
            model.check();
        });
        javafx.scene.Node standing = robot.lookup("#importStanding").query();
        waitUntil(standing::isVisible);
        Shots.save(robot, ui.stage().getScene(), "import-1366-same-file");
        assertThat(robot.lookup("#importStandingText").queryAs(Label.class).getText()).isEqualTo("Impor #"
                + model.standingImportProperty().get().id() + " berkas ini memakai: sumber dana APBDes / ADD desa "
                + "se-Kabupaten Manggarai, Mulai 01/2026, 12 bulan, Kec. Reok, Desa/Kel. Mata Air.");
        robot.clickOn("#applyStanding");
        waitUntil(() -> !standing.isVisible());
        assertThat(model.funderProperty().get().code()).isEqualTo("APBDES-MGR");
        assertThat(model.desaProperty().get()).isEqualTo("Mata Air");
    }
}
