package id.payung.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window opens where and as large as the user left it (per OS user, in the platform's preferences), or
 * maximised if it was left so; the first time, maximized over the screen's usable area (the area without task bars),
 * on a laptop's 1366 × 768 as on a 1920 × 1080 monitor, so that its status line never falls off a 768-px screen and a
 * large one is not left mostly empty. A remembered place is kept inside the usable area too (the screen may have changed
 * since).
 */
public final class WindowMemory {
    /** The smallest the window may be made (the screens are laid out for 1.024 × 600 and up). */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private final Preferences prefs;

    public WindowMemory(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The preferences of this user for Payung's main window. */
    public static WindowMemory forUser() {
        return new WindowMemory(Preferences.userRoot().node("id/payung/window"));
    }

    /**
     * Where the window opens the first time in {@code usable}: all of it, on any screen (its normal place when it is
     * un-maximized). Trial 19: at 1920 × 1080 a window at most 1600 × 1000 was not what the clerk expected; a smaller
     * window is the user's to make, and is then remembered.
     */
    public static Rectangle2D firstPlace(Rectangle2D usable) {
        return usable;
    }

    /** {@code wanted} moved and shrunk as little as needed to lie inside {@code usable}. */
    static Rectangle2D within(Rectangle2D wanted, Rectangle2D usable) {
        double w = Math.min(wanted.getWidth(), usable.getWidth());
        double h = Math.min(wanted.getHeight(), usable.getHeight());
        double x = Math.max(usable.getMinX(), Math.min(wanted.getMinX(), usable.getMaxX() - w));
        double y = Math.max(usable.getMinY(), Math.min(wanted.getMinY(), usable.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /**
     * Sizes and places the stage before it is shown: as last left (maximised, or the remembered place kept
     * on the screen), else {@link #firstPlace}; remembers it when the window closes.
     */
    public void apply(Stage stage) {
        double w = prefs.getDouble("width", -1);
        double h = prefs.getDouble("height", -1);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        Screen screen = Double.isNaN(x) ? Screen.getPrimary() : Screen.getScreensForRectangle(x, y, Math.max(w, 100),
                Math.max(h, 100)).stream().findFirst().orElse(Screen.getPrimary());
        Rectangle2D usable = screen.getVisualBounds();
        boolean remembered = w > 0 && h > 0 && !Double.isNaN(x);
        Rectangle2D place = remembered ? within(new Rectangle2D(x, y, w, h), usable) : firstPlace(usable);
        place(stage, place, usable);
        // The first start: maximized rather than a window as large as the screen, whose title bar some window
        // managers push off the top (Openbox after a start-up dialog); un-maximized, it is the whole usable area all
        // the same. A remembered place that was not maximized opens as it was.
        stage.setMaximized(prefs.getBoolean("maximized", !remembered));
        stage.setOnHiding(e -> remember(stage));
        keepPlace(stage, place, usable);
    }

    /**
     * Puts the stage back at {@code place} once it has shown, if it came out smaller: JavaFX 21 on Linux lets
     * some window managers (Openbox; GNOME's mutter, JDK-8316423) drop a window's first size, and the window
     * opened at its minimum, 900 × 600, with the language selector and the tables' columns cut off.
     */
    static void keepPlace(Stage stage, Rectangle2D place, Rectangle2D usable) {
        javafx.event.EventHandler<javafx.stage.WindowEvent> once = new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent event) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                OwnedWindows.whileSettling(stage, () -> {
                    if (!stage.isMaximized() && !stage.isIconified()
                            && (OwnedWindows.shrunk(stage.getWidth(), place.getWidth())
                            || OwnedWindows.shrunk(stage.getHeight(), place.getHeight()))) {
                        place(stage, place, usable);
                    }
                });
            }
        };
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, once);
    }

    /** Puts the stage at {@code place}; its minimum size never exceeds the usable area. */
    public static void place(Stage stage, Rectangle2D place, Rectangle2D usable) {
        stage.setMinWidth(Math.min(MIN_WIDTH, usable.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, usable.getHeight()));
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
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
