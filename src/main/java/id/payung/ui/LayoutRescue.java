package id.payung.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Lays out what JavaFX 21 leaves waiting for a layout that no pulse will give. A box (VBox, HBox) that moves a child
 * while laying itself out asks again for its own layout and, forced, its parent's; a parent being laid out at that
 * moment does not pass the request on, so after the pass a branch waits under a window that looks done. A managed
 * node's later request climbs past it to the window and mends it; but a chart's content and axes, a tab's content and
 * a scroll pane's are unmanaged: their request marks the way up only to the first parent already waiting, and nothing
 * is drawn until the next click. After a year change the dashboard kept last year's pie, table and totals, or a chart
 * last year's names, under the new year (trial 19; DashboardWindowTest failed one run in three). After each layout
 * pass a node still waiting has its way up to the window asked again, so the next pulse lays it out.
 */
public final class LayoutRescue {
    private static final Object WATCHED = new Object();
    /** A layout that never settles is left alone after this many rescues in a row, as JavaFX would leave it. */
    private static final int MOST_IN_A_ROW = 3;
    private static boolean installed;

    private LayoutRescue() {
    }

    /** Watches every window's scene, now and later (FX thread). */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(LayoutRescue::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(LayoutRescue::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            watch(window.getScene());
        }
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watch(scene);
            }
        });
    }

    /** Rescues {@code scene}'s waiting branches after each of its layout passes. */
    public static void watch(Scene scene) {
        if (scene.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) != null) {
            return;
        }
        int[] inARow = {0};
        scene.addPostLayoutPulseListener(() -> {
            Parent root = scene.getRoot();
            boolean rescued = root != null && inARow[0] < MOST_IN_A_ROW && rescue(root);
            inARow[0] = rescued ? inARow[0] + 1 : 0;
        });
    }

    /** Asks the way up to the window for each waiting node under {@code parent}; true if there was one. */
    static boolean rescue(Parent parent) {
        boolean any = false;
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                if (p.isNeedsLayout() && !parent.isNeedsLayout()) {
                    for (Parent up = parent; up != null; up = up.getParent()) {
                        up.requestLayout();
                    }
                    any = true;
                }
                any |= rescue(p);
            }
        }
        return any;
    }
}
