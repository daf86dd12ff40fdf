package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.app.ImportWindows;
import id.payung.service.TestData;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A user trial: the import window (Berkas → Impor…, Ctrl+Shift+I) was blank for 1–3 s as it opened, its FXML loaded
 * and styled on the FX thread on the click. Its content is now made where the screens are made, off the FX thread:
 * asked for before it is ready, the window opens at once saying "Memuat…" while the FX thread goes on answering; made
 * ahead (after start-up), the window opens whole, its lists filled, in the same turn of the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ImportWindowOpensAtOnceWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-import-at-once").size(1000, 680)
            .showing(ui -> new StackPane(new Label("Payung")));

    private final ExecutorService aside = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-aside"));
    private final CountDownLatch release = new CountDownLatch(1);
    /** The thread each content was built on (its FXML loaded, its view model made and its lists read). */
    private final List<Thread> builtOn = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Builds on the test's own thread, once {@link #release} is counted down. */
    private final ImportWindows.Aside held = new ImportWindows.Aside() {
        @Override
        public <T> CompletableFuture<T> prepare(Supplier<T> build) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                builtOn.add(Thread.currentThread());
                return build.get();
            }, aside);
        }
    };

    private ImportWindows windows(FxRobot robot) {
        AtomicReference<ImportWindows> made = new AtomicReference<>();
        robot.interact(() -> made.set(new ImportWindows(ui.stage(), ui.services(), ui.tasks(), TestData.CLOCK,
                I18n.bundle(I18n.INDONESIAN), held, new ImportWindows.Host() {
                    @Override
                    public void notice(Function<ResourceBundle, String> text) {
                        notices.add(text.apply(I18n.bundle(I18n.INDONESIAN)));
                    }

                    @Override
                    public void importRunning(boolean running) {
                    }

                    @Override
                    public void failed(Throwable error) {
                        throw new AssertionError(error);
                    }

                    @Override
                    public void opened(javafx.stage.Stage window, id.payung.ui.imports.ImportViewModel model) {
                    }
                })));
        return made.get();
    }

    @AfterEach
    void closeImportWindows(FxRobot robot) {
        release.countDown();
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != ui.stage()).forEach(Window::hide));
        aside.shutdownNow();
    }

    private static Window importWindow(FxRobot robot, Window main) {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing()).findFirst().orElse(null);
    }

    @Test
    void opensAtOnceSayingLoadingWhileItsContentIsMadeOffTheFxThread(FxRobot robot) throws Exception {
        ImportWindows windows = windows(robot);
        robot.interact(() -> windows.open(() -> { }));

        // Shown at once, saying it is loading, while its content is still being made.
        Window window = importWindow(robot, ui.stage());
        assertThat(window).as("the window shows before its content is made").isNotNull();
        Node loading = window.getScene().lookup("#importLoading");
        assertThat(loading).isInstanceOf(Label.class);
        assertThat(((Label) loading).getText()).isEqualTo("Memuat…");
        assertThat(window.getScene().lookup("#closeImport")).isNull();
        // The FX thread answers meanwhile.
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(true));
        assertThat(answered.get(2, TimeUnit.SECONDS)).isTrue();

        release.countDown();
        waitUntil(() -> window.getScene().lookup("#closeImport") != null);
        assertThat(builtOn).hasSize(1);
        assertThat(builtOn.get(0).getName()).as("FXML loaded, view model made off the FX thread").isEqualTo("test-aside");
        // Its lists came with it, and it is live: its own work now runs in the background as anywhere.
        @SuppressWarnings("unchecked")
        ComboBox<Object> funders = (ComboBox<Object>) window.getScene().lookup("#importFunder");
        assertThat(funders.getItems()).isNotEmpty();
        assertThat(window.isShowing()).isTrue();
        assertThat(window.getScene().lookup("#importLoading")).isNull();
    }

    @Test
    void madeAheadItOpensWholeInTheSameTurnOfTheFxThread(FxRobot robot) throws Exception {
        release.countDown();
        ImportWindows windows = windows(robot);
        AtomicReference<CompletableFuture<Void>> ready = new AtomicReference<>();
        robot.interact(() -> ready.set(windows.prepareAhead()));
        ready.get().get(10, TimeUnit.SECONDS);

        // Opened and looked at in one runnable: nothing of it left for later.
        AtomicReference<Window> opened = new AtomicReference<>();
        AtomicReference<Integer> funders = new AtomicReference<>();
        robot.interact(() -> {
            windows.open(() -> { });
            Window window = importWindow(robot, ui.stage());
            opened.set(window);
            if (window != null && window.getScene().lookup("#importFunder") instanceof ComboBox<?> box) {
                funders.set(box.getItems().size());
            }
        });
        assertThat(opened.get()).isNotNull();
        assertThat(funders.get()).as("the window whole, its funders listed, as it shows").isNotNull().isPositive();
        assertThat(builtOn).extracting(Thread::getName).containsExactly("test-aside");

        // Closed, the next window's content is made ahead again (off the FX thread), for the next Ctrl+Shift+I.
        robot.interact(() -> opened.get().hide());
        waitUntil(() -> builtOn.size() == 2);
        assertThat(builtOn.get(1).getName()).isEqualTo("test-aside");
    }
}
