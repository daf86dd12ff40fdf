package id.payung.ui.enrollments;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;

/**
 * Text the form filled in from a registered NIK is selected whole when the clerk enters its field, by Tab or by a
 * click, and at once when the field already has the focus: typing then replaces it. Trial 16 H1: the clerk's
 * rhythm "NIK, Tab, name" put the caret after the filled name and saved "Kornelis JehautKornelis Jehaut". Once the
 * clerk has changed a field's text, entering it again leaves the caret where it lands.
 */
final class SelectWhenFilled {
    private final Map<TextField, String> filled = new HashMap<>();

    private SelectWhenFilled() {
    }

    /** @param fills changes each time the form was filled in from a registered NIK */
    static void install(ObservableValue<?> fills, TextField... fields) {
        SelectWhenFilled s = new SelectWhenFilled();
        fills.addListener((o, was, now) -> s.filledIn(fields));
        for (TextField f : fields) {
            f.focusedProperty().addListener((o, was, now) -> {
                if (now && s.stillFilled(f)) {
                    // After the focus event: a click places the caret on its press, which would undo the selection.
                    Platform.runLater(() -> {
                        if (f.isFocused() && s.stillFilled(f)) {
                            f.selectAll();
                        }
                    });
                }
            });
        }
    }

    private void filledIn(TextField[] fields) {
        filled.clear();
        for (TextField f : fields) {
            filled.put(f, f.getText());
            if (f.isFocused() && stillFilled(f)) {
                f.selectAll(); // the fill came after the Tab: the caret would be after the filled text
            }
        }
    }

    private boolean stillFilled(TextField f) {
        String text = filled.get(f);
        return text != null && !text.isEmpty() && text.equals(f.getText());
    }
}
