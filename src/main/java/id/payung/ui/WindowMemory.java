package id.payung.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window opens where and as large as the user left it (per OS user, in the platform's preferences). */
public final class WindowMemory {
    private final Preferences prefs;

    public WindowMemory(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The preferences of this user for Payung's main window. */
    public static WindowMemory forUser() {
        return new WindowMemory(Preferences.userRoot().node("id/payung/window"));
    }

    /** Puts the stage where it was last time, if that place is still on a screen; remembers it on close. */
    public void apply(Stage stage) {
        double w = prefs.getDouble("width", -1);
        double h = prefs.getDouble("height", -1);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (w > 0 && h > 0) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(x, y, Math.max(w, 100), Math.max(h, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
        stage.setOnHiding(e -> remember(stage));
    }

    private void remember(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
        try {
            prefs.flush();
        } catch (BackingStoreException ignored) {
            // Not remembering the window size is no reason to bother the user.
        }
    }
}
