package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.ui.main.Screen;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The funding screen's Tambah…: the code follows the name as it is typed, the region offered first is the office's
 * regency, a taken name is refused in the dialog with its reason, and the new source is listed once saved.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class AddFundingSourceWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-add-funder").dashboardShown();

    @Test
    void aCompanyIsAddedFromTheFundingScreen(FxRobot robot) {
        ScreenWaits.open(robot, Screen.FUNDERS);
        @SuppressWarnings("unchecked")
        TableView<FundingSource> sources = robot.lookup("#sourcesTable").queryTableView();
        waitUntil(() -> sources.getItems().size() == 6);

        robot.clickOn("#addSource");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextField name = (TextField) pane.lookup("#sourceName");
        TextField code = (TextField) pane.lookup("#sourceCode");
        @SuppressWarnings("unchecked")
        ComboBox<String> region = (ComboBox<String>) pane.lookup("#sourceRegion");
        @SuppressWarnings("unchecked")
        ComboBox<FunderType> type = (ComboBox<FunderType>) pane.lookup("#sourceType");
        assertThat(region.getValue()).as("the office's regency first").isEqualTo("53.10");
        assertThat(type.getItems()).doesNotContain(FunderType.MANDIRI).contains(FunderType.CSR);

        robot.interact(() -> name.setText("APBD Kabupaten Manggarai"));
        assertThat(code.getText()).isEqualTo("APBD-KABUPATEN-MANGGARAI");
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        robot.interact(ok::fire);
        Label errors = (Label) pane.lookup("#dialogErrors");
        waitUntil(() -> !errors.getText().isEmpty());
        // The proposed code spells the same name too: a list could read it as that funder.
        assertThat(errors.getText()).isEqualTo("Nama: sudah ada sumber dana bernama ini (kode APBD-KAB-MGR).\n"
                + "Kode: sudah dipakai oleh APBD Kabupaten Manggarai.");
        assertThat(pane.getScene().getWindow().isShowing()).isTrue();

        robot.interact(() -> name.setText("CSR Bank NTT"));
        assertThat(code.getText()).as("still following the name").isEqualTo("CSR-BANK-NTT");
        robot.interact(ok::fire);
        waitUntil(() -> sources.getItems().size() == 7);
        assertThat(sources.getItems()).filteredOn(f -> f.code().equals("CSR-BANK-NTT")).singleElement()
                .satisfies(f -> {
                    assertThat(f.name()).isEqualTo("CSR Bank NTT");
                    assertThat(f.type()).isEqualTo(FunderType.CSR);
                    assertThat(f.regionCode()).isEqualTo("53.10");
                });
    }
}
