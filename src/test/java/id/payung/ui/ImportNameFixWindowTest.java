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

    /**
     * Trial 21c H2: the name corrected in the Nama column of a row whose problem is another cell's (the birth date) shows
     * in that problem's Perbaikan, as a correction; a name holding a date is refused, its own Perbaikan showing it.
     */
    @Test
    void aNameCorrectedBesideAnotherProblemShowsInPerbaikanAndANameWithADateIsRefused(FxRobot robot) throws Exception {
        Path csv = ui.dir().resolve("desa-2026.csv");
        Files.writeString(csv, "NIK;Nama;Tgl Lahir;Kecamatan;Sumber Dana\n"
                + "5310010102910002;Petrus Nabu;31/02/1991;Ruteng;Mandiri\n");
        Label counts = ImportScreen.check(robot, model, csv);
        waitUntil(() -> "1 baris: 0 siap diimpor, 0 duplikat, 1 salah".equals(counts.getText()));
        assertThat(model.problems()).extracting(p -> p.column()).containsExactly("Tgl Lahir");

        robot.interact(() -> model.fixName(model.problems().get(0), "Petrus Nabut"));
        waitUntil(() -> !model.runningProperty().get() && model.fixCount() == 1
                && fixShown(robot).contains("Nama: Petrus Nabut"));
        assertThat(model.problems()).extracting(p -> p.column()).containsExactly("Tgl Lahir");

        robot.interact(() -> model.fixName(model.problems().get(0), "Ruteng, 04-03-1960"));
        waitUntil(() -> !model.runningProperty().get() && model.problems().size() == 2);
        assertThat(model.problems()).extracting(p -> p.column() + " " + p.problem().code())
                .containsExactlyInAnyOrder("Nama NAME_DIGITS", "Tgl Lahir IMPORT_DATE");
        waitUntil(() -> fixShown(robot).contains("Ruteng, 04-03-1960")
                && fixShown(robot).contains("Nama: Ruteng, 04-03-1960"));
    }

    /** The texts of the problem list's cells as shown. */
    private static java.util.List<String> fixShown(FxRobot robot) {
        return robot.lookup("#problemsTable .table-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).filter(java.util.Objects::nonNull).toList();
    }
}
