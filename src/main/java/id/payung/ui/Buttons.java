package id.payung.ui;

import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * The window's words on a dialog's standard buttons. JavaFX labels {@link ButtonType#OK} and its kin in the
 * JVM's language, not the window's: every dialog with such buttons passes through {@link #translate}.
 */
public final class Buttons {
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "dialog.ok", ButtonType.CANCEL,
            "dialog.cancel", ButtonType.CLOSE, "dialog.close", ButtonType.YES, "dialog.yes", ButtonType.NO, "dialog.no",
            ButtonType.APPLY, "dialog.apply");

    private Buttons() {
    }

    /**
     * Gives the pane's standard buttons their text from {@code bundle}; the button types stay the same, so
     * code that asks for {@code ButtonType.OK} still finds its answer. Call after the buttons are added.
     */
    public static <P extends DialogPane> P translate(P pane, ResourceBundle bundle) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            if (key != null && pane.lookupButton(type) instanceof Button button) {
                button.setText(bundle.getString(key));
            }
        }
        return pane;
    }
}
