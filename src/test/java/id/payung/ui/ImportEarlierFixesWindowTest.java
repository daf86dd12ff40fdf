package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.importing.RowProblem;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A clerk corrected a village list's cells (a NIK, a misspelt name), imported it, and undid the import; opening the same
 * file again, the window says that corrections from the earlier import exist for it (when, by whom) and applies them
 * only when the clerk presses "Terapkan koreksi sebelumnya": each is then a corrected cell like a typed one, checked
 * again and audited (a trial by hand: every correction had to be typed again).
 */
@ExtendWith(ApplicationExtension.class)
class ImportEarlierFixesWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-earlier-fixes").showing(ui -> {
        model = ImportScreen.model(ui);
        return ImportScreen.load(model);
    });

    @Test
    void theCorrectionsOfAnUndoneImportAreOfferedForTheSameFileAndAppliedByTheButton(FxRobot robot) throws Exception {
        assertThat(ImportScreen.importEarlier(ui, "5310011505900017;Yohanes Jehamu;15/05/1990;Ruteng")).isEqualTo(1);
        Path csv = ui.dir().resolve("desa-2026.csv");
        Files.writeString(csv, "NIK;Nama;Tgl Lahir;Kecamatan;Sumber Dana\n"
                + "53100101029100;Petrus Nabu;01/02/1991;Ruteng;Mandiri\n"
                + "5310011505900017;Yohanes Jehamat;15/05/1990;Ruteng;Mandiri\n");
        Label counts = ImportScreen.check(robot, model, csv);
        Label offer = robot.lookup("#importEarlierFixes").queryAs(Label.class);
        javafx.scene.Node offerLine = robot.lookup("#importEarlier").query();
        waitUntil(() -> "2 baris: 0 siap diimpor, 0 duplikat, 2 salah".equals(counts.getText()));
        assertThat(offerLine.isVisible()).as("nothing imported before: nothing offered").isFalse();

        // The clerk types the NIK of row 2 and corrects the name of row 3; imports; then undoes the import.
        RowProblem nik = model.problems().stream().filter(p -> p.row() == 2 && p.column().equals("NIK")).findFirst()
                .orElseThrow();
        robot.interact(() -> model.fix(nik, "5310010102910002"));
        waitUntil(() -> "2 baris: 1 siap diimpor, 0 duplikat, 1 salah".equals(counts.getText()));
        RowProblem name = model.problems().stream().filter(p -> p.row() == 3).findFirst().orElseThrow();
        robot.interact(() -> model.fixName(name, "Yohanes Jehamu"));
        waitUntil(() -> "2 baris: 2 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText()));
        robot.interact(model::importNow);
        waitUntil(() -> model.importedProperty().get() != null && !model.runningProperty().get());
        long batch = model.importedProperty().get().batchId();
        assertThat(model.importedProperty().get().imported()).isEqualTo(2);
        waitUntil(() -> model.batches().stream().anyMatch(b -> b.id() == batch));
        String clerk = model.batches().stream().filter(b -> b.id() == batch).findFirst().orElseThrow().actor();
        robot.interact(() -> model.undo(model.batches().stream().filter(b -> b.id() == batch).findFirst().orElseThrow()));
        waitUntil(() -> model.undoneProperty().get() != null);

        // The same file opened again: the corrections are offered, not applied.
        robot.interact(() -> {
            model.fileProperty().set(null);
            model.fileProperty().set(csv);
            model.check();
        });
        waitUntil(() -> offerLine.isVisible() && offer.getText() != null
                && "2 baris: 0 siap diimpor, 0 duplikat, 2 salah".equals(counts.getText()));
        assertThat(offer.getText()).startsWith("2 koreksi dari impor sebelumnya (")
                .contains(", oleh " + clerk + ")").endsWith("untuk berkas ini: NIK 1, Nama 1");
        // Trial 21c H2: what the button applies is listed before it is pressed, each correction, a NIK masked.
        assertThat(offer.getTooltip().getText()).isEqualTo("Baris 2, NIK: 531001********02\nBaris 3, Nama: Yohanes Jehamu");
        assertThat(model.fixCount()).as("never applied by itself").isZero();
        Button apply = robot.lookup("#applyEarlierFixes").queryAs(Button.class);
        assertThat(apply.isVisible()).isTrue();
        assertThat(apply.getText()).isEqualTo("Terapkan koreksi sebelumnya");

        robot.clickOn(apply);

        waitUntil(() -> "2 baris: 2 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText())
                && !model.runningProperty().get());
        assertThat(model.fixCount()).isEqualTo(2);
        assertThat(model.problems()).as("only the word that the undone list's person is renewed")
                .extracting(p -> p.problem().code()).containsExactly("IMPORT_UNDONE_PERSON_RENEWED");
        assertThat(apply.isVisible()).as("nothing left to apply").isFalse();
        assertThat(offer.getText()).contains("diterapkan");

        // Imported again, the applied corrections are audited as corrected cells, as typed ones are.
        robot.interact(model::importNow);
        waitUntil(() -> model.importedProperty().get() != null && !model.runningProperty().get());
        assertThat(model.importedProperty().get().imported()).isEqualTo(2);
        String entry = ui.services().audit().search(new id.payung.service.AuditFilter(null, null, null,
                id.payung.domain.AuditTopic.IMPORTS, null), 0, 10).rows().get(0).change().after();
        assertThat(entry).contains("\"corrected_cells\":2", "\"fix1_column\":\"NIK\"", "\"fix1_file\":\"531001******00\"",
                "\"fix1_value\":\"531001********02\"",
                "\"fix2_column\":\"Nama\"", "\"fix2_file\":\"Yohanes Jehamat\"", "\"fix2_value\":\"Yohanes Jehamu\"");
    }
}
