package id.payung.app;

import id.payung.domain.Formats;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportService;
import id.payung.ui.ScreenTaskExecutor;
import id.payung.ui.TaskExecutor;
import id.payung.ui.imports.ImportView;
import id.payung.ui.imports.ImportViewModel;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The import windows of one frame (Berkas → Impor…, Ctrl+Shift+I, and the register's button). A window's content —
 * its FXML, its view model and what it lists first (funders, kecamatan, past imports) — is built where the screens
 * are built ({@link Aside}: the frame's screen thread), never on the FX thread; only its styling is done there. One
 * content is made ahead once the start screens are in, so the clerk's Ctrl+Shift+I only styles and shows it (it cost
 * 1–3 s of a frozen, blank window: its FXML loaded and its lists read on the click). A window asked for before its content is ready opens at once saying "Memuat…", and fills when it comes.
 */
public final class ImportWindows {
    /** Where content is built off the FX thread: {@code MainView::prepareAside} (a test's executor in tests). */
    public interface Aside {
        /** Builds with {@code build} away from the FX thread; fails with a {@link CancellationException} when closed. */
        <T> CompletableFuture<T> prepare(Supplier<T> build);
    }

    /** What the main window gives its import windows. */
    public interface Host {
        /** Puts a line in the status line (as words of a bundle, so a language switch words it again). */
        void notice(Function<ResourceBundle, String> text);

        /** A window's check or import starts ({@code true}) or ends: a restore is refused meanwhile. */
        void importRunning(boolean running);

        /** Shows a failure the window could not show itself (its content could not be built). */
        void failed(Throwable error);

        /** A window has its content, in its scene, and shows (or is about to); nothing to do by default. */
        default void opened(Stage window, ImportViewModel model) {
        }
    }

    /** A window's content, built and not yet shown. */
    private static final class Content {
        final Parent root;
        final ImportViewModel model;
        final ScreenTaskExecutor tasks;
        final YearMonth month;
        /** What an import or undo refreshes: the caller of the window that shows this content. */
        Runnable afterImport = () -> { };

        Content(Parent root, ImportViewModel model, ScreenTaskExecutor tasks, YearMonth month) {
            this.root = root;
            this.model = model;
            this.tasks = tasks;
            this.month = month;
        }
    }

    private final Stage owner;
    private final PayungServices services;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final ResourceBundle bundle;
    private final Aside aside;
    private final Host host;
    private final String stylesheet = ImportWindows.class.getResource("/theme/payung.css").toExternalForm();
    /** The file dialog the windows ask for a file with; tests give their own. */
    private ImportView.OpenDialog openDialog = javafx.stage.FileChooser::showOpenDialog;
    /** Content made ahead for the next window (or being made); null: none. */
    private CompletableFuture<Content> ahead;
    private boolean closed;

    public ImportWindows(Stage owner, PayungServices services, TaskExecutor tasks, Clock clock, ResourceBundle bundle,
                         Aside aside, Host host) {
        this.owner = owner;
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        this.bundle = bundle;
        this.aside = aside;
        this.host = host;
    }

    /** The next windows ask for their file with {@code dialog} (a test's stands for the native one). */
    public void chooseFilesWith(ImportView.OpenDialog dialog) {
        this.openDialog = dialog;
    }

    /**
     * Makes the next window's content now, off the FX thread (its FXML, view model and first lists): the next window
     * then only styles and shows it. Does nothing when made already (or being made).
     *
     * @return completes on the FX thread once the content is ready to show (never, when none is made)
     */
    public CompletableFuture<Void> prepareAhead() {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        if (closed || ahead != null || services.readOnly()) {
            return ready;
        }
        CompletableFuture<Content> made = aside.prepare(this::build);
        ahead = made;
        // Built off the FX thread only: styling it ahead cost the FX thread 0,35–1,06 s at some moment after start-up
        // and after each import window closed, a freeze the clerk had not asked for (and the first opening was no
        // faster for it). It is styled as it shows.
        made.thenAccept(content -> Platform.runLater(() -> {
            if (ahead == made && !closed) {
                ready.complete(null);
            }
        }));
        return ready;
    }

    /**
     * Opens an import window at once: whole when its content was made ahead, else saying "Memuat…" until its content,
     * made off the FX thread, comes. {@code afterImport} runs after an import or undo that wrote.
     */
    public void open(Runnable afterImport) {
        CompletableFuture<Content> content = takeAhead();
        boolean reread = content != null && content.isDone(); // made a while ago: its lists are read again as it shows
        if (content == null) {
            content = aside.prepare(this::build);
        }
        Stage window = new Stage();
        window.initOwner(owner);
        // Not modal: while a long import runs the register, dashboard and reports stay usable (they read on
        // connections of their own); a second import started meanwhile waits for the first, and says so.
        window.initModality(Modality.NONE);
        window.setTitle("Payung — " + bundle.getString("import.title"));
        // The next window's content, once this one is closed (made while the clerk is back in the main window).
        window.setOnHidden(e -> prepareAhead());
        if (content.isDone() && !content.isCompletedExceptionally() && !content.isCancelled()) {
            fill(window, content.join(), reread, afterImport);
            window.show();
            return;
        }
        Label loading = new Label(bundle.getString("screen.loading"));
        loading.setId("importLoading");
        loading.getStyleClass().add("page-help");
        StackPane placeholder = new StackPane(loading);
        placeholder.getStyleClass().add("form");
        Scene waiting = new Scene(placeholder);
        waiting.getStylesheets().add(stylesheet);
        window.setScene(waiting);
        place(window, null);
        window.show();
        content.whenComplete((made, error) -> Platform.runLater(() -> arrived(window, made, error, reread, afterImport)));
    }

    /** The content made ahead, if any and still of use; null otherwise (a failed one is forgotten). */
    private CompletableFuture<Content> takeAhead() {
        CompletableFuture<Content> taken = ahead;
        ahead = null;
        if (taken == null || taken.isCompletedExceptionally() || taken.isCancelled()) {
            return null;
        }
        if (taken.isDone() && !taken.join().month.equals(YearMonth.now(clock))) {
            return null; // made last month: "Mulai" would start a month early
        }
        return taken;
    }

    /** The content has come for a window that said "Memuat…". */
    private void arrived(Stage window, Content content, Throwable error, boolean reread, Runnable afterImport) {
        if (error != null) {
            window.hide();
            Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
            if (!(cause instanceof CancellationException) && !services.isClosed()) { // not a frame replaced meanwhile
                host.failed(cause);
            }
            return;
        }
        if (!window.isShowing()) {
            // Closed before it came: never shown, so it is the next window's (its lists are read again then).
            if (ahead == null && !closed) {
                ahead = CompletableFuture.completedFuture(content);
            }
            return;
        }
        fill(window, content, reread, afterImport);
    }

    /** Puts the content in the window, sized for it, and lets its work run in the background from now on. */
    private void fill(Stage window, Content content, boolean reread, Runnable afterImport) {
        content.afterImport = afterImport;
        window.setScene(styled(content.root));
        place(window, content.root);
        host.opened(window, content.model);
        content.tasks.goLive();
        if (reread) {
            content.model.load(); // an import or undo since it was made (another window's) shows
        }
    }

    /** Builds a window's content; runs off the FX thread, its first lists read right there. */
    private Content build() {
        ScreenTaskExecutor windowTasks = new ScreenTaskExecutor(tasks);
        YearMonth month = YearMonth.now(clock);
        Content[] made = new Content[1];
        ImportViewModel model = new ImportViewModel(services.imports(), services.reference(), windowTasks, month,
                () -> made[0].afterImport.run());
        model.setReconciliation(new id.payung.service.importing.Reconciliation(services.register(), clock));
        // A proposed registered NIK looked at whole is recorded as the register's "Tampilkan NIK" records it.
        model.setNikReveal(services.enrollments()::revealRegisteredNik);
        // The funder of the last list imported, offered for the next (trial 21c), kept per database as the form's
        // hand-on is (MainWindow's keptMemory: the same node).
        model.setFunderMemory(id.payung.ui.enrollments.KeptMemory.forDatabase(services.databaseFile(), services.server()));
        model.runningProperty().addListener((obs, was, now) -> host.importRunning(now));
        model.importedProperty().addListener((obs, old, report) -> {
            if (report != null) {
                said(report, model.fileProperty().get());
            }
        });
        model.undoneProperty().addListener((obs, old, undone) -> {
            if (undone != null) {
                host.notice(b -> MessageFormat.format(b.getString("notice.importUndone"),
                        String.valueOf(undone.batch().id()), undone.batch().fileName(), Formats.count(undone.enrollments())));
            }
        });
        ImportView[] view = new ImportView[1];
        Parent root = MainWindow.load("imports/ImportView.fxml", bundle, type -> view[0] = new ImportView(model,
                (chooser, window) -> openDialog.show(chooser, window)));
        if (services.server() != null) {
            view[0].onServer(); // the waiting line names no file there
        }
        windowTasks.throwIfFailed();
        // Past imports and the BPJS comparison styled and laid out when first chosen, not with the window.
        id.payung.ui.Tabs.contentOnFirstVisit(root);
        made[0] = new Content(root, model, windowTasks, month);
        return made[0];
    }

    /**
     * The status line after an import, whatever it said before (after a deletion's undo it still said "Dikembalikan:
     * …" once an import had written hundreds of rows): what the import did, with its file.
     */
    private void said(ImportService.Report report, java.nio.file.Path file) {
        String name = file == null ? "" : file.getFileName().toString();
        if (report.cancelled()) {
            host.notice(b -> MessageFormat.format(b.getString("notice.importCancelled"), name));
        } else if (report.written()) {
            host.notice(b -> MessageFormat.format(b.getString("notice.importDone"), name, Formats.count(report.imported()),
                    String.valueOf(report.batchId())));
        } else {
            host.notice(b -> MessageFormat.format(b.getString("notice.importNothing"), name));
        }
    }

    /** A scene for {@code root} in the window's style, styled now (on the FX thread). */
    private Scene styled(Parent root) {
        Scene scene = root.getScene() != null ? root.getScene() : new Scene(root);
        if (!scene.getStylesheets().contains(stylesheet)) {
            scene.getStylesheets().add(stylesheet);
        }
        root.applyCss();
        return scene;
    }

    /**
     * Sizes and places the window before it shows, on the screen of the main window: under Openbox at 1920 × 1080 it
     * opened at its content's 1100 × 795 (L9). Without content yet ({@code root} null), at the least it will have.
     */
    private void place(Stage window, Parent root) {
        Rectangle2D usable = usable();
        Dimension2D size = size(root);
        window.setWidth(size.getWidth());
        window.setHeight(size.getHeight());
        window.setX(usable.getMinX() + (usable.getWidth() - size.getWidth()) / 2);
        window.setY(usable.getMinY() + (usable.getHeight() - size.getHeight()) / 2);
    }

    /** The window's size for {@code root} (styled), or with no content yet ({@code root} null) the least it will have. */
    private Dimension2D size(Parent root) {
        Rectangle2D usable = usable();
        return root == null ? ImportView.fitted(usable, 0, width -> 0)
                : ImportView.fitted(usable, root.prefWidth(-1), root::prefHeight);
    }

    /** The usable area of the screen the main window is on. */
    private Rectangle2D usable() {
        return javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
    }

    /** The frame is replaced (a language switch, a restore): nothing more is made ahead; open windows stay. */
    public void close() {
        closed = true;
        ahead = null;
    }
}
