package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Sex;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The enrollment form at the keyboard (trial 11, M8): Tab from the NIK goes to the name, and a NIK recognised
 * moves no field, so the clerk's next click lands on the control it was aimed at.
 */
@ExtendWith(ApplicationExtension.class)
// The whole window for each test, over 8 s on this machine: the full tier runs it, the fast tier leaves it out.
@Tag("slow")
class EnrollmentFormKeysWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-formkeys").dashboardShown();

    private static void openForm(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
    }

    @Test
    void tabFromTheNikGoesToTheNameAndFillFromNikStaysAClick(FxRobot robot) {
        openForm(robot);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);

        robot.clickOn("#nikField").write("5310015204850001");
        robot.type(KeyCode.TAB);
        waitUntil(name::isFocused);
        robot.write("Maria Jelita");
        assertThat(name.getText()).isEqualTo("Maria Jelita");

        // The button is out of the Tab order, not out of reach.
        @SuppressWarnings("unchecked")
        ComboBox<Sex> sex = robot.lookup("#sexChoice").queryAs(ComboBox.class);
        robot.interact(() -> sex.setValue(Sex.L));
        robot.clickOn("#fillFromNik");
        waitUntil(() -> sex.getValue() == Sex.P);
        assertThat(robot.lookup("#fillFromNik").queryAs(Button.class).isFocusTraversable()).isFalse();
    }

    @Test
    void aRecognisedNikMovesNoField(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        openForm(robot);
        Map<String, Double> before = places(robot);

        robot.clickOn("#nikField").write("5310015204850001");
        Label known = robot.lookup("#knownPerson").queryAs(Label.class);
        waitUntil(() -> known.isVisible() && known.getText().contains("Maria Jelita"));
        assertThat(places(robot)).as("the name, and every field below the line that says so").isEqualTo(before);

        // Changing her details lists what will change, beside the problems, not among the fields.
        robot.clickOn("#nameField").eraseText(6);
        waitUntil(() -> robot.lookup("#personChanges").queryAs(Label.class).isVisible());
        assertThat(places(robot)).isEqualTo(before);
    }

    /** Where the form's fields are in the window (scene Y), after any pending layout. */
    private static Map<String, Double> places(FxRobot robot) {
        Map<String, Double> y = new LinkedHashMap<>();
        robot.interact(() -> {
            robot.lookup("#nikField").query().getScene().getRoot().layout();
            for (String id : List.of("#nameField", "#sexChoice", "#birthDatePicker", "#phoneField", "#regionChoice",
                    "#occupationChoice", "#funderChoice", "#segmentChoiceForm", "#incomeField", "#notesField")) {
                Node n = robot.lookup(id).query();
                y.put(id, n.localToScene(0, 0).getY()); // its origin: bounds would count a focus ring or effect
            }
        });
        return y;
    }
}
