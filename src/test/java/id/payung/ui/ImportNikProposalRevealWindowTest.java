package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.PersonHistory;
import id.payung.ui.imports.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The NIK proposed for a cell Excel destroyed is a registered person's, shown masked: the clerk could not compare it with
 * the KTP on paper (new-user trial, LOW). "Tampilkan NIK usulan" shows it whole, the look recorded in the audit log as
 * the register's "Tampilkan NIK" records it; taking it stays a press of its own.
 */
@ExtendWith(ApplicationExtension.class)
class ImportNikProposalRevealWindowTest {
    private ImportViewModel model;
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-nik-reveal").showing(ui -> {
        model = ImportScreen.model(ui);
        model.setNikReveal(ui.services().enrollments()::revealRegisteredNik);
        return ImportScreen.load(model);
    });

    @Test
    void theProposedNikIsShownWholeOnlyWhenAskedAndTheLookIsAudited(FxRobot robot) throws Exception {
        assertThat(ImportScreen.importEarlier(ui, "5310010101900004;Agus Salim;01/01/1990;Ruteng")).isEqualTo(1);
        long person = ui.services().enrollments().personByNik("5310010101900004").orElseThrow().id();
        Path csv = ui.dir().resolve("desa-2026.csv");
        // The last digit Excel turned into 0 (16 digits kept as a number: 15 of them right).
        Files.writeString(csv, "NIK;Nama;Tgl Lahir;Kecamatan;Sumber Dana\n5310010101900000;Agus Salim;01/01/1990;Ruteng;Mandiri\n");
        Label counts = ImportScreen.check(robot, model, csv);
        waitUntil(() -> "1 baris: 0 siap diimpor, 0 duplikat, 1 salah".equals(counts.getText()));
        Button reveal = robot.lookup("#revealNikProposal").queryButton();
        waitUntil(() -> !reveal.isDisabled()); // the row with the proposal is chosen for the clerk
        assertThat(shown(robot)).contains("usulan: 531001********04").doesNotContain("5310010101900004");
        assertThat(looks(person)).isEmpty();

        robot.clickOn(reveal);

        waitUntil(() -> shown(robot).contains("usulan: 5310010101900004"));
        assertThat(shown(robot)).as("in the problem's words too").contains("NIK 5310010101900004 milik Agus Salim");
        assertThat(reveal.isDisabled()).as("looked at once").isTrue();
        assertThat(looks(person)).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo(id.payung.service.Actor.current());
            assertThat(c.after()).contains("\"for\":\"import\"", "531001********04").doesNotContain("5310010101900004");
        });
        assertThat(model.fixCount()).as("shown, not taken").isZero();

        robot.clickOn("#acceptNikProposal");
        waitUntil(() -> "1 baris: 1 siap diimpor, 0 duplikat, 0 salah".equals(counts.getText()));
        assertThat(model.fixCount()).isEqualTo(1);
    }

    private java.util.List<PersonHistory.Change> looks(long person) {
        return ui.services().enrollments().history(person).changes().stream()
                .filter(c -> c.action().equals("REVEAL_NIK")).toList();
    }

    private static String shown(FxRobot robot) {
        return robot.lookup("#problemsTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null).reduce("", (a, b) -> a + " | " + b);
    }
}
