package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.OfflineCopyMarks;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A clerk's offline copy of the office server (Cadangan → "Simpan salinan luring…") opened in the window, as
 * {@code java -jar payung.jar --db salinan.db} opens it: it was an ordinary writable file, and a day's work typed into
 * it never reached the server. The window says what it is in the status line, its writing actions are disabled (one
 * rule with a read-only file's), a write that still reaches the services is refused with the same sentence; the
 * register and the dashboard still read.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineCopyWindowTest {
    static final String SENTENCE = "Salinan luring dari server kantor.local/payung (login siti, 07/12/2026 05:12): hanya"
            + " untuk dibaca; perubahan dilakukan di server.";

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-offline").on(file -> {
        try (PayungServices server = PayungServices.open(file, true, TestData.CLOCK)) {
            server.enrollments().enrol(TestData.form("5310015204850002", "Theresia Nimat", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), null)); // what the server held when the copy was made
        }
        OfflineCopyMarks.mark(file);
        return PayungServices.open(file, false, TestData.CLOCK); // opened as any file is: the mark decides
    }).dashboardShown();

    @Test
    void theWindowSaysItIsAnOfflineCopyAndRefusesToWrite(FxRobot robot) {
        assertThat(ui.services().readOnly()).isTrue();
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> SENTENCE.equals(notice.getText()));
        assertThat(ui.stage().getTitle()).as("the window says it too (trial 18-3)")
                .isEqualTo("Payung — Salinan luring: hanya untuk dibaca");

        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        waitUntil(() -> robot.lookup("#enrollmentsTable").queryTableView().getItems().size() == 1); // the register reads
        for (String id : new String[] {"#addEnrollment", "#importList", "#editEnrollment", "#deleteEnrollment"}) {
            assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
            assertThat(robot.lookup(id + "ReadOnly").tryQuery()).as(id).isPresent();
        }
        assertThat(robot.lookup("#exportList").queryAs(Button.class).isDisabled()).as("an export reads only").isFalse();
        robot.moveTo("#addEnrollment");
        waitUntil(() -> tooltipShown("Salinan luring: hanya untuk dibaca"));

        ScreenWaits.open(robot, Screen.SETTINGS);
        assertThat(robot.lookup("#saveSettings").queryAs(Button.class).isDisabled()).isTrue();
        ScreenWaits.open(robot, Screen.BACKUP);
        assertThat(robot.lookup("#restoreFromFile").query().isDisabled()).as("no restore into the copy").isTrue();

        // The menu's Impor (offered, to say why not) says what the copy is, not "a provincial login" (trial 18-3).
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ui.stage().getScene().getRoot().lookup(".menu-bar");
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuImport".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        waitUntil(() -> notice.getText() != null && notice.getText().startsWith("Perubahan tidak disimpan. " + SENTENCE));
        assertThat(notice.getText()).contains("docs/SERVER.md").doesNotContain("login provinsi");

        // A write that still reaches the services (a form's Simpan) is refused with the status line's sentence.
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> ui.services().enrollments().enrol(
                TestData.form("5310011205850001", "Andi", "APBD-KAB-MGR", YearMonth.of(2026, 1), null)));
        assertThat(UserMessages.isRefusal(refused)).isTrue();
        assertThat(UserMessages.describe(I18n.bundle(I18n.INDONESIAN), refused))
                .startsWith("Perubahan tidak disimpan. " + SENTENCE).contains("docs/SERVER.md");
        assertThat(UserMessages.describe(I18n.bundle(I18n.ENGLISH), refused)).startsWith("Nothing was saved. Offline copy"
                + " of the server kantor.local/payung (login siti, 07/12/2026 05:12): for reading only; changes are made"
                + " on the server.");
    }

    private static boolean tooltipShown(String text) {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Tooltip)
                .anyMatch(w -> text.equals(((Tooltip) w).getText()));
    }
}
