package id.payung.app;

import id.payung.service.facade.PayungServices;
import id.payung.ui.BackgroundTask;
import id.payung.ui.CurrentYear;
import id.payung.ui.ErrorDialog;
import id.payung.ui.Frames;
import id.payung.ui.I18n;
import id.payung.ui.SaveDialogs;
import id.payung.ui.ScreenTaskExecutor;
import id.payung.ui.Tabs;
import id.payung.ui.TaskExecutor;
import id.payung.ui.UserMessages;
import id.payung.ui.WindowMemory;
import id.payung.ui.awards.AwardsView;
import id.payung.ui.awards.AwardsViewModel;
import id.payung.ui.dashboard.DashboardView;
import id.payung.ui.dashboard.DashboardViewModel;
import id.payung.ui.enrollments.CohortsViewModel;
import id.payung.ui.enrollments.EnrollmentDialogs;
import id.payung.ui.enrollments.EnrollmentFormView;
import id.payung.ui.enrollments.EnrollmentFormViewModel;
import id.payung.ui.enrollments.EnrollmentsView;
import id.payung.ui.enrollments.HistoryDialog;
import id.payung.ui.enrollments.RegisterViewModel;
import id.payung.ui.funders.FundingSourcesView;
import id.payung.ui.funders.FundingSourcesViewModel;
import id.payung.ui.main.MainView;
import id.payung.ui.main.Screen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the window from FXML, giving every View its ViewModel and every ViewModel its service.
 * Switching the language rebuilds the views (with new view models) on the same services.
 */
public final class MainWindow implements EnrollmentDialogs {
    private final Stage stage;
    private PayungServices services;
    private final javafx.beans.property.StringProperty notice = new javafx.beans.property.SimpleStringProperty("");
    /** The status line's notice as a function of the language. */
    private java.util.function.Function<ResourceBundle, String> noticeText = b -> "";
    /** Writes now waiting for another writer (an import here or in another Payung): shown after the notice. */
    private int waitingWrites;
    /** Import windows whose check or import runs or waits: a restore is refused meanwhile. */
    private int importsRunning;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final String version;
    private Locale locale;
    /** The funder chosen in the last saved form: the next form starts with it. */
    /** What the last new entry handed on (funder, desa, start month, months), for the working session (trial 14 F5). */
    private EnrollmentFormViewModel.Kept lastKept;

    /** What the form hands on, kept for this database across restarts (trial 20c M2). */
    private id.payung.ui.enrollments.KeptMemory keptMemory() {
        return id.payung.ui.enrollments.KeptMemory.forDatabase(services.databaseFile(), services.server());
    }
    /** The year shared by the dashboard, the reports and the budgets. */
    private final CurrentYear currentYear = new CurrentYear();
    /** The frame now shown. */
    private MainView frame;
    /** The enrollment forms open now (each in a window of its own), in the order they opened. */
    private final java.util.Map<Stage, OpenForm> openForms = new java.util.LinkedHashMap<>();
    /** The Pengaturan page's model in the frame now shown (null until the page is first built): its unsaved changes. */
    private volatile id.payung.ui.settings.SettingsViewModel settingsShown;
    /** Pengaturan's unsaved changes carried to the next frame's page (another language), until it is built; or null. */
    private volatile id.payung.ui.settings.SettingsViewModel.Draft settingsDraft;
    /** The import windows open now, in the order they opened. */
    private final java.util.Map<Stage, id.payung.ui.imports.ImportViewModel> openImports = new java.util.LinkedHashMap<>();
    /**
     * The main window's close (its X, Alt+F4, Berkas → Keluar, Ctrl+Q) asks first when a form holds unsaved typing or an
     * import window a file not imported: asked here, once, before anything is hidden — never by the owned windows as
     * they go with their owner (the platform may send them a close request then; a question there waited unseen).
     */
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> askBeforeClosing = event -> {
        if (!mayClose()) {
            event.consume();
        }
    };

    /** An open form: its view and model, and the enrollment it corrects (0: a new entry). */
    private record OpenForm(EnrollmentFormView view, EnrollmentFormViewModel model, long enrollmentId) {
    }
    /** The enrollments whose correcting form is being made (its lists read): asked again, none more is made. */
    private final java.util.Set<Long> formsOpening = new java.util.HashSet<>();
    /** The import windows of the frame now shown (their content made on its screen thread). */
    private ImportWindows imports;
    /** The file dialog of the import windows; null: the native one. */
    private id.payung.ui.imports.ImportView.OpenDialog importDialog;

    public MainWindow(Stage stage, PayungServices services, TaskExecutor tasks, Clock clock, Locale locale, String version) {
        this.stage = stage;
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        this.locale = locale;
        this.version = version;
    }

    /** Builds the scene and shows the window. */
    public void show() {
        // The NIK checks' region codes, read in the background now so the form's first check does not wait.
        // (Not on opening the database: a command-line report has no use for them.)
        id.payung.service.RegionList.prime();
        SaveDialogs.inLanguage(locale);
        // Save and open dialogs start in the folder last chosen for this database, not another database's.
        if (services.server() == null) {
            SaveDialogs.forDatabase(services.databaseFile());
        } else {
            SaveDialogs.forDatabase(services.server().toString());
        }
        if (Double.isNaN(stage.getWidth())) {
            // Not placed by the window memory (tests, first start without one): fit the screen's usable area.
            javafx.geometry.Rectangle2D usable = javafx.stage.Screen.getPrimary().getVisualBounds();
            WindowMemory.place(stage, WindowMemory.firstPlace(usable), usable);
        }
        Scene scene = new Scene(buildRoot());
        scene.getStylesheets().add(MainWindow.class.getResource("/theme/payung.css").toExternalForm());
        // Ctrl+N where nothing may be written: its menu item is disabled, and the key did nothing, silently (trial 22a
        // L6). The status line says why, as the menu's Impor does.
        javafx.scene.input.KeyCombination newKey = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (newKey.match(e) && services.readOnly()) {
                e.consume();
                refusedReadOnly("form.refused.reader");
            }
        });
        stage.setTitle(title());
        // The icon after the first frame: decoding it is not what the first frame needs.
        Frames.afterNextFrame(scene, () -> stage.getIcons().add(
                new javafx.scene.image.Image(MainWindow.class.getResourceAsStream("/theme/payung-64.png"))));
        stage.setScene(scene);
        // Dialogs at their size over the window, and the window maximized through them (Linux window managers).
        id.payung.ui.OwnedWindows.install();
        id.payung.ui.LayoutRescue.install();
        id.payung.ui.OwnedWindows.keepMaximized(stage);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, askBeforeClosing);
        stage.show();
        afterOpen();
    }

    /** Warnings about the open file, and the daily backup (in the background). */
    private void afterOpen() {
        boolean readOnly = services.readOnly();
        boolean network = services.onNetworkShare();
        id.payung.domain.OfflineCopyMark copy = services.offlineCopyMark();
        // A new office other than the seeded one starts without a name (SeedLoader): say where to give it.
        boolean unnamed = services.settings().officeName() == null || services.settings().officeName().isBlank();
        standingNotice = b -> {
            StringBuilder text = new StringBuilder();
            if (network) {
                text.append(b.getString("server.networkShare")); // read-only, and why
            } else if (copy != null) {
                // A clerk's offline copy of a server: read-only, and said what it is (nothing typed here reaches the server).
                text.append(id.payung.ui.UserMessages.offlineCopyNotice(b, copy));
            } else if (readOnly && services.server() != null) {
                // On a server only a provincial reader's login is read-only: said as who they are, not as a fault.
                text.append(java.text.MessageFormat.format(b.getString("pgui.notice.reader"), services.server().user()));
            } else if (readOnly) {
                text.append(b.getString("notice.readOnly"));
            } else if (unnamed) {
                text.append(b.getString("notice.officeUnnamed"));
            }
            return text.toString();
        };
        notice(standingNotice);
        if (services.integrityCheckPending()) {
            // Large files are checked after the window is up (start-up stays quick), on a thread of their
            // own so the screens' reads do not wait for it; a damaged file is reported like any error, with
            // the way to a backup.
            PayungServices checked = services;
            BackgroundTask.wrap(() -> {
                checked.verifyIntegrity();
                return null;
            }).onOwnThread().onFailure(e -> {
                if (checked == services) { // not about a file a restore has since replaced
                    showError(e);
                }
            }).executeWith(tasks);
        }
        PayungServices opened = services;
        tasks.read(opened::seededOfficeRows, rows -> {
            if (rows.any() && opened == services) { // Manggarai's opening data under another regency's office
                java.util.function.Function<ResourceBundle, String> seeded = b -> java.text.MessageFormat.format(
                        b.getString("notice.seededOffice"), id.payung.domain.Formats.count(rows.cohorts()),
                        id.payung.domain.Formats.count(rows.participants()), id.payung.domain.Formats.count(rows.events()),
                        opened.settings().regencyCode());
                // Part of the standing line: it stays until the data is put right, not only a while (see noticeOld).
                java.util.function.Function<ResourceBundle, String> before = noticeText;
                boolean standing = before == standingNotice;
                standingNotice = after(standingNotice, seeded);
                notice(standing ? standingNotice : after(before, seeded));
            }
        });
        watchOthers();
        if (!services.readOnly() && services.server() == null) { // a server is backed up by its administrator (pg_dump)
            PayungServices current = services;
            // Its failure said as the automatic backup's, the data safe (trial 23b: a full disk at opening read as if
            // the clerk's own act had failed).
            BackgroundTask.wrap(() -> current.backups().dailyIfDue()).onSuccess(made -> made.ifPresent(f ->
                    notice(b -> java.text.MessageFormat.format(b.getString("notice.dailyBackup"), f.toString()))))
                    .onFailure(e -> ErrorDialog.show(stage, bundle(), id.payung.ui.backup.BackupView.dailyFailed(bundle(), e), e))
                    .executeWith(tasks);
        }
    }

    /**
     * The window's title: "Payung", on a server with the server it works on, on an offline copy saying so (trial 18-3:
     * a copy's window looked like the office's own).
     */
    private String title() {
        if (services.offlineCopyMark() != null) {
            return "Payung — " + bundle().getString("offlineCopy.tooltip");
        }
        return services.server() == null ? "Payung" : "Payung — " + serverShown(bundle());
    }

    /** "server: HOST[:PORT]/DB · login" (the port when not 5432), as the title and the status line name a server. */
    private String serverShown(ResourceBundle b) {
        id.payung.domain.ServerAddress a = services.server();
        return java.text.MessageFormat.format(b.getString("pgui.status.server"), a.hostAndPort(), a.database(), a.user());
    }

    /** The status line's name of the database: the file, or the server. */
    private String databaseShown() {
        return services.server() == null
                ? java.text.MessageFormat.format(bundle().getString("status.database"), services.databaseFile().toString())
                : serverShown(bundle());
    }

    /** {@code first}'s words, then (after " · " if there are any) {@code then}'s. */
    private static java.util.function.Function<ResourceBundle, String> after(
            java.util.function.Function<ResourceBundle, String> first, java.util.function.Function<ResourceBundle, String> then) {
        return b -> {
            String was = first.apply(b);
            return (was.isEmpty() ? "" : was + " · ") + then.apply(b);
        };
    }

    /**
     * The status line's notice is no news any more (a while after it came, or the clerk moved to another screen:
     * {@link MainView#onNoticeOld}): an action's ("Impor selesai …", "Tersimpan: …") gives way to the standing line
     * (trial 21: it stayed all day). The standing line itself, a lost connection and other clerks' changes (until seen)
     * stay; a wait for another writer is said after whatever is shown.
     */
    private void noticeOld() {
        if (noticeText != standingNotice && noticeText != othersNotice && noticeText != id.payung.ui.ConnectionLine.LOST) {
            notice(standingNotice);
        }
    }

    /**
     * Shows a notice in the status line, in the window's language now and after a language switch (the
     * notice is kept as words to be found in a bundle, not as a sentence in the language of the moment).
     */
    private void notice(java.util.function.Function<ResourceBundle, String> text) {
        noticeText = text;
        noticeWrittenIn = null;
        showNotice();
    }

    /**
     * Shows a sentence a screen wrote in the window's language of the moment; a language switch clears it (it kept
     * "34 catatan jejak audit ditulis ke …" in an English window, trial 18 LOW 28).
     */
    private void noticeAsWritten(String text) {
        notice(b -> text);
        noticeWrittenIn = locale;
    }

    /**
     * What the status line said on opening (the reader's login, a read-only file): shown again after a lost connection.
     */
    private java.util.function.Function<ResourceBundle, String> standingNotice = b -> "";
    /** The status line while the server's connection is lost (trial, session 18: it kept "Tersimpan"). */
    private final id.payung.ui.ConnectionLine connectionLine = new id.payung.ui.ConnectionLine(() -> noticeText,
            this::notice, () -> standingNotice);

    /** The language of a notice shown as a screen wrote it; null for a notice that re-words itself. */
    private Locale noticeWrittenIn;

    /** The write the notice's waits wait for is an import of this Payung (volatile: told on the waiting thread). */
    private volatile boolean waitingForImport;

    private void showNotice() {
        ResourceBundle bundle = bundle();
        String text = noticeText.apply(bundle);
        if (waitingWrites > 0) {
            text = (text.isEmpty() ? "" : text + " · ") + bundle.getString(waitingForImport ? "wait.write.import" : "wait.write");
        }
        notice.set(text);
    }

    /** A write of this window waits for another writer, or goes on: said in the status line meanwhile. */
    private void writeWaits(boolean waiting) {
        javafx.application.Platform.runLater(() -> {
            waitingWrites = Math.max(0, waitingWrites + (waiting ? 1 : -1));
            showNotice();
        });
    }

    /** Replaces the database with a checked backup and rebuilds the window on it. */
    private void restore(id.payung.service.facade.CheckedBackup backup) {
        if (importsRunning > 0) {
            // Replacing the file needs the write lock the import holds: refused at once, rather than waiting
            // unseen for the whole import.
            notice(b -> b.getString("restore.refused.importRunning"));
            discardOffFx(backup);
            return;
        }
        PayungServices old = services;
        BackgroundTask.<PayungServices>of(task -> {
            try {
                return old.restore(backup, task.steps());
            } catch (RuntimeException e) {
                if (old.isClosed()) {
                    afterFailedRestore(e);
                }
                throw e;
            }
        }).withTitle("task.restore").onSuccess(restored -> {
            services = restored;
            currentYear.forget(); // the restored data opens on its own latest year, not on the year looked at before
            stage.getScene().setRoot(buildRoot());
            // File names, not paths: the status line is one line wide (cut off at 1366 px, trial 14); its tooltip
            // and the backup list show the rest.
            String kept = restored.safetyCopy().map(f -> f.getFileName().toString()).orElse("–");
            notice(b -> java.text.MessageFormat.format(b.getString("notice.restoredKept"),
                    backup.backup().getFileName().toString(), kept));
        }).onCancelled(() -> {
            discardOffFx(backup); // cancelled before its turn (or the window closed): its checked copy goes too
            notice(b -> b.getString("task.cancelled"));
        }).executeWith(tasks);
    }

    /**
     * Removes a checked copy the restore will not use, off the FX thread (a file as large as the database), and
     * not through the window's task runner, which may be closing: a copy the window leaves is swept by the next check.
     */
    private static void discardOffFx(id.payung.service.facade.CheckedBackup backup) {
        java.util.concurrent.CompletableFuture.runAsync(backup::discard);
    }

    /**
     * A restore failed after closing the database: reopen what is there so the user can go on, or — when
     * that fails too — offer to put back the safety backup taken just before the restore.
     */
    private void afterFailedRestore(RuntimeException failure) {
        try {
            PayungServices reopened = PayungServices.open(services.databaseFile(), false, clock);
            javafx.application.Platform.runLater(() -> {
                services = reopened;
                stage.getScene().setRoot(buildRoot());
                notice(b -> ""); // what it said was about the data before the restore was tried
            });
        } catch (RuntimeException reopenFailed) {
            if (failure instanceof id.payung.service.RestoreFailedException rf) {
                javafx.application.Platform.runLater(() -> offerPutBack(rf));
            }
        }
    }

    private void offerPutBack(id.payung.service.RestoreFailedException rf) {
        javafx.scene.control.ButtonType putBack = new javafx.scene.control.ButtonType(bundle().getString("restore.putBack"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                UserMessages.describe(bundle(), rf), putBack, javafx.scene.control.ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle(bundle().getString("error.title"));
        alert.setHeaderText(bundle().getString("restore.putBack.header"));
        if (alert.showAndWait().filter(b -> b == putBack).isPresent()) {
            tasks.run(() -> PayungServices.putBack(rf.database(), rf.safetyBackup(), clock), back -> {
                services = back;
                currentYear.forget();
                stage.getScene().setRoot(buildRoot());
                notice(b -> java.text.MessageFormat.format(b.getString("notice.restored"), rf.safetyBackup().toString()));
            });
        }
    }

    /**
     * Whether the main window may close now: nothing unsaved in its forms and import windows, or the clerk said to
     * close without saving (then the forms ask nothing more on the way out). Going back brings the first window with
     * unsaved work to the front.
     */
    private boolean mayClose() {
        java.util.List<Stage> unsavedForms = openForms.entrySet().stream()
                .filter(e -> e.getKey().isShowing() && e.getValue().model().hasUnsavedInput())
                .map(java.util.Map.Entry::getKey).toList();
        java.util.List<Stage> unimported = openImports.entrySet().stream()
                .filter(e -> e.getKey().isShowing() && e.getValue().hasUnimportedFile())
                .map(java.util.Map.Entry::getKey).toList();
        id.payung.ui.settings.SettingsViewModel settings = settingsShown;
        boolean unsavedSettings = settings != null ? settings.hasUnsavedChanges() : settingsDraft != null;
        if (unsavedForms.isEmpty() && unimported.isEmpty() && !unsavedSettings) {
            return true;
        }
        // Pengaturan is in the main window: the question is over it, and going back shows the page with the typing.
        Stage first = !unsavedForms.isEmpty() ? unsavedForms.get(0) : unsavedSettings ? stage : unimported.get(0);
        java.util.List<String> files = unimported.stream()
                .map(w -> openImports.get(w).fileProperty().get().getFileName().toString()).toList();
        if (id.payung.ui.main.CloseQuestion.closeWithoutSaving(first, bundle(), unsavedForms.size(), unsavedSettings,
                files)) {
            discardOpenForms();
            return true;
        }
        if (unsavedForms.isEmpty() && unsavedSettings && frame != null) {
            frame.show(id.payung.ui.main.Screen.SETTINGS);
        }
        first.toFront();
        first.requestFocus();
        return false;
    }

    /** The forms ask nothing more: Payung closes without saving them. */
    private void discardOpenForms() {
        openForms.values().forEach(f -> f.view().discardWithPayung());
    }

    /**
     * The main window is to close as by its X (Berkas → Keluar, Ctrl+Q in any of Payung's windows): whoever listens
     * for that (the question about unsaved work, the window memory) hears it too.
     */
    private void requestClose() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Ctrl+Q in a window of Payung's own (a form, an import) closes Payung as in the main window: asking first. */
    private void quitKey(Scene scene) {
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Q,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), this::requestClose);
    }

    /**
     * Closes the forms and import windows without asking anything, and the main window's close asks nothing more: the
     * application stops, or a test ends (before TestFX hides every window, so no question can wait there). FX thread.
     */
    public void closeOwnedWindows() {
        stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, askBeforeClosing);
        discardOpenForms();
        java.util.List.copyOf(openForms.keySet()).forEach(Stage::hide);
        java.util.List.copyOf(openImports.keySet()).forEach(Stage::hide);
    }

    /** Import windows opened from now on ask for their file with {@code dialog} (a window test's, for the native one). */
    public void importFilesFrom(id.payung.ui.imports.ImportView.OpenDialog dialog) {
        chooseImportFilesWith(dialog);
    }

    /** Closes the database (when the application stops), and on the FX thread the owned windows first. */
    public void close() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            closeOwnedWindows();
        } else {
            stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, askBeforeClosing);
        }
        stopWatchingOthers();
        if (imports != null) {
            imports.close();
        }
        if (frame != null) {
            frame.close();
        }
        services.close();
    }

    /** How often a window on a server asks what other clerks changed. */
    private static volatile javafx.util.Duration othersEvery = javafx.util.Duration.seconds(20);

    /** Windows opened from now on ask what other clerks changed every {@code every} (a test's window asks sooner). */
    public static void askOthersEvery(javafx.util.Duration every) {
        othersEvery = every;
    }
    private javafx.animation.Timeline othersWatch;
    private id.payung.service.OthersChanges others;
    /** Other clerks' changes counted since the window opened, as last asked or shown: a larger count is news. */
    private long othersLatest;
    /** The count the other clerks' notice was put up for. */
    private long othersSaid;
    private java.util.function.Function<ResourceBundle, String> othersNotice;
    private java.util.function.Function<ResourceBundle, String> beforeOthers = b -> "";
    private boolean asking;
    /** The services the watcher of others' changes was made for: a window rebuilt on others watches them anew. */
    private PayungServices othersOn;
    /**
     * Another program put a backup in place of the file this window reads (session 24): said in the status line, and
     * the next reload (F5, another screen) opens the file now at the path instead of reading the replaced one.
     */
    private boolean restoredElsewhere;

    /**
     * Asks every {@link #othersEvery} what others changed since the window opened — on a server other clerks, on a
     * file other programs (the command line, a second window: trial 23b L8) — and says so in the status line, with the
     * way to see it (F5): a colleague's import stayed unseen until the clerk left the screen and came back (trial,
     * session 17). Only said; a screen is not reloaded under the clerk's hands.
     */
    private void watchOthers() {
        PayungServices on = services;
        othersOn = on;
        restoredElsewhere = false;
        BackgroundTask.wrap(on::othersChanges).readOnly().onSuccess(o -> {
            if (on != services) {
                return;
            }
            others = o;
            othersWatch = new javafx.animation.Timeline(new javafx.animation.KeyFrame(othersEvery, e -> askOthers()));
            othersWatch.setCycleCount(javafx.animation.Animation.INDEFINITE);
            othersWatch.play();
        }).onFailure(e -> OTHERS_LOG.warning(() -> "cannot watch other clerks' changes: " + e)).executeWith(tasks);
    }

    private static final java.util.logging.Logger OTHERS_LOG = id.payung.service.LogFile.logger("window");

    /** Asks at once what other clerks changed, as the watcher does every {@link #othersEvery} (a test's window). */
    public void askOthersNow() {
        askOthers();
    }

    private void askOthers() {
        id.payung.service.OthersChanges asked = others;
        if (asked == null || asking) {
            return; // one question at a time: a server slow to answer does not get them piled up on the read lane
        }
        asking = true;
        // A server that does not answer for a while is no error to show every 20 seconds: the next save says it.
        BackgroundTask.wrap(asked::now).readOnly().onFinished(() -> asking = false).onSuccess(seen -> {
            if (asked != others) {
                return;
            }
            if (seen.restoredAt() != null) {
                // Another program's restore: what this window reads is the data before it, and F5 must open the file
                // now at the path (the screens' own reload would read the replaced one again). Said once.
                if (!restoredElsewhere) {
                    restoredElsewhere = true;
                    String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone())
                            .format(seen.restoredAt());
                    if (othersNotice == null || noticeText != othersNotice) {
                        beforeOthers = noticeText;
                    }
                    othersNotice = b -> java.text.MessageFormat.format(b.getString("pgui.otherProgramRestored"), at);
                    notice(othersNotice);
                }
                return;
            }
            if (seen.count() <= othersLatest) {
                return;
            }
            othersLatest = seen.count();
            othersSaid = seen.count();
            // Who and when, not how many: one saved person is two entries of the log (the person, the enrollment).
            String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone()).format(seen.lastAt());
            if (othersNotice == null || noticeText != othersNotice) {
                beforeOthers = noticeText; // given back when the clerk has seen the changes
            }
            othersNotice = asked.otherPrograms()
                    ? b -> java.text.MessageFormat.format(b.getString("pgui.otherProgramsChanged"), at)
                    : b -> java.text.MessageFormat.format(b.getString("pgui.othersChanged"), seen.lastBy(), at);
            notice(othersNotice);
        }).onFailure(e -> OTHERS_LOG.fine(() -> "asking other clerks' changes failed: " + e)).executeWith(tasks);
    }

    /**
     * A screen read its data again: other clerks' changes so far are in it; their notice goes. After another
     * program's restore the file now at the path is opened instead, the window rebuilt on it.
     */
    private void othersShown() {
        if (restoredElsewhere) {
            openRestoredElsewhere();
            return;
        }
        othersSeen();
        othersNoticeGoes();
    }

    /**
     * The other clerks' notice, if the status line shows it, goes: the line it replaced comes back if it says what the
     * window stands as (the reader's login, an offline copy's), else the line is empty. A line of news it replaced
     * ("Tersimpan: …", "Impor #… dibatalkan") is older than the notice and no news any more: F5 put back maria's
     * "Tersimpan: Theresia Nimat…" of minutes before (trial 19b).
     */
    private void othersNoticeGoes() {
        if (othersNotice != null && noticeText == othersNotice) {
            othersNotice = null;
            notice(beforeOthers == standingNotice ? standingNotice : b -> "");
        }
    }

    /**
     * The screen about to read its data again shows what other clerks changed so far: those changes are no news to
     * the watcher any more. Before, it counted every change since the window opened against the count it last said:
     * a change it had not yet counted when the screen read it, one inside an import this clerk then undid above all,
     * was said afterwards as "not yet shown" (trial 19: "Perubahan baru oleh maria (pukul 07:01) belum tampil" after
     * siti had undone the import maria's change was in, and her register was read again). Asked before the screen's
     * reads (the same lane of reads, in order): a change written in between is said once more, never left unsaid.
     */
    private void othersSeen() {
        id.payung.service.OthersChanges asked = others;
        if (asked == null) {
            return;
        }
        BackgroundTask.wrap(asked::now).readOnly().onSuccess(seen -> {
            if (asked != others) {
                return;
            }
            othersLatest = Math.max(othersLatest, seen.count());
            if (othersSaid <= seen.count()) {
                othersNoticeGoes(); // put up by a question asked before, of changes the screen now shows
            }
        }).onFailure(e -> OTHERS_LOG.fine(() -> "asking other clerks' changes failed: " + e)).executeWith(tasks);
    }

    /** Whether the file is being opened again after another program's restore (one opening at a time). */
    private boolean reopening;

    /**
     * Opens the database file as another program's restore left it and rebuilds the window on it, as after this
     * window's own restore; the services on the replaced file are closed. Refused to open (a file in the middle of
     * its swap), the error is shown and the next reload tries again.
     */
    private void openRestoredElsewhere() {
        PayungServices old = services;
        if (reopening || old.isClosed()) {
            return;
        }
        reopening = true;
        BackgroundTask.wrap(() -> PayungServices.open(old.databaseFile(), false, clock)).readOnly()
                .onFinished(() -> reopening = false).onSuccess(reopened -> {
                    if (old != services) {
                        reopened.close();
                        return;
                    }
                    othersNotice = null;
                    services = reopened;
                    currentYear.forget();
                    stage.getScene().setRoot(buildRoot());
                    notice(b -> b.getString("pgui.otherProgramRestored.opened"));
                    java.util.concurrent.CompletableFuture.runAsync(old::close);
                }).onFailure(this::showError).executeWith(tasks);
    }

    private void stopWatchingOthers() {
        javafx.animation.Timeline watch = othersWatch;
        if (watch != null) {
            othersWatch = null;
            // An animation is the FX thread's: close() may run on another (the application's stop).
            if (javafx.application.Platform.isFxApplicationThread()) {
                watch.stop();
            } else {
                javafx.application.Platform.runLater(watch::stop);
            }
        }
        others = null;
    }

    /** The bundle of the language now shown. */
    public ResourceBundle bundle() {
        return I18n.bundle(locale);
    }

    /** Shows a failure to the user in the current language. */
    public void showError(Throwable error) {
        ResourceBundle bundle = bundle();
        ErrorDialog.show(stage, bundle, UserMessages.describe(bundle, error), error);
    }

    /**
     * {@inheritDoc} One form corrects an enrollment at a time: asked again (the overlap refusal's link, activated by
     * Enter or clicks once more, trial 07/12/2026 #14 opened four), the open one comes to the front instead.
     */
    @Override
    public void openForm(long enrollmentId, Runnable afterSave) {
        if (enrollmentId != 0) {
            java.util.Optional<Stage> open = openForms.entrySet().stream()
                    .filter(f -> f.getValue().enrollmentId() == enrollmentId).map(java.util.Map.Entry::getKey).findFirst();
            if (open.isPresent()) {
                open.get().toFront();
                open.get().requestFocus();
                return;
            }
            if (!formsOpening.add(enrollmentId)) {
                return; // being made: it shows in a moment
            }
        }
        BackgroundTask.wrap(() -> new EnrollmentFormViewModel.Choices(services.reference().localRegions(),
                services.reference().occupations(),
                // A correction keeps the enrollment's own funder in the list even when it is not offered (M1).
                enrollmentId == 0 ? services.reference().offeredFunders()
                        : services.reference().offeredFunders(services.enrollments().form(enrollmentId).funderCode()),
                services.reference().rateRules()))
                .readOnly().onFinished(() -> formsOpening.remove(enrollmentId)).onSuccess(
                choices -> {
            Stage window = new Stage();
            window.initOwner(stage);
            window.initModality(javafx.stage.Modality.WINDOW_MODAL);
            EnrollmentFormViewModel model = new EnrollmentFormViewModel(services.enrollments(), tasks, clock,
                    services.settings().regionPrefix(), choices);
            model.setChangedSince(services.changedSince());
            if (enrollmentId == 0) {
                if (lastKept == null) {
                    lastKept = keptMemory().load(); // the list typed before Payung was closed (trial 20c M2)
                }
                model.startFrom(lastKept);
            }
            model.savedCountProperty().addListener((obs, old, now) -> {
                if (model.editingIdProperty().get() == 0) {
                    lastKept = model.kept(); // a correction is no entry of the list being typed
                    keptMemory().save(lastKept);
                }
                // Who was saved, for which funder and months: read now, before "save and new" clears the form.
                String who = model.nameProperty().get();
                String funder = model.funderProperty().get() == null ? "" : model.funderProperty().get().name();
                String first = model.firstMonthProperty().get();
                String last = model.lastMonthProperty().get();
                notice(b -> java.text.MessageFormat.format(b.getString("form.saved"), who, funder,
                        first + "–" + (last == null || last.isBlank() ? "…" : last)));
                afterSave.run();
            });
            EnrollmentFormView form = new EnrollmentFormView(model, choices, window::close,
                    other -> openForm(other, afterSave));
            Parent root = load("enrollments/EnrollmentFormView.fxml", bundle(), type -> form);
            // The form window's own X and Alt+F4 ask as its Esc does, only while the main window shows: as the main
            // window goes (asked already, or hidden by code) the platform may send its owned windows a close request,
            // and a question then would wait unseen (the reverted first attempt hung the tests' clean-up so).
            window.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
                if (stage.isShowing() && !form.mayClose()) {
                    e.consume();
                }
            });
            openForms.put(window, new OpenForm(form, model, enrollmentId));
            window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
                openForms.remove(window);
                if (model.problems().stream().anyMatch(p -> p.code().startsWith("DELETED_"))) {
                    afterSave.run(); // the list still showed what another clerk had deleted meanwhile (trial 3)
                }
            });
            if (enrollmentId != 0) {
                model.edit(enrollmentId);
            }
            Scene scene = new Scene(root);
            scene.getStylesheets().add(MainWindow.class.getResource("/theme/payung.css").toExternalForm());
            quitKey(scene);
            window.setScene(scene);
            window.setTitle("Payung — " + bundle().getString(enrollmentId == 0 ? "form.title.new" : "form.title.edit"));
            window.show();
        }).executeWith(tasks);
    }

    @Override
    public void openImport(Runnable afterImport) {
        if (services.readOnly()) { // the menu's Impor: the register's button is disabled for the same reason
            // A provincial reader is told why and who imports (the command line's refusal, ImportService's); a file
            // opened read-only keeps its own sentence.
            // In words short enough for the status line at 1366 px (trial 22a L6: cut off at "Daftar diimpor oleh petug…").
            refusedReadOnly("import.refused.reader.short");
            return;
        }
        // An import or undo written here reads the register again (the register's Impor) or the screen shown (the
        // menu's, through MainView's reload): other clerks' changes so far are then shown, those in an undone import
        // gone with it.
        imports.open(() -> {
            if (frame.current() == id.payung.ui.main.Screen.ENROLLMENTS) {
                othersShown();
            }
            afterImport.run();
        });
    }

    /**
     * A write the open database refuses, said in the status line: a provincial reader's {@code readerKey} (who they are
     * and who writes instead), an offline copy what it is and the way back (trial 18-3), any other read-only file
     * {@code readOnly.refused}.
     */
    private void refusedReadOnly(String readerKey) {
        java.util.Optional<id.payung.service.importing.ImportService.ReaderImportException> reader =
                services.imports().readerRefusal();
        id.payung.domain.OfflineCopyMark copy = services.offlineCopyMark();
        notice(b -> reader.map(refused -> java.text.MessageFormat.format(b.getString(readerKey), refused.login()))
                .orElseGet(() -> copy != null ? java.text.MessageFormat.format(b.getString("offlineCopy.refused"),
                        id.payung.ui.UserMessages.offlineCopyNotice(b, copy)) : b.getString("readOnly.refused")));
    }

    /** The import windows ask for their file with {@code dialog}: a test's stands for the native file dialog. */
    public void chooseImportFilesWith(id.payung.ui.imports.ImportView.OpenDialog dialog) {
        importDialog = dialog;
        if (imports != null) {
            imports.chooseFilesWith(dialog);
        }
    }

    @Override
    public void openHistory(long personId) {
        record Loaded(id.payung.service.PersonHistory history, id.payung.service.AuditWords.Names names) {
        }
        tasks.read(() -> new Loaded(services.enrollments().history(personId), id.payung.service.AuditWords.Names.of(
                services.reference())), h -> HistoryDialog.show(stage, bundle(), h.history(), h.names()));
    }

    /** The menu bar's File and Help items. */
    private final class Menus implements MainView.MenuActions {
        @Override
        public void newEnrollment(Runnable afterSave) {
            openForm(0, afterSave);
        }

        @Override
        public String readOnlyReason() {
            return writeAccess().reason(bundle());
        }

        @Override
        public void importList(Runnable afterImport) {
            openImport(afterImport);
        }

        @Override
        public void exportEnrollments() {
            SaveDialogs.choose(stage, "peserta.xlsx", SaveDialogs.tables()).ifPresent(file -> BackgroundTask.<Long>of(
                    task -> services.exports().replacingExisting().enrollments(id.payung.domain.RegisterFilter.all(), file,
                            false, task.steps())).withTitle("task.export")
                    .onSuccess(count -> notice(b -> java.text.MessageFormat.format(b.getString("export.done"),
                            id.payung.domain.Formats.count(count), file.toString())))
                    .onCancelled(() -> notice(b -> b.getString("task.cancelled"))).executeWith(tasks));
        }

        /**
         * Berkas → Cadangkan sekarang on a server: the Cadangan page, where the clerk's offline copy is made (the server
         * itself is the administrator's to back up) or a provincial reader is told why there is none.
         */
        private void offlineCopy() {
            frame.show(id.payung.ui.main.Screen.BACKUP);
        }

        @Override
        public void backupNow() {
            if (services.server() != null) {
                offlineCopy();
                return;
            }
            BackgroundTask.<java.nio.file.Path>of(task -> services.backups().backupNow(task.steps()))
                    .withTitle("task.backup")
                    .onSuccess(file -> {
                        notice(b -> java.text.MessageFormat.format(b.getString("menu.file.backup.done"), file.toString()));
                        frame.reloadIfShown(id.payung.ui.main.Screen.BACKUP);
                    })
                    .onCancelled(() -> notice(b -> b.getString("task.cancelled"))).executeWith(tasks);
        }

        @Override
        public void exit() {
            requestClose(); // as the title bar's close button: asks first when a form or an import holds unsaved work
        }

        @Override
        public void manual() {
            id.payung.ui.main.ManualWindow.show(stage, "Payung — " + bundle().getString("menu.help.manual"),
                    MainWindow.class.getResource("/theme/payung.css").toExternalForm());
        }

        @Override
        public void about() {
            if (services.server() != null) {
                id.payung.ui.main.AboutDialog.create(stage, bundle(), version, services.server()).show();
                return;
            }
            tasks.read(() -> services.backups().folder(), folder -> id.payung.ui.main.AboutDialog.create(stage, bundle(),
                    version, services.databaseFile(), folder).show());
        }
    }

    private void switchLanguage(Locale newLocale) {
        if (!newLocale.equals(locale)) {
            locale = newLocale;
            SaveDialogs.inLanguage(newLocale);
            if (noticeWrittenIn != null && !noticeWrittenIn.equals(newLocale)) {
                notice(b -> "");
            }
            stage.setTitle(title());
            showNotice();
            Screen shown = frame == null ? null : frame.current();
            // The Pengaturan page is made anew in the other language: what was typed there and not saved goes along.
            id.payung.ui.settings.SettingsViewModel settings = settingsShown;
            id.payung.ui.settings.SettingsViewModel.Draft draft = settings == null ? settingsDraft : settings.draft();
            stage.getScene().setRoot(buildRoot());
            settingsDraft = draft;
            if (shown != null) {
                frame.show(shown); // the clerk stays where they were, in the other language (it jumped to the dashboard)
            }
        }
    }

    /** A new frame; the one it replaces (after a language switch or a restore) stops building screens. */
    private Parent buildRoot() {
        if (frame != null) {
            frame.close();
        }
        settingsShown = null;
        settingsDraft = null;
        PayungServices builtOn = services;
        if (othersOn != null && othersOn != builtOn) {
            // Rebuilt on other services (a restore, the file opened again after another program's): the watcher of
            // others' changes asked the closed ones and was answered nothing any more.
            stopWatchingOthers();
            watchOthers();
        }
        // A task's wait is shown with the task and its Cancel (status bar, form); other waits in the notice.
        builtOn.onWriteWait(waiting -> {
            // "impor lain" only when the holder is this Payung's import; anyone else is said as any writer (21b M5).
            boolean forImport = waiting && builtOn.importWriting();
            if (!BackgroundTask.currentWaits(waiting, forImport)) {
                if (waiting) {
                    waitingForImport = forImport;
                }
                writeWaits(waiting);
            }
        }, BackgroundTask::currentCancelled); // a task's Cancel ends its wait
        // An action failing for a lost connection says so in the status line too, until an action goes through again.
        builtOn.onConnection(answers -> javafx.application.Platform.runLater(() -> {
            if (builtOn == services && !builtOn.isClosed()) {
                connectionLine.changed(answers);
            }
        }));
        // A screen still being built when a restore closes its database fails: nothing to tell the user, the
        // window is rebuilt on the restored file.
        frame = new MainView(this::buildScreen, this::switchLanguage, locale, bundle(), tasks,
                databaseShown(), version, notice, new Menus(), error -> {
                    if (!builtOn.isClosed()) {
                        showError(error);
                    }
                });
        frame.onReloaded(this::othersShown);
        frame.onNoticeOld(this::noticeOld);
        if (imports != null) {
            imports.close();
        }
        imports = new ImportWindows(stage, builtOn, tasks, clock, bundle(), frame::prepareAside, new ImportWindows.Host() {
            @Override
            public void notice(java.util.function.Function<ResourceBundle, String> text) {
                MainWindow.this.notice(text);
            }

            @Override
            public void importRunning(boolean running) {
                importsRunning += running ? 1 : -1;
            }

            @Override
            public void failed(Throwable error) {
                showError(error);
            }

            @Override
            public void opened(Stage window, id.payung.ui.imports.ImportViewModel model) {
                // Closing Payung asks about a file chosen and not imported; Ctrl+Q there closes Payung, asking.
                openImports.put(window, model);
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> openImports.remove(window));
                quitKey(window.getScene());
            }
        });
        if (importDialog != null) {
            imports.chooseFilesWith(importDialog);
        }
        // The import window's content, made once the start screens are in: the first Ctrl+Shift+I opens it at once.
        frame.whenSettled(imports::prepareAhead);
        return frame.root();
    }

    /**
     * Builds a screen; runs on the frame's preparing thread. Its views get a task executor that works at
     * once, right there, until the screen enters the window, so the screen arrives with its data.
     */
    private Parent buildScreen(Screen screen) {
        ScreenTaskExecutor screenTasks = new ScreenTaskExecutor(tasks);
        Runnable[] sameYear = new Runnable[1];
        Parent root = load(screen.fxml(), bundle(), type -> controller(type, screenTasks, apply -> sameYear[0] = apply));
        screenTasks.throwIfFailed();
        if (sameYear[0] != null) {
            // Shown again: first the year chosen meanwhile on another screen, then the screen's own reload.
            Runnable reload = root.getProperties().get(MainView.RELOAD) instanceof Runnable r ? r : () -> { };
            Runnable apply = sameYear[0];
            root.getProperties().put(MainView.RELOAD, (Runnable) () -> {
                apply.run();
                reload.run();
            });
        }
        Tabs.contentOnFirstVisit(root);
        root.getProperties().put(MainView.GO_LIVE, (Runnable) screenTasks::goLive);
        return root;
    }

    /** Loads {@code fxml} of the screens' folder in the words of {@code bundle}; any thread (not yet shown). */
    static Parent load(String fxml, ResourceBundle bundle, javafx.util.Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/id/payung/ui/" + fxml), bundle); // the screens' folder
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    /**
     * Whether the open database may be written, for the screens' writing actions: the same answer as the status
     * line's "Basis data dibuka hanya-baca" (a restore or a language switch rebuilds the screens with it).
     */
    private id.payung.ui.WriteAccess writeAccess() {
        return services.offlineCopyMark() != null ? id.payung.ui.WriteAccess.offlineCopy()
                : new id.payung.ui.WriteAccess(services.readOnly(), services.server() != null);
    }

    /** @param sameYear receives what gives a screen with a year the {@link CurrentYear} again */
    private Object controller(Class<?> type, TaskExecutor tasks, java.util.function.Consumer<Runnable> sameYear) {
        if (type == DashboardView.class) {
            DashboardViewModel dashboard = new DashboardViewModel(services.dashboard(), services.budget(),
                    services.coverage(), tasks, services.exports().replacingExisting());
            dashboard.preferYear(services.settings().defaultYear());
            dashboard.keepYear(currentYear.get()); // the year looked at on another screen, if any
            sameYear.accept(currentYear.follow(dashboard.yearProperty(), java.util.List.of()));
            return new DashboardView(dashboard).writeAccess(writeAccess());
        }
        if (type == EnrollmentsView.class) {
            RegisterViewModel register = new RegisterViewModel(services.register(), services.enrollments(),
                    services.reference(), services.exports().replacingExisting(), tasks, clock);
            // The status line follows a deletion and its undo: never "Tersimpan: …" for a row that is gone (L4).
            register.setOnDeletedOrRestored((row, restored) -> {
                String period = id.payung.domain.Formats.month(row.firstMonth()) + "–"
                        + (row.lastMonth() == null ? "…" : id.payung.domain.Formats.month(row.lastMonth()));
                notice(b -> java.text.MessageFormat.format(b.getString(restored ? "notice.enrollmentRestored"
                        : "notice.enrollmentDeleted"), row.name(), row.maskedNik(), row.funder(), period));
            });
            // An end says so too (trial 22b: the status line kept the "Tersimpan: …" before it).
            register.setOnEnded((row, last) -> notice(b -> RegisterViewModel.endedNotice(b, row, last)));
            return new EnrollmentsView(register, new CohortsViewModel(services.register(), services.cohorts(), tasks, clock),
                    this, tasks, writeAccess());
        }
        if (type == AwardsView.class) {
            return new AwardsView(new AwardsViewModel(services.reference(), services.events(), tasks, clock), tasks)
                    .writeAccess(writeAccess()).notices(this::notice);
        }
        if (type == id.payung.ui.backup.BackupView.class) {
            var backups = new id.payung.ui.backup.BackupViewModel(services.backups(), tasks,
                    file -> services.checkBackup(file), this::restore);
            if (services.server() != null) {
                PayungServices open = services;
                // The save dialog asked before a file is replaced: the copy may replace it.
                backups.onServer(file -> open.offlineCopy(file, true), open::offlineCopyName);
            }
            return new id.payung.ui.backup.BackupView(backups, services.server() != null).writeAccess(writeAccess());
        }
        if (type == id.payung.ui.settings.SettingsView.class) {
            id.payung.ui.settings.SettingsViewModel settings = new id.payung.ui.settings.SettingsViewModel(services, tasks);
            settings.carryOver(settingsDraft); // typed before the language was switched, shown again unsaved
            settingsDraft = null;
            settingsShown = settings; // closing Payung asks about its unsaved changes
            return new id.payung.ui.settings.SettingsView(settings,
                    services.databaseFile(), version, locale, this::switchLanguage, new id.payung.ui.settings.ServerSettingsViewModel(
                            id.payung.ui.DatabasePreference.forUser(), services.server(), tasks,
                            (address, password) -> PayungServices.openServer(address, password, clock).close()))
                    .writeAccess(writeAccess());
        }
        if (type == FundingSourcesView.class) {
            FundingSourcesViewModel funders = new FundingSourcesViewModel(services.reference(), services.funding(),
                    services.budget(), tasks, clock);
            sameYear.accept(currentYear.follow(funders.budgetYearProperty(), funders.years()));
            return new FundingSourcesView(funders, tasks).writeAccess(writeAccess());
        }
        if (type == id.payung.ui.reports.ReportsView.class) {
            var reports = new id.payung.ui.reports.ReportsViewModel(services, tasks, clock);
            sameYear.accept(currentYear.follow(reports.yearProperty(), java.util.List.of()));
            return new id.payung.ui.reports.ReportsView(reports, tasks, SaveDialogs::choose).writeAccess(writeAccess());
        }
        if (type == id.payung.ui.audit.AuditView.class) {
            return new id.payung.ui.audit.AuditView(new id.payung.ui.audit.AuditViewModel(services.audit(),
                    services.exports().replacingExisting(), services.reference(), tasks), this::openHistory, this::noticeAsWritten);
        }
        throw new IllegalArgumentException("no controller for " + type);
    }
}
