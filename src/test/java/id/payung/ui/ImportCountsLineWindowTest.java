package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 24 at 1366 × 768: the line over the problem list read "Masalah per ...   2.000 baris: 1.970 siap diimpor, 30
 * duplikat, 0 ..." while a 2.000-row list was checked, and "0 sa..." after its import. The title and the counts read
 * whole at 1280 and 1366 wide, with the key hints still shown.
 */
@ExtendWith(ApplicationExtension.class)
class ImportCountsLineWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-counts").on(ImportScreen::withManggarai)
            .showing(ui -> {
                model = ImportScreen.model(ui);
                return ImportScreen.load(model);
            }).size(1280, 720);

    @Test
    void theTitleAndTheCountsOfALongListReadWholeAtLaptopWidths(FxRobot robot) throws Exception {
        // 2.000 rows: 30 of them a NIK given twice, 12 a NIK of 15 digits.
        StringBuilder csv = new StringBuilder("NIK;Nama;Tanggal Lahir;Kecamatan\n");
        for (int i = 0; i < 2000; i++) {
            int n = i >= 1958 ? i - 1958 : i; // rows 1958..1987 repeat rows 0..29
            String nik = String.format("5310011204%02d%04d", 60 + n % 40, n + 1);
            if (i >= 1988) {
                nik = nik.substring(1);
            }
            csv.append(nik).append(";Peserta ").append(letters(n)).append(";12-04-19").append(60 + n % 40)
                    .append(";Wae Rii\n");
        }
        Path list = Files.writeString(ui.dir().resolve("daftar panjang 2026.csv"), csv.toString());
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("MANDIRI")).findFirst()
                    .orElseThrow());
            model.fileProperty().set(list);
            model.check();
        });
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        waitUntil(() -> counts.getText() != null && counts.getText().startsWith("2.000 baris:")
                && !model.runningProperty().get());
        assertThat(counts.getText()).contains("siap diimpor").contains("duplikat").contains("salah");
        Label title = robot.lookup(l -> l instanceof Label t && "Masalah per baris".equals(t.getText()))
                .queryAs(Label.class);
        Label keys = robot.lookup("#importProblemKeys").queryAs(Label.class);

        assertWhole(robot, 1280, 720, "import-counts-1280", title, counts, keys);
        assertWhole(robot, 1366, 700, "import-counts-1366", title, counts, keys);

        robot.clickOn("#skipInvalid");
        robot.clickOn("#runImport");
        waitUntil(() -> model.importedProperty().get() != null && model.importedProperty().get().written());
        waitUntil(() -> counts.getText().contains(" diimpor,") && !counts.getText().contains("siap"));
        assertWhole(robot, 1366, 700, "import-counts-1366-done", title, counts, keys);
        assertWhole(robot, 1280, 720, "import-counts-1280-done", title, counts, keys);
    }

    private void assertWhole(FxRobot robot, double width, double height, String shot, Label... labels) throws Exception {
        robot.interact(() -> {
            ui.stage().setWidth(width);
            ui.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ui.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        Shots.save(robot, ui.stage().getScene(), shot);
        double sceneWidth = ui.stage().getScene().getWidth();
        for (Label l : labels) {
            assertThat(l.isVisible()).as(l.getText() + " shown").isTrue();
            assertThat(shown(l)).as("whole at " + width + " wide").isEqualTo(l.getText());
            Bounds b = l.localToScene(l.getBoundsInLocal());
            assertThat(b.getMaxX()).as(l.getText() + " inside the window").isLessThanOrEqualTo(sceneWidth + 0.5);
            assertThat(l.getHeight()).as(l.getText() + " as high as its lines")
                    .isGreaterThanOrEqualTo(l.prefHeight(l.getWidth()) - 0.5);
        }
        Node table = robot.lookup("#problemsTable").query();
        assertThat(table.getLayoutBounds().getHeight()).as("the problem list keeps its room").isGreaterThan(150);
    }

    /** A name's word for a number: "Aab", "Aac" … (a name with digits is a wrong row). */
    private static String letters(int n) {
        return "A" + (char) ('a' + n / 676 % 26) + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26);
    }

    /** The text a label draws: ending in "…" where it is cut. */
    private static String shown(Labeled label) {
        return LaptopTextsWindowTest.onFx(() -> {
            Text text = (Text) label.lookup(".text");
            return text == null ? label.getText() : text.getText();
        });
    }
}
