package id.payung.app;

import id.payung.cli.Version;
import id.payung.domain.ServerAddress;
import id.payung.service.DatabaseChoice;
import id.payung.service.ServerPassword;
import id.payung.service.LogFile;
import id.payung.service.facade.PayungServices;
import id.payung.ui.FxTaskExecutor;
import id.payung.ui.I18n;
import id.payung.ui.StartupRecovery;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the database (a file, or a PostgreSQL server through the login dialog), then
 * the main window. The one composition root.
 */
public final class App extends Application {
    private final Clock clock = Clock.systemDefaultZone();
    private Locale locale = I18n.INDONESIAN;
    private PayungServices services;
    private RuntimeException openFailure;
    private Path databaseFile;
    /** The server the window opens (through the login dialog), or null for a file. */
    private ServerAddress server;
    /** The server is the one saved on this PC (not named by --db or PAYUNG_DB): the file is a way back. */
    private boolean fromSaved;
    private boolean languageChosen;
    private boolean firstStart;
    private FxTaskExecutor tasks;
    private MainWindow window;

    /**
     * The database, opened on a thread of its own while JavaFX starts (the two overlap instead of adding
     * up: about a fifth of the start-up on a large file). Null when the window is launched otherwise.
     */
    private static volatile java.util.concurrent.CompletableFuture<PayungServices> early;

    /**
     * Starts the window and returns when it is closed. {@code db}: a file or a server address as given to
     * {@code --db} (null: {@code PAYUNG_DB}, else the server this PC saved, else the data folder's file).
     */
    public static void launchWindow(String db, String lang) {
        DatabaseChoice choice = choice(db);
        Clock clock = Clock.systemDefaultZone();
        if (choice instanceof DatabaseChoice.File f && java.nio.file.Files.exists(f.path()) && !empty(f.path())) {
            // A new file is made in init(), once the toolkit has started: a start that fails (no display)
            // leaves no empty database behind. A server is opened by the login dialog (it may ask a password).
            Path file = f.path();
            early = java.util.concurrent.CompletableFuture.supplyAsync(() -> PayungServices.open(file, false, clock));
        }
        List<String> args = new ArrayList<>();
        if (db != null) {
            args.add("--db=" + db);
        }
        if (lang != null) {
            args.add("--lang=" + lang);
        }
        id.payung.ui.Rendering.configure();
        Application.launch(App.class, args.toArray(String[]::new));
    }

    /** An existing regular file of 0 bytes (a failed copy, or one made beforehand): never seeded unasked. */
    private static boolean empty(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) == 0;
        } catch (java.io.IOException e) {
            return false; // opening it says why
        }
    }

    /** The database the window opens: {@code --db}, else {@code PAYUNG_DB}, else this PC's saved server, else the file. */
    private static DatabaseChoice choice(String db) {
        try {
            return DatabaseChoice.of(db).orSaved(id.payung.ui.DatabasePreference.forUser().server());
        } catch (RuntimeException e) {
            return null; // a refused address: init() says why
        }
    }

    /** Runs on the launcher thread, not the FX thread: opening and seeding the file blocks no frame. */
    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        String lang = named.getOrDefault("lang", System.getenv("PAYUNG_LANG"));
        locale = I18n.fromTag(lang);
        languageChosen = lang != null;
        String db = named.get("db");
        try {
            DatabaseChoice choice = DatabaseChoice.of(db).orSaved(id.payung.ui.DatabasePreference.forUser().server());
            if (choice instanceof DatabaseChoice.Server s) {
                server = s.address();
                fromSaved = !(DatabaseChoice.of(db) instanceof DatabaseChoice.Server); // not --db, not PAYUNG_DB // opened by the login dialog in start(): it may have to ask for the password
                return;
            }
            DatabaseChoice.File f = (DatabaseChoice.File) choice;
            databaseFile = f.path();
            if (f.isDefault() && !java.nio.file.Files.exists(databaseFile) || empty(databaseFile)) {
                // An empty file named (a failed copy, or one made beforehand) asks the regency too: it was seeded as the
                // shipped regency's without a word (trial 20b M2). Quitting leaves it as it was.
                firstStart = true; // made in start(), for the regency the clerk names: nothing is seeded before
                return;
            }
            // Only the default database is made on first start; a file the user named must exist (payung init).
            services = openedEarly().orElseGet(() -> PayungServices.open(databaseFile, f.isDefault(), clock));
            if (lang == null) {
                locale = I18n.fromTag(services.settings().languageOrDefault()); // the office's choice (Pengaturan)
            }
        } catch (RuntimeException e) {
            openFailure = e;
        }
    }

    /** The database opened by {@link #launchWindow} while JavaFX started (the same file), if it was. */
    private static java.util.Optional<PayungServices> openedEarly() {
        java.util.concurrent.CompletableFuture<PayungServices> f = early;
        early = null;
        if (f == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(f.join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (server != null) {
            ServerAddress address = server;
            new id.payung.ui.ServerLoginDialog<PayungServices>(I18n.bundle(locale), address,
                    () -> ServerPassword.find(address), password -> PayungServices.openServer(address, password, clock),
                    opened -> {
                        services = opened;
                        if (!languageChosen) {
                            locale = I18n.fromTag(opened.settings().languageOrDefault());
                        }
                        showWindow(stage);
                    }, Platform::exit, fromSaved ? () -> backToFile(stage) : null).show();
            return;
        }
        if (firstStart) {
            firstStart(stage);
            return;
        }
        if (openFailure != null) {
            if (databaseFile == null) { // not a file: an address refused before anything was opened
                id.payung.ui.ErrorDialog.show(null, I18n.bundle(locale),
                        id.payung.ui.UserMessages.describe(I18n.bundle(locale), openFailure), openFailure);
                Platform.exit();
                return;
            }
            services = new StartupRecovery(I18n.bundle(locale), databaseFile, clock).recover(openFailure).orElse(null);
            if (services == null) {
                Platform.exit();
                return;
            }
        }
        showWindow(stage);
    }

    /**
     * The server saved in Pengaturan does not answer and the clerk goes back to this PC's file (the login
     * dialog's "Pakai berkas lokal"): the choice is forgotten and the data folder's file opened, as a first start
     * without a server would (a missing file asks the office's regency first). The file opens before the window shows.
     */
    private void backToFile(Stage stage) {
        id.payung.ui.DatabasePreference.forUser().useLocalFile();
        databaseFile = id.payung.service.DataFolder.database(null);
        if (!java.nio.file.Files.exists(databaseFile)) {
            firstStart(stage);
            return;
        }
        Path file = databaseFile;
        openThenShow(stage, file, () -> PayungServices.open(file, false, clock));
    }

    /**
     * The first start on this PC: the data folder's database is made for the regency the clerk names
     * ({@link id.payung.ui.FirstStartDialog}), off the FX thread, then the window opens on it. Quitting makes nothing.
     */
    private void firstStart(Stage stage) {
        java.util.Optional<String> regency = new id.payung.ui.FirstStartDialog(I18n.bundle(locale),
                id.payung.service.RegionList.provincesAndRegencies()).ask();
        if (regency.isEmpty()) {
            Platform.exit();
            return;
        }
        Path file = databaseFile;
        openThenShow(stage, file, () -> {
            try {
                java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            PayungServices.create(file, regency.get(), clock);
            return PayungServices.open(file, false, clock);
        });
    }

    /**
     * Opens {@code file} with {@code open} off the FX thread (a dialog has just closed), then shows the window on it,
     * in the office's language unless one was chosen; a file that fails to open goes to {@link StartupRecovery}.
     */
    private void openThenShow(Stage stage, Path file, java.util.function.Supplier<PayungServices> open) {
        Platform.setImplicitExit(false); // the dialog has closed; the window shows once the file is open
        java.util.concurrent.CompletableFuture.supplyAsync(open)
                .whenComplete((opened, failure) -> Platform.runLater(() -> {
                    Platform.setImplicitExit(true);
                    services = opened;
                    if (failure != null) {
                        RuntimeException e = failure.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException(failure);
                        services = new StartupRecovery(I18n.bundle(locale), file, clock).recover(e).orElse(null);
                        if (services == null) {
                            Platform.exit();
                            return;
                        }
                    }
                    if (!languageChosen) {
                        locale = I18n.fromTag(services.settings().languageOrDefault());
                    }
                    showWindow(stage);
                }));
    }

    private void showWindow(Stage stage) {
        tasks = new FxTaskExecutor(error -> window.showError(error));
        window = new MainWindow(stage, services, tasks, clock, locale, Version.current());
        UnexpectedErrors.install(window::showError);
        id.payung.ui.WindowMemory.forUser().apply(stage); // before showing: the window opens at its size
        window.show();
        // Off the window's thread: a JVM's first log record costs ~20 ms (java.util.logging's start).
        Path opened = services.databaseFile();
        String name = opened != null ? opened.toString() : String.valueOf(services.server());
        java.util.concurrent.CompletableFuture.runAsync(() -> LogFile.startUp(Version.current(), "window", name));
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (window != null) {
            window.close(); // the window may hold a newer database object after a restore
        } else if (services != null) {
            services.close();
        }
    }
}
