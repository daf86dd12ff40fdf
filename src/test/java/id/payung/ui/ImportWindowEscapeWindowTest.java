package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Trial 16 L9: Esc did not close the import window (it closes the form); with a file chosen, it asks first. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ImportWindowEscapeWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-esc").dashboardShown();

    private static boolean importShown(FxRobot robot) {
        return robot.lookup("#closeImport").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    /** Trial 24a L12: Riwayat impor had no Tutup; only Esc or the window's X closed it. */
    @Test
    void riwayatImporHasATutupThatClosesTheWindow(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> importShown(robot));
        robot.clickOn("Riwayat impor");
        waitUntil(() -> robot.lookup("#closeBatches").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#closeBatches").queryButton().getText()).isEqualTo("Tutup");
        robot.clickOn("#closeBatches");
        waitUntil(() -> !importShown(robot));
    }

    @Test
    void escClosesTheImportWindowWhenNothingIsChosen(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> importShown(robot));
        Node close = robot.lookup("#closeImport").query();
        robot.targetWindow(close.getScene().getWindow()).type(KeyCode.ESCAPE);
        waitUntil(() -> !importShown(robot));

        // Open again: a window closed by Esc is closed as by its button, and opens anew.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> importShown(robot));
        Node again = robot.lookup("#closeImport").query();
        assertThat(question(robot)).as("nothing chosen: nothing to ask").isNull();
        // From a field, as the clerk of trial 16 pressed it (the field took Esc, the window stayed).
        robot.clickOn("#importFrom");
        waitUntil(() -> robot.lookup("#importFrom").query().isFocused());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !importShown(robot));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> importShown(robot));
        robot.interact(() -> robot.lookup("#importFunder").query().requestFocus());
        waitUntil(() -> robot.lookup("#importFunder").query().isFocused());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !importShown(robot));
    }

    private static DialogPane question(FxRobot robot) {
        return robot.lookup("#closeUnimportedQuestion").tryQueryAs(DialogPane.class)
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing())
                .orElse(null);
    }
}
