package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 20 at 1366 × 768 (the window takes the screen less a task bar and its title bar): a village list whose 7
 * columns Payung all recognised left the problem list 4 rows under them. The column meanings fold to their title
 * line, which says what each column was read as, so the problem list shows 10 rows and more; a column not
 * recognised keeps them open, that column's row in sight.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowProblemRoomWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-room").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    }).size(1366, 700);

    /** A kelurahan's list of 20 people whose NIKs Excel cut to 15 digits: 20 problems; {@code header} its columns. */
    private Path list(String header) throws Exception {
        StringBuilder csv = new StringBuilder("DAFTAR PEKERJA RENTAN KELURAHAN MATA AIR KECAMATAN REOK,,,,,,\n,,,,,,\n")
                .append(header).append('\n');
        for (int i = 1; i <= 20; i++) {
            csv.append(i).append(",").append(TestData.name("Warga Mata Air", i)).append(",53101112038500").append(i % 10)
                    .append(",\"Reo, 12-03-1985\",Lk,Nelayan,Kel. Mata Air\n");
        }
        return Files.writeString(ui.dir().resolve("Daftar Kel Mata Air 2026.csv"), csv.toString());
    }

    private void check(FxRobot robot, Path list) throws Exception {
        // The stage is the toolkit's one, left by the previous test as it was: at the scene's size again.
        robot.interact(() -> {
            ui.stage().setMaximized(false);
            ui.stage().setWidth(1366);
            ui.stage().setHeight(700);
        });
        waitUntil(() -> ui.stage().getScene().getHeight() == 700 && ui.stage().getScene().getWidth() == 1366);
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("APBDES-MGR")).findFirst()
                    .orElseThrow());
            model.fileProperty().set(list);
            model.check();
        });
        waitUntil(() -> model.checkedProperty().get() != null && !model.runningProperty().get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The rows of {@code table} whole inside its visible part, below its header. */
    private static long rowsInSight(FxRobot robot, String table) {
        TableView<?> view = robot.lookup(table).queryTableView();
        Bounds shown = view.localToScene(view.getBoundsInLocal());
        return robot.lookup(table + " .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() != null && r.isVisible() && r.getScene() != null && r.isVisible())
                .map(r -> r.localToScene(r.getBoundsInLocal()))
                .filter(b -> b.getMinY() >= shown.getMinY() - 0.5 && b.getMaxY() <= shown.getMaxY() + 0.5).count();
    }

    @Test
    void everyColumnRecognisedFoldsTheMeaningsAndTheProblemListShowsTenRows(FxRobot robot) throws Exception {
        check(robot, list("NO,NAMA LENGKAP,NIK,TEMPAT/TGL LAHIR,JENIS KELAMIN,PEKERJAAN,ALAMAT"));
        assertThat(model.problems()).hasSizeGreaterThanOrEqualTo(20);
        Shots.save(robot, ui.stage().getScene(), "import-room-1366");
        assertThat(rowsInSight(robot, "#problemsTable")).as("problem rows in sight at 1366 × 768")
                .isGreaterThanOrEqualTo(10);

        TitledPane meanings = robot.lookup("#mappingPane").queryAs(TitledPane.class);
        assertThat(meanings.isExpanded()).as("folded: every column recognised").isFalse();
        // Folded, its title still says what each column is read as, and that a click opens it.
        assertThat(robot.lookup("#mappingSummary").queryAs(Label.class).getText()).isEqualTo("semua 7 kolom dikenali: "
                + "No. urut · Nama · NIK · Tempat, tanggal lahir · Jenis kelamin · Pekerjaan · Alamat (klik untuk membuka)");

        // Opened with a click, all 7 columns show with their meanings (trial 19), the problem list giving way.
        robot.clickOn("#mappingPane .title");
        waitUntil(meanings::isExpanded);
        assertThat(rowsInSight(robot, "#mappingTable")).as("mapping rows in sight, opened").isEqualTo(7);
        assertThat(robot.lookup("#mappingSummary").queryAs(Label.class).getText()).doesNotContain("klik");
        // A new check of the same file (a correction typed) leaves it as the clerk put it.
        robot.interact(model::check);
        waitUntil(() -> !model.runningProperty().get());
        assertThat(meanings.isExpanded()).isTrue();
    }

    @Test
    void aColumnNotRecognisedKeepsTheMeaningsOpenWithThatColumnInSight(FxRobot robot) throws Exception {
        check(robot, list("NO,NAMA LENGKAP,NIK,TEMPAT/TGL LAHIR,JENIS KELAMIN,PEKERJAAN,DUSUN"));
        Shots.save(robot, ui.stage().getScene(), "import-room-unknown-1366");

        TitledPane meanings = robot.lookup("#mappingPane").queryAs(TitledPane.class);
        assertThat(meanings.isExpanded()).as("open: DUSUN is not recognised").isTrue();
        Label summary = robot.lookup("#mappingSummary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("1 kolom tidak dikenali, diabaikan: DUSUN. Pilih artinya di bawah bila "
                + "kolom itu perlu diimpor.");
        assertThat(summary.getStyleClass()).contains("form-warning");
        TableView<?> mapping = robot.lookup("#mappingTable").queryTableView();
        Bounds shown = mapping.localToScene(mapping.getBoundsInLocal());
        TableRow<?> dusun = robot.lookup("#mappingTable .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof ImportViewModel.MappingRow m && m.header().equals("DUSUN"))
                .findFirst().orElseThrow();
        assertThat(dusun.localToScene(dusun.getBoundsInLocal()).getMaxY()).as("DUSUN's row in sight")
                .isLessThanOrEqualTo(shown.getMaxY() + 0.5);
        assertThat(rowsInSight(robot, "#problemsTable")).as("the problem list still has rows").isGreaterThanOrEqualTo(2);

        // The clerk gives it a meaning: the title says every column is read, and the pane stays open.
        robot.interact(() -> model.mapping().stream().filter(m -> m.header().equals("DUSUN")).findFirst().orElseThrow()
                .column().set(id.payung.service.importing.Column.ADDRESS));
        assertThat(summary.getText()).startsWith("semua 7 kolom dikenali: ");
        assertThat(meanings.isExpanded()).isTrue();
    }
}
