package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.service.TestData;
import id.payung.service.TestRegions;
import id.payung.service.importing.RowProblem;
import id.payung.ui.enrollments.KeptMemory;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trial 21c: a clerk correcting hundreds of rows of village lists in the import window at 1366 × 768 found it slow.
 * F8 / Shift+F8 go to the next / previous problem with its cell to correct focused (Enter types); a correction keeps
 * the clerk's place (the list neither scrolls nor jumps to another row: the corrected entry stays, ready, and the next
 * problem below it is chosen); a chosen file puts the focus on the empty Sumber dana; the funder of the last list imported is
 * offered for the next, said as kept; Alt+I is Impor.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFixFlowWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("id/payung/test-fixflow-" + System.nanoTime());
    private ImportViewModel model;
    /** The file "Pilih berkas…" is answered with. */
    private Path chosen;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-fixflow").on(ImportScreen::withManggarai).showing(ui -> {
        model = ImportScreen.model(ui);
        model.setFunderMemory(KeptMemory.of(prefs, ui.dir().resolve("payung.db").toString()));
        return ImportScreen.load(model, (chooser, owner) -> chosen.toFile());
    }).size(1366, 700);

    @AfterEach
    void forget() throws BackingStoreException {
        prefs.removeNode();
    }

    /** A kelurahan's list of {@code n} people whose NIKs Excel cut to 15 digits: a problem each. */
    private Path cutNiks(int n) throws Exception {
        return cutNiks(n, false);
    }

    /** As {@link #cutNiks(int)}, the first row's NIK ({@code proposed}) a registered worker's that Excel destroyed. */
    private Path cutNiks(int n, boolean proposed) throws Exception {
        StringBuilder csv = new StringBuilder("DAFTAR PEKERJA RENTAN KELURAHAN MATA AIR KECAMATAN REOK,,,,,,\n,,,,,,\n")
                .append("NO,NAMA LENGKAP,NIK,TEMPAT/TGL LAHIR,JENIS KELAMIN,PEKERJAAN,ALAMAT\n");
        for (int i = 1; i <= n; i++) {
            if (i == 1 && proposed) {
                // A registered worker's NIK Excel destroyed: its owner's NIK is proposed (the list's first proposal).
                csv.append("1,Warga Lama,\"5,31011E+15\",\"Reo, 12-03-1985\",Lk,Nelayan,Kel. Mata Air\n");
                continue;
            }
            csv.append(i).append(",").append(TestData.name("Warga Mata Air", i)).append(",53101112038500").append(i % 10)
                    .append(",\"Reo, 12-03-1985\",Lk,Nelayan,Kel. Mata Air\n");
        }
        return Files.writeString(ui.dir().resolve("Daftar Kel Mata Air 2026.csv"), csv.toString());
    }

    private void sized(FxRobot robot) {
        robot.interact(() -> {
            ui.stage().setMaximized(false);
            ui.stage().setWidth(1366);
            ui.stage().setHeight(700);
        });
        waitUntil(() -> ui.stage().getScene().getHeight() == 700 && ui.stage().getScene().getWidth() == 1366);
        waitUntil(() -> !model.funders().isEmpty());
    }

    private void checkWith(FxRobot robot, String funder, Path list) {
        sized(robot);
        robot.interact(() -> {
            model.funderProperty().set(ImportScreen.funder(model, funder));
            model.fileProperty().set(list);
            model.check();
        });
        waitUntil(() -> model.checkedProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<RowProblem> problems(FxRobot robot) {
        return robot.lookup("#problemsTable").queryAs(TableView.class);
    }

    private static String focusedColumn(TableView<RowProblem> table) {
        var at = table.getFocusModel().getFocusedCell();
        return at == null || at.getTableColumn() == null ? null : at.getTableColumn().getText();
    }

    @Test
    void f8AndShiftF8GoThroughTheProblemsWithTheCellToCorrectFocused(FxRobot robot) throws Exception {
        checkWith(robot, "APBDES-MGR", cutNiks(20));
        TableView<RowProblem> table = problems(robot);
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(20);
        robot.interact(() -> robot.lookup("#chooseImportFile").queryButton().requestFocus());

        robot.type(KeyCode.F8);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
        assertThat(table.isFocused()).isTrue();
        assertThat(focusedColumn(table)).isEqualTo("Perbaikan");
        robot.type(KeyCode.F8);
        robot.type(KeyCode.F8);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 2);
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 1);
        assertThat(focusedColumn(table)).isEqualTo("Perbaikan");

        // Enter types the correction of the focused cell.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getEditingCell() != null);
        assertThat(table.getEditingCell().getRow()).isEqualTo(1);
        assertThat(table.getEditingCell().getTableColumn().getText()).isEqualTo("Perbaikan");
        // Said where the list is, in the window's words.
        assertThat(robot.lookup("#importProblemKeys").queryAs(Label.class).getText())
                .isEqualTo("F8 / Shift+F8: masalah berikutnya / sebelumnya · Enter: ketik perbaikannya");
    }

    @Test
    void aCorrectionKeepsTheListWhereItWasAndChoosesTheNextProblemInItsPlace(FxRobot robot) throws Exception {
        assertThat(ImportScreen.importEarlier(ui, "5310111203850099;Warga Lama;12/03/1985;Reok")).isEqualTo(1);
        checkWith(robot, "APBDES-MGR", cutNiks(30, true));
        TableView<RowProblem> table = problems(robot);
        Label counts = robot.lookup("#importCounts").queryAs(Label.class);
        assertThat(counts.getText()).isEqualTo("30 baris: 0 siap diimpor, 0 duplikat, 30 salah");
        assertThat(model.proposedValue(table.getItems().get(0))).as("a proposal above").isPresent();
        // The clerk has worked down to the 15th problem, the list scrolled to show the 11th at its top.
        robot.interact(() -> {
            table.scrollTo(10);
            table.getSelectionModel().clearAndSelect(14);
            table.getFocusModel().focus(14, table.getColumns().stream().filter(c -> c.getText().equals("Perbaikan"))
                    .findFirst().orElseThrow());
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        int top = flow.getFirstVisibleCell().getIndex();
        assertThat(top).as("scrolled down the list").isGreaterThan(5);
        RowProblem corrected = table.getItems().get(14);
        RowProblem next = table.getItems().get(15);

        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getEditingCell() != null);
        robot.write("5310111203850098").type(KeyCode.ENTER);
        waitUntil(() -> "30 baris: 1 siap diimpor, 0 duplikat, 29 salah".equals(counts.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        // The corrected entry stays in its place, ready (ImportReadyEntriesWindowTest): nothing below it moves.
        assertThat(table.getItems().get(14)).isEqualTo(corrected);
        assertThat(model.isReady(corrected)).isTrue();
        assertThat(flow.getFirstVisibleCell().getIndex()).as("the list did not scroll").isEqualTo(top);
        assertThat(table.getSelectionModel().getSelectedItem()).as("the next problem, where it stood").isEqualTo(next);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(15);
        assertThat(focusedColumn(table)).isEqualTo("Perbaikan");
        assertThat(table.isFocused()).isTrue();
    }

    @Test
    void aChosenFileWithoutAFunderPutsTheFocusOnSumberDana(FxRobot robot) throws Exception {
        sized(robot);
        chosen = TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", ui.dir());
        Button choose = robot.lookup("#chooseImportFile").queryButton();
        Platform.runLater(choose::fire);
        waitUntil(() -> model.fileProperty().get() != null && !model.runningProperty().get()
                && !model.mapping().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<FundingSource> funder = robot.lookup("#importFunder").queryAs(ComboBox.class);
        waitUntil(funder::isFocused);
        assertThat(funder.getValue()).isNull();
    }

    @Test
    void theLastListsFunderIsOfferedForTheNextSaidAsKept(FxRobot robot) throws Exception {
        checkWith(robot, "APBD-PROV-NTT", TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", ui.dir()));
        robot.clickOn("#runImport");
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText() != null && summary.getText().startsWith("Selesai: 6 peserta diimpor"));

        // The next village's list: its title names no funder.
        Path next = ui.dir().resolve("daftar desa berikut 2026.csv");
        Files.writeString(next, "NIK;Nama;Tgl Lahir;Desa\n5310010101900011;Stefanus Jehaut;01-01-1990;Ndehes\n");
        chosen = next;
        Platform.runLater(robot.lookup("#chooseImportFile").queryButton()::fire);
        waitUntil(() -> next.equals(model.fileProperty().get()) && model.checkedProperty().get() != null
                && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        FundingSource ntt = ImportScreen.funder(model, "APBD-PROV-NTT");
        assertThat(model.funderProperty().get()).isEqualTo(ntt);
        Label source = robot.lookup("#importFunderSource").queryAs(Label.class);
        assertThat(source.isVisible()).as("said before Impor").isTrue();
        assertThat(source.getText()).isEqualTo("Diambil dari impor terakhir: " + ntt.name()
                + ". Periksa sebelum Impor; pilih yang lain bila daftar ini dibiayai sumber lain.");

        // The clerk's own choice is theirs: no longer said as kept.
        robot.interact(() -> model.funderProperty().set(ImportScreen.funder(model, "MANDIRI")));
        assertThat(source.isVisible()).isFalse();
    }

    @Test
    void aListNumberingItsRowsShowsItsNoBesideBaris(FxRobot robot) throws Exception {
        checkWith(robot, "APBDES-MGR", cutNiks(20));
        TableView<RowProblem> table = problems(robot);
        var no = table.getColumns().stream().filter(c -> c.getText().equals("No.")).findFirst().orElseThrow();
        var line = table.getColumns().stream().filter(c -> c.getText().equals("Baris")).findFirst().orElseThrow();
        assertThat(no.isVisible()).isTrue();
        assertThat(table.getColumns().indexOf(no)).as("beside Baris").isEqualTo(table.getColumns().indexOf(line) + 1);
        // Two title lines and the header above: the village's number 1 is the file's line 4, its 14 line 17.
        RowProblem fourteenth = table.getItems().stream().filter(p -> p.row() == 17).findFirst().orElseThrow();
        assertThat(no.getCellData(fourteenth)).isEqualTo("14");
        assertThat(line.getCellData(fourteenth)).isEqualTo(17);
        Shots.save(robot, ui.stage().getScene(), "import-list-no-1366");

        // A list without a No column: none shown.
        Path plain = ui.dir().resolve("tanpa-nomor-2026.csv");
        Files.writeString(plain, "NIK;Nama;Tgl Lahir;Desa\n531001010190001;Stefanus Jehaut;01-01-1990;Ndehes\n");
        robot.interact(() -> {
            model.fileProperty().set(plain);
            model.funderProperty().set(ImportScreen.funder(model, "APBDES-MGR"));
            model.check();
        });
        waitUntil(() -> model.checkedProperty().get() != null && !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty();
        assertThat(no.isVisible()).isFalse();
    }

    @Test
    void altIIsImpor(FxRobot robot) throws Exception {
        checkWith(robot, "APBD-PROV-NTT", TestRegions.resource("village/daftar-desa-tanpa-kecamatan.csv", ui.dir()));
        Button run = robot.lookup("#runImport").queryButton();
        assertThat(run.isMnemonicParsing()).isTrue();
        assertThat(run.getText()).isEqualTo("_Impor");
        robot.interact(() -> robot.lookup("#chooseImportFile").queryButton().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);
        Label summary = robot.lookup("#importSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText() != null && summary.getText().startsWith("Selesai: 6 peserta diimpor"));
    }
}
