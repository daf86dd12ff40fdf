package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Occupation;
import id.payung.ui.main.Screen;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The form's Pekerjaan searched by a title from a village's paper list: "kades" offers Perangkat desa, as the import
 * reads it, and Enter picks it; "staf desa", a word the rule leaves open, offers nothing and picks nothing. Half
 * typed ("kad", "kepala d") it is offered as the clerk types.
 */
@ExtendWith(ApplicationExtension.class)
class OccupationTitleWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-occupation-title").dashboardShown();

    @SuppressWarnings("unchecked")
    private static ComboBox<Occupation> occupation(FxRobot robot) {
        return robot.lookup("#occupationChoice").queryAs(ComboBox.class);
    }

    @Test
    void kadesTypedOffersPerangkatDesaAndEnterPicksIt(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        ComboBox<Occupation> occupation = occupation(robot);
        robot.interact(occupation::requestFocus);
        waitUntil(occupation::isFocused);
        robot.type(KeyCode.K, KeyCode.A, KeyCode.D, KeyCode.E, KeyCode.S);
        waitUntil(() -> occupation.getValue() != null
                && Occupation.VILLAGE_OFFICIAL.equals(occupation.getValue().code())); // the highlight is on it
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !occupation.isShowing());
        assertThat(occupation.getValue().code()).isEqualTo(Occupation.VILLAGE_OFFICIAL);
        assertThat(occupation.getButtonCell().getText()).isEqualTo("Perangkat desa");
        // Enter took the choice and went on to the next field (trial 22b M1); back to Pekerjaan for the next try.
        waitUntil(() -> robot.lookup("#addressField").query().isFocused());
        robot.interact(occupation::requestFocus);
        waitUntil(occupation::isFocused);

        // "staf desa": no name holds both words and the rule guesses nothing, so the field is left empty.
        robot.type(KeyCode.S, KeyCode.T, KeyCode.A, KeyCode.F, KeyCode.SPACE, KeyCode.D, KeyCode.E, KeyCode.S,
                KeyCode.A);
        waitUntil(() -> occupation.getValue() == null);
        robot.type(KeyCode.TAB);
        waitUntil(() -> !occupation.isShowing());
        assertThat(occupation.getValue()).isNull();
    }

    /** Trial: a half-typed title offered nothing until it was whole; as typed, "kad" and "kepala d" offer it. */
    @Test
    void aHalfTypedTitleOffersPerangkatDesaAsTypedAndEnterPicksIt(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        ComboBox<Occupation> occupation = occupation(robot);
        robot.interact(occupation::requestFocus);
        waitUntil(occupation::isFocused);
        robot.type(KeyCode.K, KeyCode.A, KeyCode.D);
        waitUntil(() -> occupation.getValue() != null
                && Occupation.VILLAGE_OFFICIAL.equals(occupation.getValue().code())); // the highlight is on it
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !occupation.isShowing());
        assertThat(occupation.getValue().code()).isEqualTo(Occupation.VILLAGE_OFFICIAL);
        waitUntil(() -> robot.lookup("#addressField").query().isFocused()); // on to the next field (trial 22b M1)

        robot.interact(() -> {
            occupation.setValue(null);
            occupation.requestFocus();
        });
        waitUntil(occupation::isFocused);
        robot.type(KeyCode.K, KeyCode.E, KeyCode.P, KeyCode.A, KeyCode.L, KeyCode.A, KeyCode.SPACE, KeyCode.D);
        waitUntil(() -> occupation.getValue() != null
                && Occupation.VILLAGE_OFFICIAL.equals(occupation.getValue().code()));
        robot.type(KeyCode.TAB);
        waitUntil(() -> !occupation.isShowing());
        assertThat(occupation.getButtonCell().getText()).isEqualTo("Perangkat desa");
    }

    /**
     * Trial 23a M2: "Penenun" and Enter left Pekerjaan blank and said nothing. The typed word is said under the field
     * (as an unknown desa is), and the field reads "(tidak diketahui)" as on a fresh form.
     */
    @Test
    void anOccupationNotOnTheListIsSaidByItsWordAndTheFieldReadsNotKnown(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        ComboBox<Occupation> occupation = occupation(robot);
        assertThat(occupation.getButtonCell().getText()).as("a fresh form").isEqualTo("(tidak diketahui)");
        robot.interact(occupation::requestFocus);
        waitUntil(occupation::isFocused);
        robot.type(KeyCode.P, KeyCode.E, KeyCode.N, KeyCode.E, KeyCode.N, KeyCode.U, KeyCode.N); // typed as "penenun"
        waitUntil(occupation::isShowing);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !occupation.isShowing());
        waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.isVisible()
                && l.getText() != null && l.getText().contains("pekerjaan bernama \"penenun\"")).tryQuery().isPresent());
        assertThat(occupation.getValue()).isNull();
        assertThat(occupation.getButtonCell().getText()).as("blank and not known read the same")
                .isEqualTo("(tidak diketahui)");
    }
}
