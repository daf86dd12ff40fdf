package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.Screen;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Closing the main window (its X, Alt+F4) took a filled enrollment form's window with it without a word, where Esc
 * asks "Buang isian yang belum disimpan?": now it asks the same question, going back keeps both windows and what was
 * typed; an empty form closes with the window unasked. The form window's own X asks as its Esc does.
 */
@ExtendWith(ApplicationExtension.class)
class FormCloseWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-formclose").dashboardShown();

    @BeforeEach
    void keepTheToolkit() {
        Platform.setImplicitExit(false); // the main window closes in these tests; the next test shows it again
    }

    private static Window openForm(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        return robot.lookup("#nikField").query().getScene().getWindow();
    }

    /** As the window manager's close (X, Alt+F4) reaches JavaFX; not waited for, the question waits for the user. */
    private static void closeRequest(Window window) {
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private static DialogPane discardQuestion(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing())
                .filter(d -> "Buang isian yang belum disimpan?".equals(d.getHeaderText())).findFirst().orElse(null);
    }

    private static void discard(FxRobot robot) {
        DialogPane question = discardQuestion(robot);
        robot.clickOn(question.lookupButton(question.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
    }

    @Test
    void closingTheMainWindowOverAFilledFormAsksAndGoingBackKeepsIt(FxRobot robot) {
        Window form = openForm(robot);
        robot.clickOn("#nameField").write("Maria");

        closeRequest(ui.stage());
        waitUntil(() -> discardQuestion(robot) != null);
        assertThat(discardQuestion(robot).getContentText())
                .isEqualTo(I18n.bundle(I18n.INDONESIAN).getString("form.discard.text"));
        robot.type(KeyCode.ENTER); // the default answer: back to the form
        waitUntil(() -> discardQuestion(robot) == null);
        assertThat(ui.stage().isShowing()).as("the main window stays").isTrue();
        assertThat(form.isShowing()).as("the form stays").isTrue();
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("Maria");

        // The form window's own X asks alike.
        closeRequest(form);
        waitUntil(() -> discardQuestion(robot) != null);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> discardQuestion(robot) == null);
        assertThat(form.isShowing()).isTrue();

        // Said to discard: the window closes, the form with it.
        closeRequest(ui.stage());
        waitUntil(() -> discardQuestion(robot) != null);
        discard(robot);
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(form.isShowing()).isFalse();
    }

    @Test
    void theFormWindowsOwnCloseDiscardsWhenSaidSoAndTheMainWindowStays(FxRobot robot) {
        Window form = openForm(robot);
        robot.clickOn("#nameField").write("Maria");
        closeRequest(form);
        waitUntil(() -> discardQuestion(robot) != null);
        discard(robot);
        waitUntil(() -> !form.isShowing());
        assertThat(ui.stage().isShowing()).isTrue();

        // Its question answered, the form is no longer asked about when the main window closes.
        closeRequest(ui.stage());
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(discardQuestion(robot)).isNull();
    }

    @Test
    void anEmptyFormClosesWithTheWindowUnasked(FxRobot robot) {
        Window form = openForm(robot);
        closeRequest(ui.stage());
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(form.isShowing()).isFalse();
        assertThat(discardQuestion(robot)).isNull();
    }
}
