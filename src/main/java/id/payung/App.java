package id.payung;

import id.payung.cli.Version;
import id.payung.service.DataFolder;
import id.payung.service.PayungServices;
import id.payung.ui.ErrorDialog;
import id.payung.ui.FxTaskRunner;
import id.payung.ui.I18n;
import id.payung.ui.MainWindow;
import id.payung.ui.UserMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: opens the database, then the main window. The one composition root. */
public final class App extends Application {
    private final Clock clock = Clock.systemDefaultZone();
    private Locale locale = I18n.INDONESIAN;
    private PayungServices services;
    private RuntimeException openFailure;
    private FxTaskRunner tasks;

    /** Starts the window and returns when it is closed. */
    public static void launchWindow(Path db, String lang) {
        List<String> args = new ArrayList<>();
        if (db != null) {
            args.add("--db=" + db);
        }
        if (lang != null) {
            args.add("--lang=" + lang);
        }
        Application.launch(App.class, args.toArray(String[]::new));
    }

    /** Runs on the launcher thread, not the FX thread: opening and seeding the file blocks no frame. */
    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        locale = I18n.fromTag(named.getOrDefault("lang", System.getenv("PAYUNG_LANG")));
        String db = named.get("db");
        try {
            services = PayungServices.open(DataFolder.database(db == null ? null : Path.of(db)), true, clock);
        } catch (RuntimeException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            ResourceBundle bundle = I18n.bundle(locale);
            ErrorDialog.show(null, bundle, UserMessages.describe(bundle, openFailure), openFailure);
            Platform.exit();
            return;
        }
        MainWindow[] window = new MainWindow[1];
        tasks = new FxTaskRunner(error -> window[0].showError(error));
        window[0] = new MainWindow(stage, services, tasks, clock, locale, Version.current());
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> window[0].showError(error));
        window[0].show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
