package id.payung.ui.main;

import id.payung.ui.BackgroundTask;
import id.payung.ui.WaitLine;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Long work the user started (a backup, a restore, an export) in the status bar: what it is, how far it
 * is, and a Cancel button. Made the first time such work runs; hidden when none runs. A write that waits for
 * another writer (a save, an undo: work with no title) is shown by a {@link WaitLine}: the wait, its Cancel,
 * and afterwards that nothing was saved.
 */
final class LongWork {
    /** How long "cancelled, nothing saved" stays in the status bar. */
    private static final javafx.util.Duration OUTCOME_SHOWN = javafx.util.Duration.seconds(15);

    private LongWork() {
    }

    /** Shows the task {@code shown} names (while it is not null) at the start of {@code status}. */
    static void follow(ObservableValue<BackgroundTask<?>> shown, HBox status, ResourceBundle resources) {
        WaitLine waits = new WaitLine(resources, OUTCOME_SHOWN);
        status.getChildren().add(0, waits.node());
        HBox[] box = new HBox[1];
        shown.addListener((obs, old, task) -> {
            waits.follow(task == null || task.titleKey() != null ? null : task);
            if (task == null || task.titleKey() == null) {
                if (box[0] != null) {
                    box[0].setVisible(false);
                    box[0].setManaged(false);
                }
                return;
            }
            if (box[0] == null) {
                box[0] = new HBox(6);
                box[0].setId("longWork");
                box[0].setAlignment(Pos.CENTER_LEFT);
                status.getChildren().add(0, box[0]);
            }
            Label title = new Label(resources.getString(task.titleKey()));
            title.setId("longWorkTitle");
            Label message = new Label();
            message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> task.waitingProperty().get()
                    ? task.waitWords(resources) : task.messageProperty().get(), task.waitingProperty(), task.messageProperty()));
            ProgressBar bar = new ProgressBar();
            bar.setId("longWorkProgress");
            bar.setPrefWidth(140);
            bar.progressProperty().bind(task.progressProperty());
            Button cancel = new Button(resources.getString("task.cancel"));
            cancel.setId("longWorkCancel");
            cancel.setOnAction(e -> {
                task.cancel();
                cancel.setDisable(true);
                cancel.setText(resources.getString("task.cancelling"));
            });
            box[0].getChildren().setAll(title, bar, message, cancel);
            box[0].setVisible(true);
            box[0].setManaged(true);
        });
    }
}
