package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every word of the dialogs comes from the window's bundle: each dialog is opened from the window and all
 * open windows are searched for the texts JavaFX gives its standard buttons on its own.
 */
@ExtendWith(ApplicationExtension.class)
class DialogWordsWindowTest {
    /** JavaFX's own texts of its standard buttons (in the JVM's language), which the window must never show. */
    private static final Set<String> JAVAFX_WORDS = Set.of(ButtonType.OK.getText(), ButtonType.CANCEL.getText(),
            ButtonType.CLOSE.getText(), ButtonType.YES.getText(), ButtonType.NO.getText(), ButtonType.APPLY.getText(),
            ButtonType.FINISH.getText(), ButtonType.NEXT.getText(), ButtonType.PREVIOUS.getText());
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-words").dashboardShown();

    @Test
    void dialogsSpeakIndonesian(FxRobot robot) {
        ResourceBundle id = I18n.bundle(I18n.INDONESIAN);
        assertThat(JAVAFX_WORDS).as("the test's yardstick").contains("OK", "Cancel", "Close")
                .doesNotContain(id.getString("dialog.ok"), id.getString("dialog.cancel"), id.getString("dialog.close"));
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.clickOn("#endEnrollment");
        assertDialogWords(robot, id, "Oke", "Batal");
        robot.clickOn("#personHistory");
        assertDialogWords(robot, id, "Tutup");
        robot.clickOn("#cohortsTab");
        robot.clickOn("#addCohort");
        assertDialogWords(robot, id, "Oke", "Batal");
        ScreenWaits.open(robot, Screen.AWARDS);
        robot.clickOn("#addEvent");
        assertDialogWords(robot, id, "Oke", "Batal");
    }

    @Test
    void theStatusLineFollowsTheLanguage(FxRobot robot) {
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> !notice.getText().isEmpty());
        assertThat(notice.getText()).startsWith("Cadangan harian dibuat");

        @SuppressWarnings("unchecked")
        ComboBox<String> language = robot.lookup("#languageChoice").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue("English"));
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        Label english = robot.lookup("#notice").queryAs(Label.class);
        assertThat(english.getText()).startsWith(I18n.bundle(Locale.ENGLISH).getString("notice.dailyBackup")
                .substring(0, 12));
        assertThat(english.getText()).doesNotContain("Cadangan");
    }

    /** The open dialog's buttons read {@code expected}, no window shows a JavaFX word; then it is cancelled. */
    private static void assertDialogWords(FxRobot robot, ResourceBundle bundle, String... expected) {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        List<String> buttons = robot.lookup(".dialog-pane .button-bar .button").queryAllAs(Button.class).stream()
                .map(Button::getText).toList();
        assertThat(buttons).containsExactlyInAnyOrder(expected);
        List<String> all = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                collect(w.getScene().getRoot(), all);
            }
        }
        assertThat(all).as("words in the open windows").doesNotContainAnyElementsOf(JAVAFX_WORDS);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && node.isVisible()) {
            texts.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }
}
