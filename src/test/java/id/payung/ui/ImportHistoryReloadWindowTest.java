package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ImportBatch;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Riwayat impor is read anew each time it is shown: an import made meanwhile by the command line or another clerk was
 * missing until the window was reopened (trial 18, LOW 27). The chosen import stays chosen.
 */
@ExtendWith(ApplicationExtension.class)
class ImportHistoryReloadWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-history-reload").size(1000, 680).showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    });

    /** As the command line (or another clerk's Payung) imports: past this window's model. */
    private void importElsewhere(String name, String nik) throws Exception {
        Path csv = ui.dir().resolve(name);
        Files.writeString(csv, "NIK;Nama;Kecamatan;Sumber Dana\n" + nik + ";"
                + id.payung.service.TestData.name("Orang", Long.parseLong(nik.substring(12))) + ";Ruteng;Mandiri\n");
        ui.services().imports().importFile(csv, ImportOptions.defaults().withPeriod(YearMonth.of(2026, 1), 12),
                ImportService.Progress.NONE);
    }

    @Test
    void anImportMadeMeanwhileShowsWhenTheTabIsShownAgain(FxRobot robot) throws Exception {
        importElsewhere("desa-a.csv", "5310015204850001");
        robot.interact(model::load);
        robot.clickOn("Riwayat impor");
        TableView<ImportBatch> batches = robot.lookup("#batchesTable").queryTableView();
        waitUntil(() -> batches.getItems().size() == 1);
        robot.interact(() -> batches.getSelectionModel().select(0));
        long chosen = batches.getItems().get(0).id();

        robot.clickOn("Impor berkas");
        importElsewhere("desa-b.csv", "5310011205850002");
        robot.clickOn("Riwayat impor");

        waitUntil(() -> batches.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(batches.getItems()).extracting(ImportBatch::fileName).contains("desa-a.csv", "desa-b.csv");
        assertThat(batches.getSelectionModel().getSelectedItem()).as("the chosen import stays chosen").isNotNull()
                .extracting(ImportBatch::id).isEqualTo(chosen);
    }

    /**
     * Trial 21d: Riwayat impor named each import's file, time and counts, not the years and funders it covers: finding
     * the import that touched 2025 meant opening each. Two columns say them, from the batch's enrollments.
     */
    @Test
    void eachImportSaysItsYearsAndFunders(FxRobot robot) throws Exception {
        importElsewhere("desa-a.csv", "5310015204850001");
        Path csv = ui.dir().resolve("desa-c.csv");
        Files.writeString(csv, "NIK;Nama;Kecamatan;Sumber Dana;Mulai\n5310011205850003;"
                + id.payung.service.TestData.name("Orang", 3) + ";Ruteng;Mandiri;07/2025\n5310011205850004;"
                + id.payung.service.TestData.name("Orang", 4) + ";Ruteng;APBD-KAB-MGR;07/2025\n5310011205850005;"
                + id.payung.service.TestData.name("Orang", 5) + ";Ruteng;APBD-KAB-MGR;08/2025\n");
        ImportService.Report r = ui.services().imports().importFile(csv, ImportOptions.defaults()
                .withPeriod(YearMonth.of(2025, 1), 12), ImportService.Progress.NONE);
        assertThat(r.written()).as("%s", r.problems()).isTrue();
        robot.interact(model::load);
        robot.clickOn("Riwayat impor");
        TableView<ImportBatch> batches = robot.lookup("#batchesTable").queryTableView();
        waitUntil(() -> batches.getItems().size() == 2);
        javafx.scene.control.TableColumn<ImportBatch, ?> years = column(batches, "batchYearsColumn");
        javafx.scene.control.TableColumn<ImportBatch, ?> funders = column(batches, "batchFundersColumn");
        assertThat(years.getText()).isEqualTo("Tahun");
        assertThat(funders.getText()).isEqualTo("Sumber dana");
        int c = batches.getItems().get(0).fileName().equals("desa-c.csv") ? 0 : 1;
        assertThat(years.getCellData(c)).isEqualTo("2025–2026");
        assertThat(funders.getCellData(c)).isEqualTo("APBD Kabupaten Manggarai, Mandiri (bayar sendiri)");
        assertThat(years.getCellData(1 - c)).isEqualTo("2026");
        assertThat(funders.getCellData(1 - c)).isEqualTo("Mandiri (bayar sendiri)");
    }

    private static javafx.scene.control.TableColumn<ImportBatch, ?> column(TableView<ImportBatch> table, String id) {
        return table.getColumns().stream().filter(col -> id.equals(col.getId())).findFirst().orElseThrow();
    }
}
