package id.payung.app;

import id.payung.cli.PayungCommand;

/**
 * Entry point of {@code payung.jar}. A plain main (not an {@link javafx.application.Application})
 * so the jar runs with JavaFX on the class path. No arguments opens the window; otherwise the
 * command line runs.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(PayungCommand.run(args, App::launchWindow));
    }
}
