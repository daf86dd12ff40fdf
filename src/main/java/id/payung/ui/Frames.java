package id.payung.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for a frame. */
public final class Frames {
    private Frames() {
    }

    /**
     * Runs {@code then} on the FX thread once the scene's next frame has been laid out and handed to drawing:
     * for what the frame itself does not need (start-up stays short) or what must follow a drawn frame.
     */
    public static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
