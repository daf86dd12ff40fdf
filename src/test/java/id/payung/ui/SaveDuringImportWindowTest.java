package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.DemoData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.ui.main.Screen;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A save started while an import holds the write transaction waits for it — and the register's reads still
 * answer meanwhile (they do not queue behind the waiting save); the save's Cancel ends its wait with nothing
 * written and nothing shown as an error.
 */
@ExtendWith(ApplicationExtension.class)
class SaveDuringImportWindowTest {
    private static final int PART = 130;

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-savewait");

    @Test
    void aSaveWaitingForAnImportDoesNotHoldUpTheRegistersReadsAndItsCancelEndsTheWait(FxRobot robot) throws Exception {
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        List<Path> parts = HeldImport.parts(ui.dir(), 2, PART);
        PayungServices services = ui.services();
        services.imports().importFile(parts.get(0), ImportOptions.defaults(), ImportService.Progress.NONE);

        // Another Payung imports the second part and is held inside its write transaction.
        HeldImport held = ui.closing(HeldImport.start(services.databaseFile(), parts.get(1)));

        // A save (the office's settings, unchanged) on the window's worker: it waits, and says so.
        AtomicBoolean saved = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask<Void>[] save = new BackgroundTask[1];
        robot.interact(() -> save[0] = BackgroundTask.<Void>wrap(() -> {
            services.saveSettings(services.settings());
            return null;
        }).onSuccess(v -> saved.set(true)).onCancelled(() -> cancelled.set(true)).executeWith(ui.tasks()));
        // in the status bar, with its Cancel (not in the notice beside: once is enough)
        Label waits = robot.lookup("#statusBar #waitText").queryAs(Label.class);
        waitUntil(() -> waits.isVisible() && waits.getText().contains("Menunggu penulisan lain selesai (impor, Payung lain, atau program lain"));
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        assertThat(notice.getText()).doesNotContain("Menunggu");

        // Meanwhile the register answers a search: its reads do not queue behind the waiting save.
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 100);
        String someone = DemoData.rows(PART, 5).next().fullName();
        robot.clickOn("#registerSearch").write(someone);
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().size() < 100);
        assertThat(saved.get()).isFalse();
        assertThat(held.isDone()).isFalse();

        // Cancel reaches the wait: the save gives up (nothing written, no error dialog), the notice goes.
        robot.interact(save[0]::cancel);
        waitUntil(cancelled::get);
        waitUntil(() -> waits.getText().equals("Dibatalkan saat menunggu penulisan lain: tidak ada yang disimpan."));
        assertThat(saved.get()).isFalse();
        assertThat(held.isDone()).isFalse();

        assertThat(held.finish().written()).isTrue();
    }

}
