package id.payung.app;

import id.payung.cli.PayungCommand;
import id.payung.service.LogFile;
import java.util.logging.Level;

/**
 * Entry point of {@code payung.jar}. A plain main (not an {@link javafx.application.Application})
 * so the jar runs with JavaFX on the class path. No arguments opens the window; otherwise the
 * command line runs.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (PayungCommand.opensDatabase(args)) {
            // Loading SQLite and what opening a file needs, beside picocli's reading of the command line.
            id.payung.service.facade.PayungServices.prepareOpeningAhead();
        }
        // The window logs what it does; the command line (errors only after its start) too, to the same file.
        // Made beside the start-up: the first record waits for it.
        LogFile.installDefaultInBackground(Level.INFO);
        System.exit(PayungCommand.run(args, App::launchWindow));
    }
}
