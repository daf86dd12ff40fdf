package id.payung.ui.enrollments;

import id.payung.domain.DeleteReason;
import id.payung.domain.Deletion;
import id.payung.domain.Formats;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Asks why an enrollment is deleted, naming whom (masked NIK) and which enrollment (funder and period) it deletes:
 * a common reason, or "Lainnya…" with the clerk's words. No reason, no deletion ({@link Deletion#problems}, the
 * service's own rule). Enter deletes, Esc cancels.
 */
final class DeleteEnrollmentDialog {
    private DeleteEnrollmentDialog() {
    }

    static Optional<Deletion> ask(Window owner, ResourceBundle res, EnrollmentRow row) {
        String header = MessageFormat.format(res.getString("delete.header"), row.name(), row.maskedNik(), row.funder(),
                Formats.month(row.firstMonth()), row.lastMonth() == null ? "…" : Formats.month(row.lastMonth()));
        ReasonDialog<Deletion> d = new ReasonDialog<>(owner, res, res.getString("delete.title"), header, "delete.confirm");
        ComboBox<DeleteReason> reason = d.reasons("delete.reason", "deleteReason", DeleteReason.values(),
                "deleteReason.", null, res.getString("delete.pick"));
        TextField note = new TextField();
        note.setId("deleteNote");
        note.setPrefColumnCount(30);
        note.setPromptText(res.getString("delete.note.prompt"));
        d.field("delete.note", note);
        // "Lainnya…" is answered in words: the clerk goes on typing there.
        reason.valueProperty().addListener((obs, old, now) -> {
            if (now == DeleteReason.OTHER) {
                note.requestFocus();
            }
        });
        Label hint = new Label(res.getString("delete.undoHint"));
        hint.setId("deleteUndoHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("form-info");
        // Its lines counted at this width from the first display: cut off to "… selama …" until a refused OK had
        // resized the dialog (trial 16 L3).
        hint.setPrefWidth(460);
        hint.setMinWidth(460);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.line(hint);
        return d.ask(() -> {
            List<id.payung.domain.FormProblem> problems = answer(reason, note).problems();
            return problems.isEmpty() ? null : d.describe(problems);
        }, () -> answer(reason, note), reason);
    }

    private static Deletion answer(ComboBox<DeleteReason> reason, TextField note) {
        return new Deletion(reason.getValue(), note.getText());
    }
}
