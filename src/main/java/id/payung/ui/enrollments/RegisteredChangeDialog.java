package id.payung.ui.enrollments;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before a new enrollment replaces a registered person's name, sex, birth date… for all their years (trial 16
 * H1: a doubled name was saved unasked and would have gone into the regent's decree annex). Each change in plain
 * words; Cancel is the default, so Enter keeps the person as registered.
 */
final class RegisteredChangeDialog {
    private RegisteredChangeDialog() {
    }

    /**
     * @param shown a value as the form shows it (a sex's word, a date as dd/MM/yyyy; null is "(kosong)")
     * @return true to save the changes
     */
    static boolean ask(Window owner, ResourceBundle resources, List<EnrollmentFormViewModel.PersonChange> changes,
                       Function<Object, String> shown) {
        StringBuilder text = new StringBuilder();
        for (EnrollmentFormViewModel.PersonChange c : changes) {
            String key = c.labelKey().equals("form.name") ? "form.registeredChange.name" : "form.registeredChange.line";
            text.append(MessageFormat.format(resources.getString(key), resources.getString(c.labelKey()),
                    shown.apply(c.before()), shown.apply(c.after()))).append('\n');
        }
        text.append(resources.getString("form.registeredChange.question"));
        ButtonType replace = new ButtonType(resources.getString("form.registeredChange.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(resources.getString("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text.toString(), replace, cancel);
        ask.setTitle("Payung");
        ask.setHeaderText(resources.getString("form.registeredChange.title"));
        ask.initOwner(owner);
        // Enter, or a name typed on into the question, must not rename the person.
        ((Button) ask.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return ask.showAndWait().filter(b -> b == replace).isPresent();
    }
}
