package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Occupation;
import id.payung.ui.main.Screen;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The form's Pekerjaan may be "(tidak diketahui)", as an import leaves it: offered first, shown in words while no
 * occupation is chosen, and chosen again after a wrong pick.
 */
@ExtendWith(ApplicationExtension.class)
class OccupationUnknownWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-occupation").dashboardShown();

    @Test
    void notKnownIsAChoiceOfItsOwn(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        @SuppressWarnings("unchecked")
        ComboBox<Occupation> occupation = robot.lookup("#occupationChoice").queryAs(ComboBox.class);
        assertThat(occupation.getItems()).first().isNull();
        assertThat(occupation.getItems()).filteredOn(java.util.Objects::nonNull).extracting(Occupation::code)
                .contains("PEDAGANG", "LAINNYA");
        ListCell<Occupation> button = occupation.getButtonCell();
        assertThat(button.getText()).isEqualTo("(tidak diketahui)");
        robot.interact(() -> occupation.setValue(occupation.getItems().stream()
                .filter(o -> o != null && o.code().equals("PEDAGANG")).findFirst().orElseThrow()));
        waitUntil(() -> "Pedagang".equals(button.getText()));
        robot.interact(() -> occupation.getSelectionModel().select(0));
        waitUntil(() -> occupation.getValue() == null && "(tidak diketahui)".equals(button.getText()));
    }
}
