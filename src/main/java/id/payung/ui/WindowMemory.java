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
     * How the window opens: its normal (un-maximized) {@code place}, the {@code usable} area of the screen it opens on,
     * and whether {@code maximized}.
     */
    record Opening(Rectangle2D place, Rectangle2D usable, boolean maximized) {
    }

    /** How far (px) a window's edges may lie from the usable area's and the window still fill it (a frame's border). */
    static final double FILL_TOLERANCE = 16;

    /**
     * How the window opens on the screens whose usable areas are {@code screens} ({@code primary} the main one's):
     * {@code remembered} its last normal place (null the first time), {@code maximized} whether it was left
     * maximized, {@code filled} whether that normal place filled its screen ({@link #fills}). A window that filled a
     * screen fills this one, maximized: left filling a 1366 × 768 laptop, it opened at 1366 × 768 on a 1920 × 1080
     * monitor (trial 20). A real smaller size is kept; a place on no screen now (a monitor unplugged) comes back onto
     * the main one.
     */
    static Opening opening(Rectangle2D remembered, boolean maximized, boolean filled,
                           java.util.List<Rectangle2D> screens, Rectangle2D primary) {
        if (remembered == null) {
            // The first start: maximized rather than a window as large as the screen, whose title bar some window
            // managers push off the top (Openbox after a start-up dialog); un-maximized, it is the whole usable area
            // all the same.
            return new Opening(firstPlace(primary), primary, maximized);
        }
        Rectangle2D usable = screenOf(remembered, screens, primary);
        if (filled) {
            return new Opening(firstPlace(usable), usable, true);
        }
        // A remembered place that was not maximized opens as it was.
        return new Opening(within(remembered, usable), usable, maximized);
    }

    /** The usable area of the screen {@code window} lies on most, or the main one's when it lies on none. */
    static Rectangle2D screenOf(Rectangle2D window, java.util.List<Rectangle2D> screens, Rectangle2D primary) {
        return screens.stream().filter(s -> s.intersects(window))
                .max(java.util.Comparator.comparingDouble(s -> overlap(s, window))).orElse(primary);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }

    /**
     * Whether a window at {@code window} fills its screen: each edge within {@link #FILL_TOLERANCE} of the screen's
     * usable area (made as large as the screen by the first start or a window manager, not maximized).
     */
    static boolean fills(Rectangle2D window, java.util.List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D usable = screenOf(window, screens, primary);
        return Math.abs(window.getMinX() - usable.getMinX()) <= FILL_TOLERANCE
                && Math.abs(window.getMinY() - usable.getMinY()) <= FILL_TOLERANCE
                && Math.abs(window.getMaxX() - usable.getMaxX()) <= FILL_TOLERANCE
                && Math.abs(window.getMaxY() - usable.getMaxY()) <= FILL_TOLERANCE;
    }

    private static java.util.List<Rectangle2D> screens() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }

    /**
     * Sizes and places the stage before it is shown: as last left (maximised, filling the screen, or the
     * remembered place kept on the screen), else {@link #firstPlace}; remembers it when the window closes.
     */
    public void apply(Stage stage) {
        double w = prefs.getDouble("width", -1);
        double h = prefs.getDouble("height", -1);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        boolean remembered = w > 0 && h > 0 && !Double.isNaN(x) && !Double.isNaN(y);
        Opening opening = opening(remembered ? new Rectangle2D(x, y, w, h) : null,
                prefs.getBoolean("maximized", !remembered), prefs.getBoolean("filled", false), screens(),
                Screen.getPrimary().getVisualBounds());
        place(stage, opening.place(), opening.usable());
        stage.setMaximized(opening.maximized());
        stage.setOnHiding(e -> remember(stage));
        keepPlace(stage, opening.place(), opening.usable());
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
            // A normal place as large as its screen fills the next screen too, however large (trial 20); maximized,
            // the normal place and whether it filled are those last left un-maximized.
            prefs.putBoolean("filled", fills(new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                    Math.max(1, stage.getHeight())), screens(), Screen.getPrimary().getVisualBounds()));
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
