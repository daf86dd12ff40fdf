package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ImportBatch;
import id.payung.domain.RegisterFilter;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Undoing an import asks first, naming the file, its date and how many enrollments go, with Cancel the default;
 * afterwards the undone import stays chosen in the list (trial 11, M5).
 */
@ExtendWith(ApplicationExtension.class)
class UndoImportWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-undoimport").size(1000, 680).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    });

    /** The name of the person of {@code nik} in these lists: no digit in it (a KTP name holds none). */
    private static String orang(String nik) {
        return id.payung.service.TestData.name("Orang", Long.parseLong(nik.substring(12)));
    }

    private void importFile(String name, String... niks) throws Exception {
        StringBuilder text = new StringBuilder("NIK;Nama;Kecamatan;Sumber Dana\n");
        for (String nik : niks) {
            text.append(nik).append(";").append(orang(nik)).append(";Ruteng;Mandiri\n");
        }
        Path csv = ui.dir().resolve(name);
        Files.writeString(csv, text);
        ui.services().imports().importFile(csv, ImportOptions.defaults().withPeriod(YearMonth.of(2026, 1), 12), ImportService.Progress.NONE);
    }

    @Test
    void asksNamingFileDateAndCountCancelFirstAndKeepsTheRowChosen(FxRobot robot) throws Exception {
        importFile("desa-a.csv", "5310015204850001");
        importFile("desa-nenu.csv", "5310011205850002", "5310010101900004");
        importFile("desa-c.csv", "5310011507800002");
        robot.interact(model::load);
        robot.clickOn("Riwayat impor");
        TableView<ImportBatch> batches = robot.lookup("#batchesTable").queryTableView();
        waitUntil(() -> batches.getItems().size() == 3);
        int row = batches.getItems().stream().map(ImportBatch::fileName).toList().indexOf("desa-nenu.csv");
        assertThat(row).as("not the top row: the selection must not jump there").isPositive();
        // Each import's number, as the status line and the undo name it (trial 19b: two of one minute looked alike).
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<ImportBatch, String> number =
                (javafx.scene.control.TableColumn<ImportBatch, String>) batches.getColumns().get(0);
        assertThat(number.getText()).isEqualTo("Impor");
        assertThat(number.getCellData(row)).isEqualTo("#" + batches.getItems().get(row).id());
        ImportBatch nenu = batches.getItems().get(row);
        robot.interact(() -> batches.getSelectionModel().select(row));

        robot.clickOn("#undoImport");
        waitUntil(() -> robot.lookup("#undoImportQuestion").tryQuery().isPresent());
        DialogPane question = robot.lookup("#undoImportQuestion").queryAs(DialogPane.class);
        String stamp = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(nenu.importedAt().atZone(ZoneId.systemDefault()));
        assertThat(question.getHeaderText()).isEqualTo("Batalkan impor berkas desa-nenu.csv?");
        assertThat(question.getContentText()).contains("2 pendaftaran", "desa-nenu.csv", stamp);
        Button yes = robot.lookup("#undoImportYes").queryButton();
        Button no = robot.lookup("#undoImportNo").queryButton();
        assertThat(yes.getText()).isEqualTo("Hapus 2 pendaftaran");
        assertThat(no.getText()).isEqualTo("Batal");
        assertThat(no.isDefaultButton()).isTrue();
        assertThat(yes.isDefaultButton()).isFalse();

        // Enter, as a clerk presses it out of habit: Cancel, nothing undone.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#undoImportQuestion").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.services().register().counts(RegisterFilter.all()).total()).isEqualTo(4);
        assertThat(ui.services().imports().batches()).allMatch(b -> b.undoneAt() == null);

        robot.clickOn("#undoImport");
        waitUntil(() -> robot.lookup("#undoImportYes").tryQuery().isPresent());
        robot.clickOn("#undoImportYes");
        waitUntil(() -> batches.getItems().get(row).undoneAt() != null);
        assertThat(ui.services().register().counts(RegisterFilter.all()).total()).isEqualTo(2);
        assertThat(batches.getSelectionModel().getSelectedIndex()).as("the undone row stays chosen").isEqualTo(row);
        assertThat(batches.getSelectionModel().getSelectedItem().id()).isEqualTo(nenu.id());
        assertThat(robot.lookup("#undoImport").queryButton().isDisabled()).as("undone: nothing more to undo").isTrue();
    }

    /**
     * Trial 19, finding 5: the question says that an enrollment was changed after the import, by whom and when; the
     * list then says who undid the import.
     */
    @Test
    void namesTheChangesSinceTheImportAndWhoUndidIt(FxRobot robot) throws Exception {
        importFile("desa-lalong.csv", "5310015204850001", "5310011205850002");
        var row0 = ui.services().register().page(RegisterFilter.all(), new id.payung.domain.RegisterSort(
                id.payung.domain.RegisterSort.Column.NAME, true), null, 10).rows().get(0);
        var f = ui.services().enrollments().form(row0.id());
        ui.services().enrollments().update(row0.id(), new id.payung.domain.EnrollmentForm(f.nik(), f.fullName(), f.sex(),
                f.birthPlace(), f.birthDate(), "Dusun Lalong RT 01", f.regionCode(), f.occupationCode(), f.phone(), f.kpj(),
                f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), f.notes()));
        robot.interact(model::load);
        robot.clickOn("Riwayat impor");
        TableView<ImportBatch> batches = robot.lookup("#batchesTable").queryTableView();
        waitUntil(() -> batches.getItems().size() == 1);
        ImportBatch lalong = batches.getItems().get(0);
        robot.interact(() -> batches.getSelectionModel().select(0));

        robot.clickOn("#undoImport");
        waitUntil(() -> robot.lookup("#undoImportQuestion").tryQuery().isPresent());
        DialogPane question = robot.lookup("#undoImportQuestion").queryAs(DialogPane.class);
        assertThat(question.getContentText()).contains("2 pendaftaran",
                "1 di antaranya diubah oleh " + lalong.actor() + " pada ",
                // Session 18: and whose, with the NIK masked and what was changed.
                "• " + row0.fullName() + " (" + id.payung.domain.Nik.mask(f.nik()) + "): Alamat — diubah oleh "
                        + lalong.actor() + " pada ");
        assertThat(question.getContentText()).doesNotContain(f.nik());
        assertThat(robot.lookup("#undoImportChangedAll").tryQuery()).as("one person: named, nothing folded").isEmpty();
        robot.clickOn("#undoImportYes");
        waitUntil(() -> batches.getItems().get(0).undoneAt() != null);
        var undoneColumn = batches.getColumns().stream().filter(c -> "batchUndoneColumn".equals(c.getId())).findFirst()
                .orElseThrow();
        String stamp = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(batches.getItems().get(0).undoneAt().atZone(ZoneId.systemDefault()));
        assertThat(undoneColumn.getCellData(0)).isEqualTo(stamp + " oleh " + lalong.actor());
    }

    /**
     * Session 18: with more people changed than the question names, it names five, says how many more, and folds
     * everyone below it ("Lihat semua"); Cancel undoes nothing.
     */
    @Test
    void namesFiveChangedPeopleAndFoldsThemAll(FxRobot robot) throws Exception {
        String[] niks = new String[7];
        for (int i = 0; i < niks.length; i++) {
            niks[i] = "531001020290000" + (i + 1);
        }
        importFile("desa-banyak.csv", niks);
        for (var row : ui.services().register().page(RegisterFilter.all(), new id.payung.domain.RegisterSort(
                id.payung.domain.RegisterSort.Column.NAME, true), null, 10).rows()) {
            var f = ui.services().enrollments().form(row.id());
            ui.services().enrollments().update(row.id(), new id.payung.domain.EnrollmentForm(f.nik(), f.fullName(),
                    f.sex(), f.birthPlace(), f.birthDate(), f.address(), f.regionCode(), f.occupationCode(), "081234567890",
                    f.kpj(), f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(), f.firstMonth(),
                    f.lastMonth(), f.notes()));
        }
        robot.interact(model::load);
        robot.clickOn("Riwayat impor");
        TableView<ImportBatch> batches = robot.lookup("#batchesTable").queryTableView();
        waitUntil(() -> batches.getItems().size() == 1);
        robot.interact(() -> batches.getSelectionModel().select(0));

        robot.clickOn("#undoImport");
        waitUntil(() -> robot.lookup("#undoImportQuestion").tryQuery().isPresent());
        DialogPane question = robot.lookup("#undoImportQuestion").queryAs(DialogPane.class);
        String text = question.getContentText();
        assertThat(text.lines().filter(l -> l.startsWith("• ")).toList()).hasSize(5)
                .allSatisfy(l -> assertThat(l).matches("• Orang [A-Z][a-z]* \\(531001\\*{8}0\\d\\): No\\. HP — diubah oleh .+"));
        assertThat(text).contains("Perubahan sesudah impor yang ikut hilang:").endsWith("… dan 2 lainnya (lihat semua di bawah).");
        assertThat(robot.from(question).lookup(".content .label").queryAs(javafx.scene.control.Label.class).getText())
                .as("the question itself still shown above the fold").isEqualTo(text);
        javafx.scene.control.TitledPane all = robot.lookup("#undoImportChangedAll").queryAs(javafx.scene.control.TitledPane.class);
        assertThat(all.getText()).isEqualTo("Lihat semua (7 orang)");
        assertThat(all.isExpanded()).isFalse();
        robot.clickOn(all.lookup(".title"));
        waitUntil(all::isExpanded);
        javafx.scene.control.TextArea list = robot.lookup("#undoImportChangedList").queryAs(javafx.scene.control.TextArea.class);
        for (String nik : niks) {
            assertThat(list.getText()).contains("• " + orang(nik) + " (" + id.payung.domain.Nik.mask(nik) + "): No. HP")
                    .doesNotContain(nik);
        }
        assertThat(list.getText().lines()).hasSize(7);

        robot.clickOn("#undoImportNo");
        waitUntil(() -> robot.lookup("#undoImportQuestion").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.services().imports().batches()).allMatch(b -> b.undoneAt() == null);
    }
}
