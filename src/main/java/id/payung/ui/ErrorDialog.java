package id.payung.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows a failure as a plain-language message, with the technical details folded away for copying. */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /** Shows the dialog and waits until the user closes it. */
    public static void show(Window owner, ResourceBundle bundle, String message, Throwable error) {
        if (!SHOWING.add(message)) {
            // The same sentence is on screen already: one action's several reads failing alike (F5 with the server down
            // stacked three dialogs, trial 3) make one dialog.
            return;
        }
        try {
            create(owner, bundle, message, error).showAndWait();
        } finally {
            SHOWING.remove(message);
        }
    }

    /** The messages of the dialogs {@link #show} has on screen now (FX thread only). */
    private static final java.util.Set<String> SHOWING = new java.util.HashSet<>();

    /**
     * The dialog, not yet shown: the message, and with an error its details (folded away) and a button that
     * copies message and details to the clipboard, to paste into an e-mail to whoever looks after Payung.
     */
    public static Alert create(Window owner, ResourceBundle bundle, String message, Throwable error) {
        return create(owner, bundle, message, error, id.payung.service.LogFile.current());
    }

    /**
     * {@link #create(Window, ResourceBundle, String, Throwable)} naming {@code logFile} (when there is an error
     * and a log): where the error was written, with a button that opens its folder, so the clerk can send it.
     */
    public static Alert create(Window owner, ResourceBundle bundle, String message, Throwable error, Path logFile) {
        if (UserMessages.isRefusal(error)) {
            return refusal(owner, bundle, message);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, "",
                new ButtonType(bundle.getString("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
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
            details.setId("errorDetails");
            alert.getDialogPane().setExpandableContent(details);
            ButtonType copy = new ButtonType(bundle.getString("error.copy"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().add(copy);
            Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
            copyButton.setId("copyErrorDetails");
            copyButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume(); // copying does not close the dialog
                ClipboardContent content = new ClipboardContent();
                content.putString(clipboardText(message, trace.toString()));
                Clipboard.getSystemClipboard().setContent(content);
                copyButton.setText(bundle.getString("error.copied"));
            });
            if (logFile != null) {
                showLog(alert, bundle, message, logFile);
            }
            // The toggle is made when the dialog pane lays out its buttons, by the time it is shown.
            alert.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN,
                    e -> detailsInWords(alert.getDialogPane(), bundle));
        }
        return alert;
    }

    /**
     * An expected refusal ({@link UserMessages#isRefusal}): a plain warning with its sentence and a Close, no log
     * path, no "send it to whoever looks after Payung", no details: the user chose a wrong file, nothing crashed.
     */
    public static Alert refusal(Window owner, ResourceBundle bundle, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message,
                new ButtonType(bundle.getString("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(bundle.getString("error.title"));
        alert.setHeaderText(bundle.getString("refused.header"));
        alert.getDialogPane().setId("refusal");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert;
    }

    /**
     * The toggle of the folded details in the user's language: JavaFX writes it from its own resources, which
     * have no Indonesian ("Show Details" in an Indonesian dialog, trial 13). JavaFX sets its text again on every
     * fold; this listener, added after JavaFX's own, sets it last.
     */
    private static void detailsInWords(javafx.scene.control.DialogPane pane, ResourceBundle bundle) {
        if (pane.lookup(".details-button") instanceof javafx.scene.control.Hyperlink toggle
                && toggle.getId() == null) {
            toggle.setId("errorDetailsToggle");
            Runnable words = () -> toggle.setText(bundle.getString(pane.isExpanded() ? "error.details.hide"
                    : "error.details.show"));
            words.run();
            pane.expandedProperty().addListener(o -> words.run());
        }
    }

    /** The message, then where the log is, and a button that opens the log's folder (the dialog stays open). */
    private static void showLog(Alert alert, ResourceBundle bundle, String message, Path logFile) {
        Label text = new Label(message);
        text.setWrapText(true);
        Label where = new Label(MessageFormat.format(bundle.getString("log.where"), logFile.toString()));
        where.setId("logFile");
        where.setWrapText(true);
        VBox content = new VBox(10, text, where);
        content.setMaxWidth(Double.MAX_VALUE);
        content.getStyleClass().add("content");
        alert.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(bundle.getString("log.openFolder"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(open);
        Button openButton = (Button) alert.getDialogPane().lookupButton(open);
        openButton.setId("openLogFolder");
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // opening the folder does not close the dialog
            Folders.open(logFile.getParent());
        });
    }

    /** What the copy button puts on the clipboard: the message, the version and the details. */
    static String clipboardText(String message, String trace) {
        String version = ErrorDialog.class.getPackage().getImplementationVersion(); // from the jar's manifest
        return message + "\n\nPayung " + (version == null ? "(dev)" : version) + ", Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + "\n\n" + trace;
    }
}
