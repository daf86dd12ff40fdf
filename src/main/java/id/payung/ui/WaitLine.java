package id.payung.ui;

import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * A write that waits for another writer (an import here or in another Payung), said where the clerk looks:
 * "waiting for the other import…" with a Cancel while it waits; after a Cancel that ended the wait, that
 * nothing was saved. Hidden otherwise. The status bar has one ({@code LongWork}); so do windows that keep the
 * status bar out of reach while they are open (the enrollment form, the small dialogs).
 */
public final class WaitLine {
    private final ResourceBundle resources;
    private final Duration keepOutcome;
    private final HBox box = new HBox(6);
    private final Label text = new Label();
    private final Button cancel = new Button();
    private final ChangeListener<Boolean> onWaiting = (obs, was, waits) -> update();
    private PauseTransition hideLater;
    private BackgroundTask<?> task;
    /** The followed task was shown waiting: its end by a cancel is then said. */
    private boolean waited;

    /**
     * @param keepOutcome how long "cancelled, nothing saved" stays; null: until the next task
     */
    public WaitLine(ResourceBundle resources, Duration keepOutcome) {
        this.resources = resources;
        this.keepOutcome = keepOutcome;
        box.setId("waitLine");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("wait-line");
        text.setId("waitText");
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // one line, whole: the file name beside gives way
        cancel.setId("waitCancel");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
                update();
            }
        });
        box.getChildren().setAll(text, cancel);
        hide();
    }

    /** A line that follows the tasks {@code current} names, one after the other (null: none). */
    public static WaitLine following(ObservableValue<? extends BackgroundTask<?>> current, ResourceBundle resources,
                                     Duration keepOutcome) {
        WaitLine line = new WaitLine(resources, keepOutcome);
        current.addListener((obs, old, now) -> line.follow(now));
        line.follow(current.getValue());
        return line;
    }

    public HBox node() {
        return box;
    }

    /** From now on shows {@code next} (null: none); the task followed before, if it ended by its Cancel, is said. */
    public void follow(BackgroundTask<?> next) {
        if (next == task) {
            return;
        }
        BackgroundTask<?> old = task;
        boolean oldWaited = waited;
        if (old != null) {
            old.waitingProperty().removeListener(onWaiting);
        }
        task = next;
        waited = false;
        if (next != null) {
            next.waitingProperty().addListener(onWaiting);
        }
        if (old != null && oldWaited && old.endedCancelled() && (next == null || !next.waitingProperty().get())) {
            sayCancelled();
            return;
        }
        update();
    }

    private void update() {
        if (task != null && task.waitingProperty().get()) {
            waited = true;
            show(task.waitWords(resources));
            boolean asked = task.isCancelled();
            cancel.setVisible(true);
            cancel.setManaged(true);
            cancel.setDisable(asked);
            cancel.setText(resources.getString(asked ? "task.cancelling" : "task.cancel"));
        } else if (!(task != null && waited && task.isCancelled())) {
            hide(); // a cancelled wait stays "Cancelling…" until its task ends, then says what became of it
        }
    }

    private void sayCancelled() {
        show(resources.getString("lanes.wait.cancelled"));
        cancel.setVisible(false);
        cancel.setManaged(false);
        if (keepOutcome != null) {
            hideLater = new PauseTransition(keepOutcome);
            hideLater.setOnFinished(e -> {
                if (task == null || !task.waitingProperty().get()) {
                    hide();
                }
            });
            hideLater.play();
        }
    }

    private void show(String words) {
        if (hideLater != null) {
            hideLater.stop();
            hideLater = null;
        }
        text.setText(words);
        box.setVisible(true);
        box.setManaged(true);
    }

    private void hide() {
        box.setVisible(false);
        box.setManaged(false);
    }
}
