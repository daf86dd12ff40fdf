package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.domain.RegisterFilter;
import id.payung.service.Settings;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.main.Screen;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * While another Payung's import holds the write transaction and a save of this window waits for it: the
 * person's history and the enrollment form (its choices, the look-up of a known NIK) still answer — they read
 * in the read lane, not behind the waiting save; the waiting save is shown in the status bar with a Cancel,
 * and a save of the form — queued behind it, then waiting itself — waits in the form with a Cancel of its own;
 * each Cancel leaves nothing saved and says so.
 */
@ExtendWith(ApplicationExtension.class)
class WaitingWritesWindowTest {
    private static final String MARIA = "5310015204850001";

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-waitingwrites");

    @Test
    void readsAnswerBesideAWaitingSaveAndEveryWaitingSaveCanBeCancelledWithNothingSaved(FxRobot robot) throws Exception {
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        PayungServices services = ui.services();
        services.enrollments().enrol(TestData.form(MARIA, "Maria Jelita", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                YearMonth.of(2026, 12)));
        Path list = HeldImport.parts(ui.dir(), 1, 40).get(0);
        HeldImport held = ui.closing(HeldImport.start(services.databaseFile(), list));

        // A save of the office's settings waits for the import: the status bar says so, with a Cancel.
        Settings before = services.settings();
        Settings renamed = new Settings("Kantor Baru", before.regencyCode(), before.place(), before.address(),
                before.language(), before.defaultYear(), before.headName(), before.headTitle());
        AtomicBoolean saved = new AtomicBoolean();
        robot.interact(() -> BackgroundTask.<Void>wrap(() -> {
            services.saveSettings(renamed);
            return null;
        }).onSuccess(v -> saved.set(true)).executeWith(ui.tasks()));
        Label statusWait = robot.lookup("#statusBar #waitText").queryAs(Label.class);
        waitUntil(() -> statusWait.isVisible() && statusWait.getText().startsWith("Menunggu penulisan lain selesai (impor, Payung lain, atau program lain"));
        Button statusCancel = robot.lookup("#statusBar #waitCancel").queryButton();
        assertThat(statusCancel.isVisible()).isTrue();
        assertThat(statusCancel.getText()).isEqualTo("Batal");

        // Meanwhile: the register, a person's history ...
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#personHistory");
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isPresent());
        assertThat(robot.lookup("#historyChanges").queryTableView().getItems()).isNotEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#historyChanges").tryQuery().isEmpty());

        // ... and the enrollment form with its choices, where a known NIK fills in the person.
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isPresent());
        assertThat(robot.lookup("#funderChoice").queryComboBox().getItems()).isNotEmpty();
        robot.clickOn("#nikField").write(MARIA);
        waitUntil(() -> robot.lookup("#knownPerson").queryAs(Label.class).isVisible());
        waitUntil(() -> "Maria Jelita".equals(robot.lookup("#nameField").queryAs(TextField.class).getText()));
        assertThat(saved).isFalse();
        assertThat(held.isDone()).isFalse();

        // The form's save, queued behind the waiting one, waits as long: the form says so, with its own Cancel
        // (the window's status bar is behind the form), and no second save can be queued behind it.
        choose(robot, "#funderChoice", f -> f.code().equals("MANDIRI"));
        robot.interact(() -> robot.lookup("#firstMonthField").queryAs(TextField.class).setText("01/2027"));
        robot.clickOn("#nameField").type(KeyCode.ENTER);
        Parent form = robot.lookup("#nikField").query().getScene().getRoot();
        Label formWait = robot.from(form).lookup("#waitText").queryAs(Label.class);
        Button formCancel = robot.from(form).lookup("#waitCancel").queryButton();
        waitUntil(() -> formWait.isVisible() && formWait.getText().startsWith("Menunggu penulisan lain selesai (impor, Payung lain, atau program lain"));
        assertThat(robot.from(form).lookup("#saveEnrollment").queryButton().isDisabled()).isTrue();
        assertThat(robot.from(form).lookup("#saveAndNew").queryButton().isDisabled()).isTrue();
        // Cancelled before its turn, it ends at once: nothing saved, said in the form.
        robot.clickOn(formCancel);
        waitUntil(() -> formWait.getText().equals("Dibatalkan saat menunggu penulisan lain: tidak ada yang disimpan."));
        assertThat(robot.from(form).lookup("#saveEnrollment").queryButton().isDisabled()).isFalse();
        assertThat(statusWait.getText()).startsWith("Menunggu penulisan lain selesai (impor, Payung lain, atau program lain"); // the first still waits

        // The settings' save is given up from the status bar (the form keeps the window's bar out of reach of
        // the mouse, so the button is fired): nothing saved, and the bar says so.
        robot.interact(statusCancel::fire);
        waitUntil(() -> statusWait.getText().equals("Dibatalkan saat menunggu penulisan lain: tidak ada yang disimpan."));
        assertThat(statusCancel.isVisible()).isFalse();
        assertThat(saved).isFalse();

        // Saved again, the form's save now waits for the import itself; its Cancel ends that wait.
        robot.clickOn("#nameField").type(KeyCode.ENTER);
        waitUntil(() -> formWait.isVisible() && formWait.getText().startsWith("Menunggu penulisan lain selesai (impor, Payung lain, atau program lain"));
        robot.clickOn(formCancel);
        waitUntil(() -> formWait.getText().equals("Dibatalkan saat menunggu penulisan lain: tidak ada yang disimpan."));
        assertThat(robot.lookup("#nikField").queryAs(TextField.class).getText()).isEqualTo(MARIA); // nothing typed is lost
        assertThat(robot.from(form).lookup("#saveEnrollment").queryButton().isDisabled()).isFalse();
        robot.clickOn("#cancelForm");

        // The import commits; neither cancelled save ever writes.
        assertThat(held.finish().written()).isTrue();
        assertThat(services.settings().officeName()).isEqualTo(before.officeName());
        assertThat(services.register().counts(RegisterFilter.all()).total()).isEqualTo(1 + 40);
        assertThat(services.enrollments().history(services.enrollments().personByNik(MARIA).orElseThrow().id())
                .enrollments()).hasSize(1);
        assertThat(saved).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, java.util.function.Predicate<FundingSource> which) {
        ComboBox<FundingSource> combo = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(combo.getItems().stream().filter(which).findFirst().orElseThrow()));
    }
}
