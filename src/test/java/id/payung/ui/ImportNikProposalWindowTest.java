package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A NIK Excel destroyed, whose registered owner is found: proposed masked in the Correction cell, taken by one click. */
@ExtendWith(ApplicationExtension.class)
class ImportNikProposalWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-nik-proposal").showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    });

    @Test
    void theProposedNikShowsMaskedAndOneClickTakesItAsTheCorrection(FxRobot robot) throws Exception {
        assertThat(ImportScreen.importEarlier(ui, "5310010101900004;Agus Salim;01/01/1990;Ruteng")).isEqualTo(1);
        Path csv = ui.dir().resolve("desa-2026.csv");
        Files.writeString(csv, "NIK;Nama;Tgl Lahir;Kecamatan;Sumber Dana\n5,31001E+15;Agus Salim;01/01/1990;Ruteng;Mandiri\n");
        Label counts = ImportScreen.check(robot, model, csv);
        waitUntil(() -> "1 baris: 0 siap diimpor, 0 duplikat, 1 salah".equals(counts.getText()));
        TableView<?> problems = robot.lookup("#problemsTable").queryTableView();
        assertThat(problems.getItems()).hasSize(2);
        String shown = robot.lookup("#problemsTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null).reduce("", (a, b) -> a + " | " + b);
        assertThat(shown).contains("usulan: 531001********04", "5,31001E+15", "Agus Salim")
                .doesNotContain("5310010101900004");
        Button accept = robot.lookup("#acceptNikProposal").queryButton();
        // The row with the proposal is chosen for the clerk (trial 19: the button stayed grey until a row was clicked).
        waitUntil(() -> !accept.isDisabled());
        assertThat(model.fixCount()).as("never taken by itself").isZero();
        robot.clickOn(accept);

        waitUntil(() -> "1 baris: 1 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText()));
        assertThat(model.problems()).isEmpty();
        assertThat(model.fixCount()).isEqualTo(1);
    }
}
