package id.payung.ui.main;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Bantuan → Tentang: version, licence, and where the data lives (selectable, to paste into a file manager). */
public final class AboutDialog {
    private AboutDialog() {
    }

    /** The dialog, not yet shown (tests look into it). */
    public static Alert create(Window owner, ResourceBundle bundle, String version, Path databaseFile, Path backupFolder) {
        return create(owner, bundle, version, MessageFormat.format(bundle.getString("about.data"), databaseFile.toString(),
                databaseFile.getParent().toString(), backupFolder.toString()));
    }

    /** The dialog for a database on a server: its address, and who backs it up (the administrator, with pg_dump). */
    public static Alert create(Window owner, ResourceBundle bundle, String version, id.payung.domain.ServerAddress server) {
        return create(owner, bundle, version, MessageFormat.format(bundle.getString("pgui.about.server"), server.toString(),
                server.user()));
    }

    private static Alert create(Window owner, ResourceBundle bundle, String version, String whereText) {
        // Our own button text: JavaFX's ButtonType.CLOSE speaks the JVM's language, not the window's.
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(bundle.getString("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(bundle.getString("about.title"));
        alert.setHeaderText("Payung " + version);
        Label text = new Label(bundle.getString("about.text"));
        text.setWrapText(true);
        Label licence = new Label(bundle.getString("about.licence"));
        licence.setId("aboutLicence");
        licence.setWrapText(true);
        TextArea where = new TextArea(whereText);
        where.setId("aboutData");
        where.setEditable(false);
        where.setWrapText(true);
        where.setPrefRowCount(4);
        VBox content = new VBox(10, text, licence, where);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("aboutDialog");
        return alert;
    }
}
