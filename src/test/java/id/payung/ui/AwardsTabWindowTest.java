package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.Screen;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 23a L6: in the Penghargaan form, Tab in "Saksi (satu per baris)" made a new line, and "Kupang", typed for the
 * place, became a second witness. Tab moves on to the next field, Shift+Tab back; Enter still makes a new line.
 */
@ExtendWith(ApplicationExtension.class)
class AwardsTabWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-awards-tab").dashboardShown();

    @Test
    void tabLeavesTheWitnessListAndEnterMakesANewLine(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AWARDS);
        robot.clickOn("#addEvent");
        DialogPane form = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextArea witnesses = (TextArea) form.lookup("#eventWitnessesField");
        TextField place = (TextField) form.lookup("#eventPlaceField");
        TextField recipient = (TextField) form.lookup("#eventRecipientField");

        robot.clickOn(witnesses).write("Bupati").type(KeyCode.ENTER).write("Kadis").type(KeyCode.TAB);
        waitUntil(place::isFocused);
        robot.write("Kupang");
        assertThat(witnesses.getText()).isEqualTo("Bupati\nKadis");
        assertThat(place.getText()).isEqualTo("Kupang");

        robot.clickOn(witnesses).press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(recipient::isFocused);
        assertThat(witnesses.getText()).isEqualTo("Bupati\nKadis");
        robot.type(KeyCode.ESCAPE);
    }
}
