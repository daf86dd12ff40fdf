package id.payung.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows a failure as a plain-language message, with the technical details folded away for copying. */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /** Shows the dialog and waits until the user closes it. */
    public static void show(Window owner, ResourceBundle bundle, String message, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(bundle.getString("error.title"));
        alert.setHeaderText(bundle.getString("error.header"));
        alert.setContentText(message);
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            details.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }
}
