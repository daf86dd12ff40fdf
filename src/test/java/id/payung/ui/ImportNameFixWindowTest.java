package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A name the village misspelt ("Yohanes Jehamat" for the registered "Yohanes Jehamu"): the problem is on the NIK (it is
 * registered under another name), and the clerk corrects the row's name in the problem list's Nama column, as the NIK
 * cell is corrected in Perbaikan: checked again, imported, and the corrected cell in the import's audit entry
 * (a new-user trial: only the NIK cell could be corrected).
 */
@ExtendWith(ApplicationExtension.class)
class ImportNameFixWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-name-fix").showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    });

    @Test
    void aMisspeltNameIsCorrectedInTheNamaColumnAndTheCorrectionIsAudited(FxRobot robot) throws Exception {
        assertThat(ImportScreen.importEarlier(ui, "5310011505900017;Yohanes Jehamu;15/05/1990;Ruteng")).isEqualTo(1);
        Path csv = ui.dir().resolve("desa-2026.csv");
        Files.writeString(csv, "NIK;Nama;Tgl Lahir;Kecamatan;Sumber Dana\n"
                + "5310011505900017;Yohanes Jehamat;15/05/1990;Ruteng;Mandiri\n");
        Label counts = ImportScreen.check(robot, model, csv);
        waitUntil(() -> "1 baris: 0 siap diimpor, 0 duplikat, 1 salah".equals(counts.getText()));
        assertThat(model.problems()).extracting(p -> p.problem().code()).containsExactly("IMPORT_NIK_REGISTERED_AS");
        assertThat(model.problems().get(0).column()).as("the problem is the NIK's").isEqualTo("NIK");

        // The name cell of the NIK's problem: double click, the name is there to correct, Enter checks again.
        robot.doubleClickOn(robot.lookup("#problemsTable .name-fixable").queryAs(Node.class));
        robot.write("Yohanes Jehamu").type(KeyCode.ENTER);

        waitUntil(() -> "1 baris: 1 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText()));
        assertThat(model.problems()).isEmpty();
        assertThat(model.fixCount()).isEqualTo(1);

        robot.interact(model::importNow);
        waitUntil(() -> model.importedProperty().get() != null && !model.runningProperty().get());
        assertThat(model.importedProperty().get().imported()).isEqualTo(1);
        String entry = ui.services().audit().search(new id.payung.service.AuditFilter(null, null, null,
                id.payung.domain.AuditTopic.IMPORTS, null), 0, 10).rows().get(0).change().after();
        assertThat(entry).as("the corrected cell: the file's name, the clerk's")
                .contains("\"fix1_column\":\"Nama\"", "\"fix1_file\":\"Yohanes Jehamat\"", "\"fix1_value\":\"Yohanes Jehamu\"");
    }
}
