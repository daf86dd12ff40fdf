package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.Screen;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The form's one-click fix of a name typed with a form of address in front (new-user trial 20). */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class NameFormOfAddressWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-nameform").dashboardShown();

    @Test
    void theLinkUnderTheWarningTakesTheNameAsTheKtpWritesIt(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.interact(() -> name.setText("Bpk. Yohanes Jehadu"));

        waitUntil(() -> robot.lookup("#useProposedName").tryQuery().isPresent());
        Hyperlink use = robot.lookup("#useProposedName").queryAs(Hyperlink.class);
        assertThat(use.getText()).isEqualTo("Pakai \"Yohanes Jehadu\"");
        assertThat(name.getText()).as("never changed by itself").isEqualTo("Bpk. Yohanes Jehadu");

        robot.clickOn(use);

        waitUntil(() -> "Yohanes Jehadu".equals(name.getText()));
        waitUntil(() -> robot.lookup("#useProposedName").tryQuery().isEmpty());
    }
}
