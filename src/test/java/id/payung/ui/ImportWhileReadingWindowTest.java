package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.RegisterFilter;
import id.payung.service.DemoData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.ui.imports.ImportViewModel;
import id.payung.ui.main.Screen;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.Parent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * While an import holds the database's write transaction open (another Payung's, on a connection of its
 * own, held by a latch), the window's register and dashboard still answer — from the last commit — and an
 * import started in the window waits for it, saying so, without holding up the screens; then both finish.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWhileReadingWindowTest {
    private static final int PART = 130;

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-readers");
    private HeldImport held;
    private ImportViewModel model;

    @AfterEach
    void close() throws Exception {
        if (held != null) {
            held.letGo();
        }
        if (model != null) {
            waitUntil(() -> !model.runningProperty().get()); // its end reloads through the runner: not yet closed
        }
        if (held != null) {
            held.close();
        }
    }

    @Test
    void theRegisterAndDashboardAnswerWhileAnImportWritesAndAWindowImportWaitsVisibly(FxRobot robot) throws Exception {
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        List<Path> parts = HeldImport.parts(ui.dir(), 3, PART);
        PayungServices services = ui.services();
        services.imports().importFile(parts.get(0), ImportOptions.defaults(), ImportService.Progress.NONE);

        // Another Payung imports the second part and is held inside its write transaction.
        held = HeldImport.start(services.databaseFile(), parts.get(1));

        // The window's import of the third part: checked (a read) and started; it waits, and says so.
        ImportViewModel model = ImportScreen.model(ui);
        this.model = model;
        // The import screen as the import window holds it (not shown: it would cover the window's navigation).
        Parent[] screen = new Parent[1];
        robot.interact(() -> {
            try {
                screen[0] = ImportScreen.load(model);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            new Scene(screen[0]);
            model.fileProperty().set(parts.get(2));
            model.check();
        });
        waitUntil(() -> model.checkedProperty().get() != null);
        assertThat(model.checkedProperty().get().imported()).isEqualTo(PART);
        robot.interact(model::importNow);
        waitUntil(() -> model.waitingProperty().get());
        Label waitLabel = (Label) screen[0].lookup("#importWaiting");
        assertThat(waitLabel.isVisible()).isTrue();
        assertThat(waitLabel.getText()).startsWith("Menunggu penulisan lain selesai");
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> notice.getText().contains("Menunggu penulisan lain selesai (impor, Payung lain, atau program lain"));

        // Meanwhile the register reads a page and its counts: the last commit, the first part only.
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 100);
        Label counts = robot.lookup("#registerCounts").queryAs(Label.class);
        waitUntil(() -> counts.getText().contains("130"));
        String someone = DemoData.rows(PART, 5).next().fullName();
        robot.clickOn("#registerSearch").write(someone);
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().size() < 100);

        // And the dashboard answers each year asked for.
        ScreenWaits.open(robot, Screen.DASHBOARD);
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        waitUntil(() -> year.getItems().containsAll(List.of(2024, 2025)));
        for (int y : new int[] {2024, 2025, 2024}) {
            long expected = services.dashboard().fundingShares(y).stream().mapToLong(f -> f.participants()).sum();
            assertThat(expected).isPositive(); // the seeded cohorts and the first part, read beside the held import
            robot.interact(() -> year.setValue(y));
            waitUntil(() -> chart.getData().stream().mapToDouble(PieChart.Data::getPieValue).sum() == expected);
        }
        assertThat(services.register().counts(RegisterFilter.all()).total()).isEqualTo(PART);
        assertThat(held.isDone()).isFalse();
        assertThat(model.runningProperty().get()).isTrue();

        // Released: the other import commits, then the window's import runs; all three parts are in.
        assertThat(held.finish().written()).isTrue();
        waitUntil(() -> model.importedProperty().get() != null);
        assertThat(model.importedProperty().get().written()).isTrue();
        assertThat(model.waitingProperty().get()).isFalse();
        waitUntil(() -> !notice.getText().contains("Menunggu"));
        assertThat(services.register().counts(RegisterFilter.all()).total()).isEqualTo(3L * PART);
    }

}
