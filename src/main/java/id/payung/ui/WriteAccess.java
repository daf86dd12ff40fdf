package id.payung.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * Whether the database the window shows may be written: the one property the screens' writing actions bind to (the
 * status bar says "Basis data dibuka hanya-baca" from the same {@code PayungServices.readOnly()}). A provincial
 * reader's login is read-only; its Tambah peserta, Impor, Ubah, Akhiri, Hapus and Pengaturan were offered and ended
 * in an error (trial 14 F8).
 */
public final class WriteAccess {
    private final ReadOnlyBooleanWrapper readOnly;
    /** The bundle's key of the tooltip that says why. */
    private final String why;

    /**
     * @param onServer whether the database is on a server, where read-only means a provincial reader's login; a
     *                 file is read-only for other reasons (a network folder, a read-only copy), and says so
     */
    public WriteAccess(boolean readOnly, boolean onServer) {
        this(readOnly, onServer ? "readOnly.tooltip" : "readOnly.tooltip.file");
    }

    private WriteAccess(boolean readOnly, String why) {
        this.readOnly = new ReadOnlyBooleanWrapper(readOnly);
        this.why = why;
    }

    /**
     * A clerk's offline copy of a server: read-only as any read-only file, its disabled actions saying "Salinan luring:
     * hanya untuk dibaca" ({@code offlineCopy.tooltip}).
     */
    public static WriteAccess offlineCopy() {
        return new WriteAccess(true, "offlineCopy.tooltip");
    }

    /** A database that may be written (screens built without a window's, e.g. in tests). */
    public static WriteAccess writable() {
        return new WriteAccess(false, false);
    }

    /** True while the database is open read-only. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /**
     * Disables {@code nodes} while the database is read-only, each with the tooltip "Login provinsi hanya membaca"
     * on a server ({@code bundle}'s {@code readOnly.tooltip}), "Basis data dibuka hanya-baca" on a file
     * ({@code readOnly.tooltip.file}), "Salinan luring: hanya untuk dibaca" in an offline copy. A disabled control
     * shows no tooltip of its own, so each is put in a box that holds the tooltip, inside one that is disabled; the
     * node's own disable (e.g. "no row selected") is left as it is. A node whose parent is not a pane is disabled only. Call on the FX thread once the view is loaded.
     */
    public void guard(java.util.ResourceBundle bundle, Node... nodes) {
        guardSaying(bundle, why, nodes);
    }

    /**
     * Whether this is a provincial reader's login (read-only on a server): what a regency's office alone may do
     * (a regent's annex) is refused to it, beside writing.
     */
    public boolean provincialReader() {
        return readOnly.get() && "readOnly.tooltip".equals(why);
    }

    /**
     * {@link #guard} for an action a provincial reader may not take ({@link #provincialReader()}), its tooltip the
     * bundle's {@code whyKey}; nothing for any other login or file.
     */
    public void guardForReader(java.util.ResourceBundle bundle, String whyKey, Node... nodes) {
        if (provincialReader()) {
            guardSaying(bundle, whyKey, nodes);
        }
    }

    private void guardSaying(java.util.ResourceBundle bundle, String why, Node... nodes) {
        if (!readOnly.get()) {
            return; // nothing to say; the layout stays exactly as the FXML has it
        }
        for (Node node : nodes) {
            if (!(node.getParent() instanceof Pane parent)) {
                node.disableProperty().unbind();
                node.setDisable(true);
                continue;
            }
            int at = parent.getChildren().indexOf(node);
            StackPane disabled = new StackPane();
            disabled.setDisable(true);
            StackPane said = new StackPane(disabled);
            // The node's layout constraints in its pane (GridPane row, HBox grow, margins) move to the box.
            node.getProperties().forEach((key, value) -> {
                if (key instanceof String k && k.matches("(gridpane|hbox|vbox|flowpane|tilepane|stackpane|anchorpane"
                        + "|borderpane)-.*")) {
                    said.getProperties().put(k, value);
                }
            });
            parent.getChildren().set(at, said);
            disabled.getChildren().add(node);
            said.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            said.setId(node.getId() == null ? null : node.getId() + "ReadOnly");
            Tooltip.install(said, new Tooltip(bundle.getString(why)));
        }
    }

    /**
     * Why writing is refused, in {@code bundle}'s words (the disabled actions' tooltip: "Login provinsi hanya membaca"),
     * for an action that shows no tooltip (a menu item); null while the database may be written.
     */
    public String reason(java.util.ResourceBundle bundle) {
        return readOnly.get() ? bundle.getString(why) : null;
    }
}
