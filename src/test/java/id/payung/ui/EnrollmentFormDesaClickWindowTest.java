package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.ui.main.Screen;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 07/12/2026 #2: "Poco" typed in Desa/Kelurahan and the first, highlighted match clicked set "Kec. Wae Rii"
 * (the list's first entry, the kecamatan) instead of desa Poco; clicking a later match or Enter worked.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class EnrollmentFormDesaClickWindowTest {
    private static final String POCO = "53.10.01.2003";

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-desaclick").dashboardShown();

    @Test
    void clickingTheFirstHighlightedMatchIsThatDesa(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        @SuppressWarnings("unchecked")
        ComboBox<Region> desa = robot.lookup("#regionChoice").queryAs(ComboBox.class);
        for (int attempt = 0; attempt < 3; attempt++) {
            robot.clickOn("#phoneField").type(KeyCode.TAB);
            waitUntil(() -> desa.isFocused() || desa.isShowing());
            robot.type(KeyCode.P, KeyCode.O, KeyCode.C, KeyCode.O);
            waitUntil(() -> desa.getValue() != null && POCO.equals(desa.getValue().code())); // highlighted as typed
            ListCell<?> first = firstCell(robot);
            assertThat(first.getItem()).isInstanceOf(Region.class);
            assertThat(((Region) first.getItem()).code()).isEqualTo(POCO);
            robot.clickOn(first);
            waitUntil(() -> !desa.isShowing());
            robot.sleep(200);
            assertThat(desa.getValue().code()).as("attempt %d", attempt + 1).isEqualTo(POCO);
        }
    }

    /** The first cell of the open list of matches. */
    private static ListCell<?> firstCell(FxRobot robot) {
        ListCell<?>[] found = new ListCell<?>[1];
        waitUntil(() -> {
            found[0] = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.getScene() != null && c.getScene().getWindow() instanceof javafx.stage.PopupWindow
                            && c.isVisible() && c.getIndex() == 0 && c.getItem() != null)
                    .findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
