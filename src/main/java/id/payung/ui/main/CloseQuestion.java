package id.payung.ui.main;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * "Tutup Payung?": asked once when the main window is to close (its X, Alt+F4, Berkas → Keluar, Ctrl+Q) while an
 * enrollment form holds unsaved typing, the Pengaturan page changes not saved, or an import window a file not imported. Going back is the default (Enter,
 * Esc), so a key pressed in passing loses nothing.
 */
public final class CloseQuestion {
    /** The question's id, for tests. */
    public static final String ID = "closePayungQuestion";

    private CloseQuestion() {
    }

    /**
     * Asks over {@code owner} (the first window holding the work, so the question is on top of it) whether Payung
     * closes without saving.
     *
     * @param forms       how many enrollment forms hold unsaved input
     * @param importFiles the names of the files chosen and not imported, one per import window
     * @return true: close without saving; false: go back
     */
    public static boolean closeWithoutSaving(Window owner, ResourceBundle bundle, int forms, List<String> importFiles) {
        return closeWithoutSaving(owner, bundle, forms, false, importFiles);
    }

    /**
     * As {@link #closeWithoutSaving(Window, ResourceBundle, int, List)}, and {@code settings}: the Pengaturan page holds
     * changes not saved with its Simpan (trial 18 #1).
     */
    public static boolean closeWithoutSaving(Window owner, ResourceBundle bundle, int forms, boolean settings,
                                             List<String> importFiles) {
        List<String> lines = new ArrayList<>();
        if (forms == 1) {
            lines.add(bundle.getString("app.close.form"));
        } else if (forms > 1) {
            lines.add(MessageFormat.format(bundle.getString("app.close.forms"), Integer.toString(forms)));
        }
        if (settings) {
            lines.add(bundle.getString("app.close.settings"));
        }
        for (String file : importFiles) {
            lines.add(MessageFormat.format(bundle.getString("app.close.import"), file));
        }
        lines.add(bundle.getString("app.close.lost"));
        ButtonType close = new ButtonType(bundle.getString("app.close.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(bundle.getString(forms > 0 ? "form.discard.no"
                : settings ? "app.close.back.settings" : "import.closeUnimported.no"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        // One paragraph: a line break in an Alert's text was cut to its first line ("…") under GTK at 1366 × 768.
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, String.join(" ", lines), close, back);
        ask.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ask.initOwner(owner);
        ask.setTitle("Payung");
        ask.setHeaderText(bundle.getString("app.close.title"));
        ask.getDialogPane().setId(ID);
        Button yes = (Button) ask.getDialogPane().lookupButton(close);
        Button no = (Button) ask.getDialogPane().lookupButton(back);
        yes.setDefaultButton(false);
        no.setDefaultButton(true);
        ask.setOnShown(e -> no.requestFocus());
        return ask.showAndWait().filter(answer -> answer == close).isPresent();
    }
}
