package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The clerk works with the window maximized, under a Linux window manager that does what Openbox did in trial 11
 * (JavaFX 21's GTK windows): a new dialog comes out as a 200 × 200 fragment at the screen's corner, and a modal
 * one un-maximizes the main window. Here that window manager is played by a handler on each new window. The
 * form and the history still open whole, centred on the window, and the window stays maximized.
 */
@ExtendWith(ApplicationExtension.class)
class MaximizedDialogsWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-maxdialogs").dashboardShown();

    private final ListChangeListener<Window> windowManager = change -> {
        while (change.next()) {
            for (Window added : change.getAddedSubList()) {
                if (added instanceof Stage dialog && dialog.getOwner() != null) {
                    dialog.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                        // What Openbox did to the dialog and, for a modal one, to its owner.
                        dialog.setX(-1);
                        dialog.setY(-27);
                        dialog.setWidth(202);
                        dialog.setHeight(225);
                        if (dialog.getModality() != Modality.NONE) {
                            ui.stage().setMaximized(false);
                        }
                    });
                }
            }
        }
    };

    @BeforeEach
    void underAnUnkindWindowManager(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        robot.interact(() -> Window.getWindows().addListener(windowManager));
    }

    @AfterEach
    void windowManagerGone(FxRobot robot) {
        robot.interact(() -> {
            Window.getWindows().removeListener(windowManager);
            ui.stage().setMaximized(false);
        });
    }

    @Test
    void theFormOpensWholeOverTheMaximizedWindowWhichStaysMaximized(FxRobot robot) {
        robot.interact(() -> ui.stage().setMaximized(true));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> dialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Stage form = dialog().orElseThrow();

        assertWholeAndCentred(form);
        assertThat(ui.stage().isMaximized()).as("un-maximized while the form shows (the window manager's doing)").isFalse();

        robot.interact(form::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.stage().isMaximized()).as("maximized again once the form is gone").isTrue();

        // The clerk's own un-maximizing is left alone.
        robot.interact(() -> ui.stage().setMaximized(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.stage().isMaximized()).isFalse();
    }

    @Test
    void theHistoryOpensWholeToo(FxRobot robot) {
        robot.interact(() -> ui.stage().setMaximized(true));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#personHistory");
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Stage history = dialog().orElseThrow();

        assertWholeAndCentred(history);

        robot.interact(history::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.stage().isMaximized()).as("maximized again once the history is gone").isTrue();
    }

    @Test
    void aLanguageSwitchKeepsTheWindowsPlaceAndMaximizing(FxRobot robot) {
        robot.interact(() -> ui.stage().setMaximized(true));
        ComboBox<String> language = robot.lookup("#languageChoice").queryComboBox();
        robot.interact(() -> language.setValue("English"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.stage().isMaximized()).isTrue();

        robot.interact(() -> ui.stage().setMaximized(false));
        List<Double> before = List.of(ui.stage().getX(), ui.stage().getY(), ui.stage().getWidth(), ui.stage().getHeight());
        waitUntil(() -> robot.lookup("#languageChoice").tryQuery().isPresent());
        ComboBox<String> again = robot.lookup("#languageChoice").queryComboBox();
        robot.interact(() -> again.setValue("Bahasa Indonesia"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.of(ui.stage().getX(), ui.stage().getY(), ui.stage().getWidth(), ui.stage().getHeight()))
                .isEqualTo(before);
    }

    private java.util.Optional<Stage> dialog() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s && s.getOwner() == ui.stage())
                .map(Stage.class::cast).findFirst();
    }

    private void assertWholeAndCentred(Stage dialog) {
        javafx.scene.Parent content = dialog.getScene().getRoot();
        Rectangle2D usable = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(dialog.getWidth()).as("as wide as its content wants, or the screen")
                .isGreaterThanOrEqualTo(Math.min(usable.getWidth(), content.prefWidth(-1)) - 1).isGreaterThan(400);
        assertThat(dialog.getHeight()).as("as tall as its content wants, or the screen")
                .isGreaterThanOrEqualTo(Math.min(usable.getHeight(), content.prefHeight(-1)) - 1).isGreaterThan(300);
        assertThat(usable.contains(dialog.getX(), dialog.getY(), dialog.getWidth() - 0.5, dialog.getHeight() - 0.5))
                .as("within the screen, title bar too").isTrue();
        Stage main = ui.stage();
        assertThat(Math.abs(dialog.getX() + dialog.getWidth() / 2 - (main.getX() + main.getWidth() / 2)))
                .as("centred on the window").isLessThan(2);
    }
}
