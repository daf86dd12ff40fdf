package id.payung.ui.enrollments;

import id.payung.domain.EndReason;
import id.payung.ui.Choices;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the last covered month and the reason when an enrollment ends. */
final class EndEnrollmentDialog {
    /** The user's answer. */
    record Answer(YearMonth lastMonth, EndReason reason) {
    }

    private EndEnrollmentDialog() {
    }

    static Optional<Answer> ask(Window owner, ResourceBundle res, EnrollmentRow row, YearMonth suggested) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(res.getString("end.title"));
        dialog.setHeaderText(row.name() + " — " + row.funder());
        TextField month = new TextField(suggested.format(DateTimeFormatter.ofPattern("MM/yyyy")));
        month.setId("endMonth");
        ComboBox<EndReason> reason = new ComboBox<>();
        reason.setId("endReason");
        reason.getItems().setAll(Arrays.asList(EndReason.values()));
        Choices.show(reason, r -> res.getString("endReason." + r.name()), "");
        reason.setValue(EndReason.PERIOD_OVER);
        Label error = new Label();
        error.getStyleClass().add("form-error");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(res.getString("end.month")), month);
        grid.addRow(1, new Label(res.getString("end.reason")), reason);
        grid.add(error, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        id.payung.ui.Buttons.translate(dialog.getDialogPane(), res);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            YearMonth m = EnrollmentFormViewModel.parseMonth(month.getText());
            if (m == null || m.isBefore(row.firstMonth())) {
                error.setText(res.getString(m == null ? "problem.MONTH_FORMAT" : "problem.LAST_BEFORE_FIRST"));
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Answer(EnrollmentFormViewModel.parseMonth(month.getText()), reason.getValue()) : null);
        month.requestFocus();
        return dialog.showAndWait();
    }
}
