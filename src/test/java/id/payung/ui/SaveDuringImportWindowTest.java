package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.DemoData;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.ui.main.Screen;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A save started while an import holds the write transaction waits for it — and the register's reads still
 * answer meanwhile (they do not queue behind the waiting save); the save's Cancel ends its wait with nothing
 * written and nothing shown as an error.
 */
@ExtendWith(ApplicationExtension.class)
class SaveDuringImportWindowTest {
    private static final int PART = 130;

    private WindowFixture ui;
    private PayungServices other;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws IOException {
        ui = WindowFixture.open(stage, "payung-savewait");
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
        if (other != null) {
            other.close();
        }
        ui.close();
    }

    @Test
    void aSaveWaitingForAnImportDoesNotHoldUpTheRegistersReadsAndItsCancelEndsTheWait(FxRobot robot) throws Exception {
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        List<Path> parts = parts(ui.dir());
        PayungServices services = ui.services();
        services.imports().importFile(parts.get(0), ImportOptions.defaults(), ImportService.Progress.NONE);

        // Another Payung imports the second part and is held inside its write transaction.
        other = PayungServices.open(services.databaseFile(), false, TestData.CLOCK);
        CountDownLatch writing = new CountDownLatch(1);
        Future<ImportService.Report> held = thread.submit(() -> other.imports().importFile(parts.get(1),
                ImportOptions.defaults(), new ImportService.Progress() {
                    @Override
                    public void rows(long done) {
                        writing.countDown();
                        try {
                            release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                }));
        assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

        // A save (the office's settings, unchanged) on the window's worker: it waits, and says so.
        AtomicBoolean saved = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask<Void>[] save = new BackgroundTask[1];
        robot.interact(() -> save[0] = BackgroundTask.<Void>wrap(() -> {
            services.saveSettings(services.settings());
            return null;
        }).onSuccess(v -> saved.set(true)).onCancelled(() -> cancelled.set(true)).executeWith(ui.tasks()));
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> notice.getText().contains("Menunggu impor lain selesai menulis"));

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
        waitUntil(() -> !notice.getText().contains("Menunggu"));
        assertThat(saved.get()).isFalse();
        assertThat(held.isDone()).isFalse();

        release.countDown();
        assertThat(held.get(60, TimeUnit.SECONDS).written()).isTrue();
    }

    /** One generated list (distinct NIKs) in two files of {@link #PART} rows. */
    private static List<Path> parts(Path dir) throws IOException {
        StringWriter out = new StringWriter();
        DemoData.writeCsv(out, 2L * PART, 5);
        List<String> lines = out.toString().lines().toList();
        Path[] files = new Path[2];
        for (int i = 0; i < 2; i++) {
            files[i] = dir.resolve("bagian-" + (i + 1) + ".csv");
            Files.write(files[i], Stream.concat(Stream.of(lines.get(0)), lines.subList(1 + i * PART, 1 + (i + 1) * PART)
                    .stream()).toList(), StandardCharsets.UTF_8);
        }
        return List.of(files);
    }
}
