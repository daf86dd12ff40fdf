package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.Region;
import id.payung.ui.main.CloseQuestion;
import id.payung.ui.main.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Closing Payung's main window (its X, Ctrl+Q, Berkas → Keluar) took a half-typed enrollment form with it without a
 * word, where Esc and Batal ask. Now it asks once, "Tutup Payung?", before anything is hidden: going back (the default)
 * keeps the window, the form and what was typed; closing without saving closes, asking nothing more. A form with
 * nothing typed, or whose entry is saved, asks nothing; a file chosen and not imported is asked about too. The main
 * window hidden by code (TestFX's clean-up) asks nothing: the first attempt hung the window tests there.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ClosePayungUnsavedWindowTest {
    private static final ResourceBundle ID = I18n.bundle(I18n.INDONESIAN);

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-closeunsaved").dashboardShown();

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

    /** As the window manager's close (X, Alt+F4) reaches JavaFX; not waited for: a question waits for the user. */
    private static void closeRequest(Window window) {
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private static void ctrlQ(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
    }

    private static DialogPane shown(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    private static DialogPane closeQuestion(FxRobot robot) {
        return shown(robot, "#" + CloseQuestion.ID);
    }

    /** Any question shown at all (the form's own "Buang isian?" among them). */
    private static DialogPane anyQuestion(FxRobot robot) {
        return shown(robot, ".dialog-pane");
    }

    private static void closeWithoutSaving(FxRobot robot) {
        DialogPane question = closeQuestion(robot);
        robot.clickOn(question.lookupButton(question.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
    }

    private static String name(FxRobot robot) {
        return robot.lookup("#nameField").queryAs(TextField.class).getText();
    }

    @Test
    void theXOverAFilledFormAsksGoingBackKeepsItAllAndClosingClosesAskingNothingMore(FxRobot robot) {
        Window form = openForm(robot);
        robot.clickOn("#nameField").write("Maria");

        closeRequest(ui.stage());
        waitUntil(() -> closeQuestion(robot) != null);
        assertThat(closeQuestion(robot).getHeaderText()).isEqualTo(ID.getString("app.close.title"));
        assertThat(closeQuestion(robot).getContentText()).startsWith(ID.getString("app.close.form"))
                .endsWith(ID.getString("app.close.lost"));
        robot.type(KeyCode.ENTER); // the default answer: back to the form
        waitUntil(() -> closeQuestion(robot) == null);
        assertThat(ui.stage().isShowing()).as("the main window stays").isTrue();
        assertThat(form.isShowing()).as("the form stays").isTrue();
        waitUntil(form::isFocused);
        assertThat(name(robot)).isEqualTo("Maria");

        closeRequest(ui.stage());
        waitUntil(() -> closeQuestion(robot) != null);
        closeWithoutSaving(robot);
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(form.isShowing()).isFalse();
        assertThat(anyQuestion(robot)).as("asked once: the form asks nothing more").isNull();
        assertThat(ui.services().enrollments().personByNik("5310015204850001")).isEmpty();
    }

    @Test
    void anEmptyFormClosesWithTheWindowUnasked(FxRobot robot) {
        Window form = openForm(robot);
        closeRequest(ui.stage());
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(form.isShowing()).isFalse();
        assertThat(anyQuestion(robot)).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFormWhoseEntryIsSavedAsksNothing(FxRobot robot) {
        Window form = openForm(robot);
        ComboBox<Region> desa = robot.lookup("#regionChoice").queryAs(ComboBox.class);
        ComboBox<Occupation> occupation = robot.lookup("#occupationChoice").queryAs(ComboBox.class);
        ComboBox<FundingSource> funder = robot.lookup("#funderChoice").queryAs(ComboBox.class);
        robot.interact(() -> {
            robot.lookup("#nikField").queryAs(TextField.class).setText("5310011203850001");
            robot.lookup("#nameField").queryAs(TextField.class).setText("Yohanes Jehalu");
            desa.setValue(desa.getItems().stream().filter(r -> r.code().equals("53.10.01.2003")).findFirst().orElseThrow());
            occupation.setValue(occupation.getItems().stream().filter(o -> o != null && o.code().equals("PETANI"))
                    .findFirst().orElseThrow());
            funder.setValue(funder.getItems().stream().filter(f -> f.code().equals("APBDES-MGR")).findFirst().orElseThrow());
            robot.lookup("#firstMonthField").queryAs(TextField.class).setText("01/2027");
        });
        // Ctrl+Enter saves and empties the form for the next person, keeping the list's funder, desa and months.
        robot.clickOn("#nameField").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> ui.services().enrollments().personByNik("5310011203850001").isPresent());
        waitUntil(() -> name(robot).isEmpty() && robot.lookup("#keptNotice").queryAs(Label.class).isVisible());

        closeRequest(ui.stage());
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(form.isShowing()).isFalse();
        assertThat(anyQuestion(robot)).isNull();
    }

    @Test
    void ctrlQInTheFormAsksAlike(FxRobot robot) {
        Window form = openForm(robot);
        robot.clickOn("#nameField").write("Maria");

        ctrlQ(robot);
        waitUntil(() -> closeQuestion(robot) != null);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> closeQuestion(robot) == null);
        assertThat(ui.stage().isShowing()).isTrue();
        assertThat(form.isShowing()).isTrue();
        assertThat(name(robot)).isEqualTo("Maria");

        ctrlQ(robot);
        waitUntil(() -> closeQuestion(robot) != null);
        closeWithoutSaving(robot);
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(form.isShowing()).isFalse();
        assertThat(anyQuestion(robot)).isNull();
    }

    @Test
    void keluarWithAFileChosenAndNotImportedAsksToo(FxRobot robot) throws Exception {
        Path file = Files.writeString(ui.dir().resolve("Daftar Lalong.csv"),
                "No;NIK;Nama;Desa\n1;5310015204850001;Maria Jelita;Lalong\n");
        ui.window().importFilesFrom((chooser, owner) -> file.toFile());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.I).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#chooseImportFile").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false));
        Window importWindow = robot.lookup("#chooseImportFile").query().getScene().getWindow();
        robot.clickOn("#chooseImportFile");
        waitUntil(() -> "Daftar Lalong.csv".equals(robot.lookup("#importFile").queryAs(Label.class).getText()));

        // Berkas → Keluar in the main window (the item the main window's Ctrl+Q fires); not waited for: it asks.
        MenuItem exit = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> ID.getString("menu.file.exit").equals(i.getText())).findFirst().orElseThrow();
        Platform.runLater(exit::fire);
        waitUntil(() -> closeQuestion(robot) != null);
        assertThat(closeQuestion(robot).getContentText()).contains("Daftar Lalong.csv");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> closeQuestion(robot) == null);
        assertThat(ui.stage().isShowing()).isTrue();
        assertThat(importWindow.isShowing()).isTrue();
        waitUntil(importWindow::isFocused);

        // Ctrl+Q in the import window asks alike.
        ctrlQ(robot);
        waitUntil(() -> closeQuestion(robot) != null);
        closeWithoutSaving(robot);
        waitUntil(() -> !ui.stage().isShowing());
        assertThat(importWindow.isShowing()).isFalse();
    }

    @Test
    void theFormsOwnXAsksButTheMainWindowHiddenByCodeAsksNothing(FxRobot robot) {
        Window form = openForm(robot);
        robot.clickOn("#nameField").write("Maria");
        closeRequest(form);
        waitUntil(() -> anyQuestion(robot) != null);
        assertThat(anyQuestion(robot).getHeaderText()).isEqualTo(ID.getString("form.discard.title"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> anyQuestion(robot) == null);
        assertThat(form.isShowing()).isTrue();
        assertThat(name(robot)).isEqualTo("Maria");

        // As TestFX's clean-up hides every window: the form goes with its owner, and nothing waits on a question.
        Platform.runLater(ui.stage()::hide);
        waitUntil(() -> !ui.stage().isShowing() && !form.isShowing());
        assertThat(anyQuestion(robot)).isNull();
    }
}
