package id.payung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.service.RegionList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first start asks for the office's regency before any data is made: Manggarai is proposed, any regency of the
 * shipped list can be chosen (with its province named), and quitting chooses nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FirstStartDialogTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void theOfficesRegencyIsChosenFromTheWholeListWithManggaraiProposed(FxRobot robot) {
        AtomicReference<FirstStartDialog> made = new AtomicReference<>();
        AtomicReference<String> answer = new AtomicReference<>("unset");
        robot.interact(() -> {
            made.set(new FirstStartDialog(I18n.bundle(I18n.INDONESIAN), RegionList.provincesAndRegencies()));
            made.get().dialog().setOnHidden(e -> answer.set(made.get().dialog().getResult()));
            made.get().dialog().show();
        });
        DialogPane pane = robot.lookup("#firstStart").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        SearchableComboBox<Region> regency = (SearchableComboBox<Region>) pane.lookup("#firstStartRegency");
        assertThat(regency.getValue().code()).isEqualTo("53.10");
        assertThat(regency.getConverter().toString(regency.getValue()))
                .isEqualTo("Kabupaten Manggarai (53.10) — Nusa Tenggara Timur");
        assertThat(regency.getItems()).extracting(Region::code).contains("53.15", "53.71", "11.01")
                .doesNotContain("53", "53.10.01");
        assertThat(regency.getItems()).hasSizeGreaterThan(500); // every regency and city of Indonesia

        Region barat = regency.getItems().stream().filter(r -> r.code().equals("53.15")).findFirst().orElseThrow();
        robot.interact(() -> regency.setValue(barat));
        Button start = (Button) pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(pane::lookupButton).findFirst()
                .orElseThrow();
        assertThat(start.getText()).isEqualTo("Mulai");
        robot.interact(start::fire);
        assertThat(answer.get()).isEqualTo("53.15");
    }

    @Test
    void quittingChoosesNothingAndNoRegencyCannotStart(FxRobot robot) {
        AtomicReference<FirstStartDialog> made = new AtomicReference<>();
        AtomicReference<String> answer = new AtomicReference<>("unset");
        robot.interact(() -> {
            made.set(new FirstStartDialog(I18n.bundle(I18n.ENGLISH), RegionList.provincesAndRegencies()));
            made.get().dialog().setOnHidden(e -> answer.set(made.get().dialog().getResult()));
            made.get().dialog().show();
        });
        DialogPane pane = robot.lookup("#firstStart").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        SearchableComboBox<Region> regency = (SearchableComboBox<Region>) pane.lookup("#firstStartRegency");
        Button start = (Button) pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(pane::lookupButton).findFirst()
                .orElseThrow();
        robot.interact(() -> regency.setValue(null));
        assertThat(start.isDisabled()).as("no regency, no start").isTrue();
        ButtonType quit = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        assertThat(quit.getText()).isEqualTo("Quit");
        robot.interact(() -> ((Button) pane.lookupButton(quit)).fire());
        assertThat(answer.get()).isNull();
    }
}
