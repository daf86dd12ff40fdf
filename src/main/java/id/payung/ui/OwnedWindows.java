package id.payung.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps Payung's dialogs and its main window as JavaFX asked for them, where JavaFX 21 on Linux lets the window
 * manager undo that (seen under Openbox, reported for GNOME's mutter: JDK-8316423, fixed only in JavaFX 22):
 * <ul>
 * <li>a window's first size is dropped: a dialog opened while the main window is maximized came out as a
 * 200 × 200 fragment at the screen's corner, its title bar off the screen, fields cut off. A dialog that comes
 * out smaller than it asked for, or off the screen, gets its size back (at most the screen's usable area),
 * centred on its owner;</li>
 * <li>a modal dialog makes its owner unresizable for as long as it shows (JavaFX's GTK code fixes the owner's
 * size), and a window manager un-maximizes a window it may not resize: the main window dropped to its normal
 * size on every form, history and question. When that happened while a modal dialog showed, the main window
 * is maximized again once the dialog is gone; the user's own un-maximizing is left alone.</li>
 * </ul>
 * On Windows, macOS and in the tests' headless toolkit nothing of this happens, and nothing is changed.
 */
public final class OwnedWindows {
    private static boolean installed;

    private OwnedWindows() {
    }

    /** Watches every owned window opened from now on (once per application; later calls do nothing). */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage stage && stage.getOwner() != null) {
                        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new Fitter(stage));
                    }
                }
            }
        });
    }

    /** What the dialog asked for when it showed, put back after the window manager had its say. */
    private static final class Fitter implements javafx.event.EventHandler<WindowEvent> {
        private final Stage stage;

        Fitter(Stage stage) {
            this.stage = stage;
        }

        @Override
        public void handle(WindowEvent event) {
            stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this); // a dialog shown again is placed by its user
            double wantedWidth = stage.getWidth();
            double wantedHeight = stage.getHeight();
            whileSettling(stage, () -> fit(stage, wantedWidth, wantedHeight));
        }
    }

    /** How long after showing a window the window manager's answer to it may still come. */
    private static final javafx.util.Duration SETTLING = javafx.util.Duration.seconds(2);

    /**
     * Runs {@code check} on the FX thread after {@code stage} has shown, and again whenever the window manager
     * moves or resizes it in the first {@link #SETTLING} (its answer comes after {@code show()} returns; the
     * stage's properties still say what was asked until then). Too early for any move of the user's own.
     */
    static void whileSettling(Stage stage, Runnable check) {
        boolean[] queued = {false};
        javafx.beans.InvalidationListener changed = obs -> {
            if (!queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    check.run();
                });
            }
        };
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        javafx.animation.PauseTransition settled = new javafx.animation.PauseTransition(SETTLING);
        settled.setOnFinished(e -> {
            stage.widthProperty().removeListener(changed);
            stage.heightProperty().removeListener(changed);
            stage.xProperty().removeListener(changed);
            stage.yProperty().removeListener(changed);
        });
        settled.play();
        changed.invalidated(null);
    }

    /**
     * Gives {@code stage} back the size it asked for ({@code wantedWidth} × {@code wantedHeight}, and at least
     * its content's preferred size) when it came out smaller or not within the screen: centred on its owner,
     * inside the owner's screen's usable area.
     */
    static void fit(Stage stage, double wantedWidth, double wantedHeight) {
        Scene scene = stage.getScene();
        Window owner = stage.getOwner();
        if (!stage.isShowing() || stage.isMaximized() || stage.isFullScreen() || scene == null || owner == null) {
            return;
        }
        Parent root = scene.getRoot();
        double frameWidth = Math.max(0, stage.getWidth() - scene.getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - scene.getHeight());
        double contentWidth = Math.max(root.prefWidth(-1), root.minWidth(-1));
        double contentHeight = Math.max(root.prefHeight(contentWidth), root.minHeight(contentWidth));
        Rectangle2D usable = usableArea(owner);
        double width = Math.min(usable.getWidth(), Math.max(valid(wantedWidth), contentWidth + frameWidth));
        double height = Math.min(usable.getHeight(), Math.max(valid(wantedHeight), contentHeight + frameHeight));
        boolean tooSmall = shrunk(stage.getWidth(), width) || shrunk(stage.getHeight(), height);
        boolean outside = stage.getX() < usable.getMinX() - 1 || stage.getY() < usable.getMinY() - 1
                || stage.getX() + stage.getWidth() > usable.getMaxX() + 1
                || stage.getY() + stage.getHeight() > usable.getMaxY() + 1;
        if (!tooSmall && !outside) {
            return; // as asked: the usual case
        }
        Rectangle2D over = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Rectangle2D centred = new Rectangle2D(over.getMinX() + (over.getWidth() - width) / 2,
                over.getMinY() + (over.getHeight() - height) / 2, width, height);
        Rectangle2D place = WindowMemory.within(centred, usable);
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
    }

    /**
     * Whether a window's side came out clearly shorter than asked: by more than a window frame. A window manager
     * that keeps a window's frame inside the screen takes a few pixels off (the title bar, the borders): that is
     * its right, and asking again would only push the title bar off the screen. What JavaFX's bug does is more:
     * down to 200 px or to the minimum size.
     */
    static boolean shrunk(double side, double asked) {
        return side + 60 < asked;
    }

    private static double valid(double size) {
        return Double.isNaN(size) ? 0 : size;
    }

    /** The usable area of the screen the owner mostly lies on (the primary screen when it lies on none). */
    static Rectangle2D usableArea(Window owner) {
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    /**
     * Keeps {@code main} maximized through modal dialogs: when it stops being maximized while one of its modal
     * dialogs (or an application-modal one) shows, it is maximized again once no modal dialog shows any more.
     */
    public static void keepMaximized(Stage main) {
        if (main.getProperties().putIfAbsent(OwnedWindows.class, Boolean.TRUE) != null) {
            return; // kept already (the window rebuilt on the same stage)
        }
        boolean[] owed = {false};
        main.maximizedProperty().addListener((obs, was, now) -> {
            if (was && !now && modalShowing(main)) {
                owed[0] = true; // the window manager's doing, not the user's: the owner may not be resized now
            } else if (now) {
                owed[0] = false;
            }
        });
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            if (owed[0] && !modalShowing(main)) {
                owed[0] = false;
                // After the dialog's hiding is through: by then the owner may be resized (maximized) again.
                Platform.runLater(() -> {
                    if (main.isShowing() && !main.isIconified()) {
                        main.setMaximized(true);
                    }
                });
            }
        });
    }

    private static boolean modalShowing(Stage main) {
        return Window.getWindows().stream().anyMatch(w -> w != main && w.isShowing() && w instanceof Stage s
                && s.getModality() != Modality.NONE);
    }
}
