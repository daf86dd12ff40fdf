package id.payung.app;

import id.payung.service.LogFile;
import java.util.function.Consumer;
import java.util.logging.Level;
import javafx.application.Platform;

/**
 * The last safety net: an error nobody caught, on the FX thread or any other, is shown to the user as the
 * error dialog instead of vanishing or killing the window. Nothing is half-saved by it: every write is one
 * database transaction, which the error already rolled back.
 */
final class UnexpectedErrors {
    private UnexpectedErrors() {
    }

    /** Makes {@code show} (called on the FX thread) the handler of every thread's uncaught errors. */
    static void install(Consumer<Throwable> show) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LogFile.logger("unexpected").log(Level.SEVERE, "unexpected error on thread " + thread.getName(), error);
            error.printStackTrace(); // also on stderr, for whoever started Payung from a terminal
            // Always later: the dialog waits for the user, which JavaFX refuses during a layout or an
            // animation pulse (where many FX-thread errors happen).
            Platform.runLater(() -> showSafely(show, error));
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler); // the FX thread has its own otherwise
    }

    private static void showSafely(Consumer<Throwable> show, Throwable error) {
        try {
            show.accept(error);
        } catch (RuntimeException | Error again) {
            // Showing failed too (e.g. while the window closes): stderr is all that is left.
            again.printStackTrace();
        }
    }
}
