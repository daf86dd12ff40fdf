package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.Region;
import id.payung.ui.main.Screen;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 16 L2: after a save refused with "Sumber dana: wajib diisi" the caret stayed in Desa, so the funder typed
 * next replaced the desa. A refused save puts the caret in the first field in error, in the form's order.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class EnrollmentFormRefusedFocusWindowTest {
    private static final String POCO = "53.10.01.2003";

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-refusedfocus").dashboardShown();

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void aMissingFunderTakesTheCaretThereAndTheFunderTypedNextLeavesTheDesa(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        ComboBox<Region> desa = combo(robot, "#regionChoice");
        ComboBox<Occupation> occupation = combo(robot, "#occupationChoice");
        ComboBox<FundingSource> funder = combo(robot, "#funderChoice");
        robot.interact(() -> {
            robot.lookup("#nikField").queryAs(TextField.class).setText("5310011203850001");
            robot.lookup("#nameField").queryAs(TextField.class).setText("Yohanes Jehalu");
            desa.setValue(desa.getItems().stream().filter(r -> r.code().equals(POCO)).findFirst().orElseThrow());
            occupation.setValue(occupation.getItems().stream().filter(o -> o != null && o.code().equals("PETANI"))
                    .findFirst().orElseThrow());
            funder.setValue(null);
            robot.lookup("#firstMonthField").queryAs(TextField.class).setText("01/2027");
        });
        // The clerk is in Desa and saves (the button fired, the caret left where it was).
        robot.interact(desa::requestFocus);
        waitUntil(desa::isFocused);
        robot.interact(() -> robot.lookup("#saveEnrollment").queryAs(Button.class).fire());
        waitUntil(funder::isFocused);
        assertThat(desa.isFocused()).isFalse();

        // The funder typed next lands in Sumber dana; the desa stays Poco.
        robot.type(KeyCode.D, KeyCode.E, KeyCode.S);
        waitUntil(() -> funder.getValue() != null && "APBDES-MGR".equals(funder.getValue().code()));
        assertThat(desa.getValue().code()).isEqualTo(POCO);

        // The first in the form's order wins: without a name and a funder, the caret goes to the name.
        robot.interact(() -> {
            robot.lookup("#nameField").queryAs(TextField.class).setText("");
            funder.setValue(null);
            desa.requestFocus();
        });
        robot.interact(() -> robot.lookup("#saveEnrollment").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#nameField").query().isFocused());
        assertThat(ui.services().enrollments().personByNik("5310011203850001")).isEmpty();
        robot.interact(() -> ((javafx.stage.Stage) desa.getScene().getWindow()).close());
    }
}
