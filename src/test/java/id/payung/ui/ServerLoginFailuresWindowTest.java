package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ServerAddress;
import id.payung.service.ServerPassword;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The server login dialog never hangs: an attempt stopped by an Error (pgjdbc missing from a broken install) or by a
 * checked exception thrown past the opener's signature is said in the dialog with Connect on again, as a refusal
 * is (it used to spin with Connect off); a main window that cannot be shown leaves the dialog saying so, the
 * opened database closed, and Keluar still quits (it used to ignore Keluar and its own close box). No server needed.
 */
@ExtendWith(ApplicationExtension.class)
class ServerLoginFailuresWindowTest {
    private static final ServerPassword.Lookup NONE_STORED =
            new ServerPassword.Lookup(null, ServerPassword.Source.NONE, null, ServerPassword.Ignored.NONE);
    private static final ServerAddress ADDRESS = new ServerAddress("siti", "192.168.1.10", 5432, "payung", null);

    @Start
    void start(Stage stage) {
        // the dialog is a window of its own
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    private static Label message(FxRobot robot) {
        return robot.lookup("#loginMessage").queryAs(Label.class);
    }

    @Test
    void anErrorOrACheckedExceptionWhileConnectingIsSaidAndTheDialogTriesAgain(FxRobot robot) {
        AtomicInteger attempts = new AtomicInteger();
        List<Object> opened = new ArrayList<>();
        ServerLoginDialog<Object>[] dialog = new ServerLoginDialog[1];
        robot.interact(() -> {
            dialog[0] = new ServerLoginDialog<>(I18n.bundle(I18n.INDONESIAN), ADDRESS, () -> NONE_STORED, password -> {
                switch (attempts.incrementAndGet()) {
                    case 1 -> throw new NoClassDefFoundError("org/postgresql/Driver");
                    case 2 -> throw sneaky(new java.io.IOException("jaringan putus"));
                    default -> {
                        return "basis data";
                    }
                }
            }, opened::add, () -> {
                throw new AssertionError("not quit");
            });
            dialog[0].show();
        });
        waitUntil(() -> message(robot).getText().contains("org/postgresql/Driver"));
        assertThat(robot.lookup("#loginConnect").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#loginBusy").queryAs(ProgressIndicator.class).isVisible()).isFalse();
        assertThat(message(robot).getStyleClass()).contains("form-error");

        robot.clickOn("#loginConnect");
        waitUntil(() -> message(robot).getText().contains("jaringan putus"));
        assertThat(robot.lookup("#loginConnect").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#loginConnect");
        waitUntil(() -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("basis data");
        assertThat(dialog[0].stage().isShowing()).isFalse();
    }

    @Test
    void aMainWindowThatCannotBeShownLeavesTheDialogSayingSoAndKeluarQuits(FxRobot robot) {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean quit = new AtomicBoolean();
        AutoCloseable database = () -> closed.set(true);
        ServerLoginDialog<AutoCloseable>[] dialog = new ServerLoginDialog[1];
        robot.interact(() -> {
            dialog[0] = new ServerLoginDialog<>(I18n.bundle(I18n.INDONESIAN), ADDRESS, () -> NONE_STORED,
                    password -> database, opened -> {
                        throw new IllegalStateException("layar utama gagal dibuat");
                    }, () -> quit.set(true));
            dialog[0].show();
        });
        waitUntil(() -> message(robot).getText().contains("layar utama gagal dibuat"));
        assertThat(closed).as("the database nobody will use is closed").isTrue();
        assertThat(dialog[0].stage().isShowing()).isTrue();

        robot.clickOn("#loginQuit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quit).isTrue();
        assertThat(dialog[0].stage().isShowing()).isFalse();
    }
}
