package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestRegions;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import window as a clerk at a 1366 × 768 laptop met it (new-user trial 13): the result line and the buttons
 * inside the window however many lines the settings say; the window maximized again after "Pilih berkas" (Linux
 * window managers un-maximize the owner of a modal dialog; played here by the dialog); NIKs masked in the problem
 * sentence and the correction too; the heading after an import says what it did; a signature line's column says
 * it is no participant.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowLaptopWindowTest {
    private ImportViewModel model;
    private final HeldTasks held = new HeldTasks();
    /** The file "Pilih berkas" answers with; the dialog un-maximizes its owner as Openbox did. */
    private Path toChoose;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-laptop").on(ImportScreen::withManggarai)
            .showing(ui -> {
                held.delegate = ui.tasks();
                model = ImportScreen.model(ui, held);
                return ImportScreen.load(model, (chooser, owner) -> {
                    ((Stage) owner).setMaximized(false);
                    return toChoose == null ? null : toChoose.toFile();
                });
            }).size(1000, 680); // the window as it opened at 1366 × 768, less a task bar

    @Test
    void atLaptopHeightTheResultLineAndButtonsStayInsideAndTheWindowStaysMaximized(FxRobot robot) throws Exception {
        toChoose = Files.writeString(ui.dir().resolve("Daftar 2025-2026.csv"), "DAFTAR PEKERJA RENTAN DESA LALONG;;;\n"
                + "KECAMATAN WAE RII;;;\n;;;\nNo;NIK;Nama;Desa\n1;5310015204850001;Maria Jelita;Lalong\n"
                + "2;5.31001E+15;Agus Jehamat;Lalong\n3;5310011205850002;Yohanes Jehadu;Lalong\n");
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> ui.stage().setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        boolean canMaximize = ui.stage().isMaximized();

        robot.clickOn("#chooseImportFile");
        waitUntil(() -> model.fileProblemProperty().get() != null);
        if (canMaximize) {
            assertThat(ui.stage().isMaximized()).as("maximized again after the file dialog").isTrue();
        }
        robot.interact(() -> {
            ui.stage().setMaximized(false);
            ui.stage().setWidth(1000);
            ui.stage().setHeight(680);
        });
        robot.interact(() -> model.funderProperty().set(model.funders().stream()
                .filter(f -> f.code().equals("APBDES-MGR")).findFirst().orElseThrow()));
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        waitUntil(() -> "3 baris: 2 siap diimpor, 0 duplikat, 1 salah".equals(counts.getText()));
        assertThat(robot.lookup("#importYearsInDoubt").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#importKecamatanSource").queryAs(Label.class).getText()).contains("Wae Rii");

        robot.clickOn("#skipInvalid");
        robot.clickOn("#runImport");
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText() != null && summary.getText().startsWith("Selesai: 2 peserta diimpor"));

        double sceneHeight = ui.stage().getScene().getHeight();
        for (String id : List.of("#importSummary", "#runImport", "#closeImport", "#skipInvalid")) {
            Node node = robot.lookup(id).query();
            Bounds b = node.localToScene(node.getBoundsInLocal());
            assertThat(b.getMaxY()).as(id + " inside the window").isLessThanOrEqualTo(sceneHeight + 0.5);
        }
        assertThat(summary.getHeight()).as("the result line whole").isGreaterThanOrEqualTo(summary.prefHeight(summary.getWidth()) - 0.5);

        // Not offered again as it is: a second press found only duplicates (new-user trial). A setting changed (the
        // skip untick and ticked again) offers it; wrong rows still skipped: nothing new, not "tick Skip wrong rows".
        Button run = robot.lookup("#runImport").queryAs(Button.class);
        assertThat(run.isDisabled()).as("after a finished import").isTrue();
        robot.clickOn("#skipInvalid");
        robot.clickOn("#skipInvalid");
        assertThat(run.isDisabled()).isFalse();
        robot.clickOn("#runImport");
        waitUntil(() -> summary.getText().startsWith("Tidak ada yang baru"));
        assertThat(summary.getText()).isEqualTo(
                "Tidak ada yang baru: 2 baris sudah terdaftar, 1 baris salah dilewati. Tidak ada yang disimpan.");
    }

    @Test
    void niksMaskedEverywhereCountsAfterAnImportAndSignatureLines(FxRobot robot) throws Exception {
        Path list = Files.writeString(ui.dir().resolve("desa 2026.csv"), "NIK;Nama;Tanggal Lahir;Kecamatan\n"
                + "5.31001E+15;Agus;01-01-1990;Ruteng\n5310015204850001;Maria;12-04-1985;Ruteng\n"
                + ";;Ruteng, 12 Januari 2026;\n;;Mengetahui,;\n;Kepala Desa Cumbi;;\n");
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("MANDIRI")).findFirst()
                    .orElseThrow());
            model.fileProperty().set(list);
            model.check();
        });
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        waitUntil(() -> "2 baris: 1 siap diimpor, 0 duplikat, 1 salah".equals(counts.getText()));

        List<String> reasons = cells(robot, "Masalah");
        // Excel's damage as the file has it, so the clerk finds the row in the village's sheet (it read
        // "*********** adalah NIK yang dirusak Excel"); the value column likewise.
        assertThat(reasons.get(0)).startsWith("5.31001E+15 adalah NIK yang dirusak Excel");
        assertThat(cells(robot, "Nilai")).contains("5.31001E+15");
        assertThat(cells(robot, "Kolom")).as("signature lines: not the column their words stand in")
                .containsExactly("NIK", "(bukan peserta)", "(bukan peserta)", "(bukan peserta)");

        // The correction typed is masked in its cell also while the check with it still runs.
        held.hold = true;
        robot.doubleClickOn(robot.lookup("#problemsTable .fix-prompt").queryAs(Node.class));
        robot.write("5310010101900004").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cells(robot, "Perbaikan")).as("while checking").noneMatch(t -> t.contains("5310010101900004"))
                .contains("531001********04");
        robot.interact(held::release);
        waitUntil(() -> "2 baris: 2 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText()));

        robot.clickOn("#runImport");
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText() != null && summary.getText().startsWith("Selesai: 2 peserta diimpor"));
        assertThat(counts.getText()).isEqualTo("2 baris: 2 diimpor, 0 duplikat, 0 salah");

        // Again once a setting changed (Impor is off after a finished import): nothing new, and the heading says so
        // (it said "2 siap diimpor").
        assertThat(robot.lookup("#runImport").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#skipInvalid");
        robot.clickOn("#skipInvalid");
        robot.clickOn("#runImport");
        waitUntil(() -> summary.getText().startsWith("Tidak ada yang baru"));
        assertThat(counts.getText()).isEqualTo("2 baris: 0 diimpor, 2 duplikat, 0 salah");
    }

    /**
     * A village's list as a new user met it: the funder its title names is in the box with where it came from said
     * under it; the saved problem list's "Tersimpan: …" goes when the next file is chosen.
     */
    @Test
    void theTitlesFunderIsProposedAndSaidAndASavedListsLineGoesWithTheFile(FxRobot robot) throws Exception {
        toChoose = TestRegions.resource("village/DAFTAR PESERTA DESA NDEHES.csv", ui.dir());
        waitUntil(() -> !model.funders().isEmpty());
        robot.clickOn("#chooseImportFile");
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        waitUntil(() -> "4 baris: 2 siap diimpor, 0 duplikat, 2 salah".equals(counts.getText()));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<id.payung.domain.FundingSource> funder =
                robot.lookup("#importFunder").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(funder.getValue().code()).isEqualTo("APBDES-MGR");
        Label source = robot.lookup("#importFunderSource").queryAs(Label.class);
        assertThat(source.isVisible()).isTrue();
        assertThat(source.getText()).isEqualTo("Diusulkan dari judul berkas: SUMBER DANA: APBDes NDEHES");

        Path saved = ui.dir().resolve("masalah-impor.xlsx");
        robot.interact(() -> model.saveProblems(saved, List.of("Baris", "Nama", "Kolom", "Nilai", "Masalah"),
                p -> p.problem().code(), path -> { }));
        Label line = robot.lookup("#templateLabel").queryAs(Label.class);
        waitUntil(() -> ("Tersimpan: " + saved).equals(line.getText()));

        toChoose = Files.writeString(ui.dir().resolve("lalong.csv"), "NIK;Nama;Desa\n5310011205850002;Yohanes;Lalong\n");
        robot.clickOn("#chooseImportFile");
        waitUntil(() -> model.fileProblemProperty().get() != null);
        assertThat(line.getText()).as("the previous file's list").isEmpty();
        assertThat(source.isVisible()).as("this file names no funder").isFalse();
        assertThat(funder.getValue()).isNull();
    }

    /**
     * The problem sentences read whole at the laptop's width (trial 15: "… dan simpan kolom NIK di Excel sebagai
     * Teks." ended in "…"): every shown problem cell shows its whole text, inside the cell (its row grown to it).
     */
    @Test
    void theProblemSentencesAreShownWholeAtLaptopWidth(FxRobot robot) throws Exception {
        Path list = Files.writeString(ui.dir().resolve("lalong 2026.csv"), "NIK;Nama;Tanggal Lahir;Kecamatan\n"
                + "5.31001E+15;Agus Jehamat;01-01-1990;Wae Rii\n531001520485001;Maria Jelita;12-04-1985;Wae Rii\n"
                + ";;Lalong, 12 Januari 2026;\n");
        waitUntil(() -> !model.funders().isEmpty());
        robot.interact(() -> {
            model.funderProperty().set(model.funders().stream().filter(f -> f.code().equals("MANDIRI")).findFirst()
                    .orElseThrow());
            model.fileProperty().set(list);
            model.check();
        });
        waitUntil(() -> cells(robot, "Masalah").size() >= 3);
        robot.interact(() -> ui.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();

        List<TableCell<?, ?>> shown = robot.lookup("#problemsTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "Masalah".equals(c.getTableColumn().getText()) && c.isVisible() && c.getText() != null
                        && !c.getText().isEmpty() && c.getTableRow() != null && c.getTableRow().getItem() != null)
                .<TableCell<?, ?>>map(c -> c).toList();
        assertThat(shown).extracting(TableCell::getText).as("a long sentence among them")
                .anyMatch(t -> t.startsWith("5.31001E+15 adalah NIK yang dirusak Excel") && t.endsWith("sebagai Teks."));
        for (TableCell<?, ?> cell : shown) {
            List<javafx.scene.text.Text> texts = visibleTexts(cell);
            assertThat(texts.stream().map(javafx.scene.text.Text::getText).reduce("", String::concat))
                    .as("shown whole, not cut with …").isEqualTo(cell.getText());
            for (javafx.scene.text.Text t : texts) {
                Bounds b = cell.sceneToLocal(t.localToScene(t.getLayoutBounds()));
                assertThat(b.getMaxY()).as("inside its cell: " + cell.getText()).isLessThanOrEqualTo(cell.getHeight() + 0.5);
                assertThat(b.getMaxX()).as("inside its cell: " + cell.getText()).isLessThanOrEqualTo(cell.getWidth() + 0.5);
            }
        }
    }

    /** The text nodes a cell draws (its label's, or a graphic's). */
    private static List<javafx.scene.text.Text> visibleTexts(javafx.scene.Parent parent) {
        List<javafx.scene.text.Text> out = new ArrayList<>();
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof javafx.scene.text.Text t) {
                out.add(t);
            } else if (n instanceof javafx.scene.Parent p) {
                out.addAll(visibleTexts(p));
            }
        }
        return out;
    }

    /** The texts of the problem table's cells under a column header, top to bottom. */
    private static List<String> cells(FxRobot robot, String header) {
        return robot.lookup("#problemsTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> header.equals(c.getTableColumn().getText()) && c.getText() != null && !c.getText().isEmpty()
                        && c.getTableRow() != null && c.getTableRow().getItem() != null)
                .sorted(java.util.Comparator.comparingInt(TableCell::getIndex)).map(TableCell::getText).toList();
    }

    /** The window's task runner, holding the tasks started while {@code hold} until released. */
    private static final class HeldTasks implements TaskExecutor {
        TaskExecutor delegate;
        boolean hold;
        private final List<BackgroundTask<?>> waiting = new ArrayList<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            if (hold) {
                waiting.add(task);
            } else {
                delegate.execute(task);
            }
        }

        void release() {
            hold = false;
            waiting.forEach(delegate::execute);
            waiting.clear();
        }

        @Override
        public void onFx(Runnable update) {
            delegate.onFx(update);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return delegate.busyProperty();
        }

        @Override
        public ReadOnlyObjectProperty<BackgroundTask<?>> shownTaskProperty() {
            return delegate.shownTaskProperty();
        }

        @Override
        public boolean showsWaits(BackgroundTask<?> task) {
            return delegate.showsWaits(task);
        }
    }
}
