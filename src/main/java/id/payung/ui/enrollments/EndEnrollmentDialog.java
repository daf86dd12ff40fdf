package id.payung.ui.enrollments;

import id.payung.domain.EndReason;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Asks for the last covered month and the reason when an enrollment ends. */
final class EndEnrollmentDialog {
    /** The user's answer. */
    record Answer(YearMonth lastMonth, EndReason reason) {
    }

    private EndEnrollmentDialog() {
    }

    static Optional<Answer> ask(Window owner, ResourceBundle res, EnrollmentRow row, YearMonth suggested) {
        ReasonDialog<Answer> d = new ReasonDialog<>(owner, res, res.getString("end.title"),
                row.name() + " — " + row.funder(), null);
        TextField month = new TextField(suggested.format(DateTimeFormatter.ofPattern("MM/yyyy")));
        month.setId("endMonth");
        d.field("end.month", month);
        ComboBox<EndReason> reason = d.reasons("end.reason", "endReason", EndReason.values(), "endReason.",
                EndReason.PERIOD_OVER, "");
        return d.ask(() -> {
            YearMonth m = EnrollmentFormViewModel.parseMonth(month.getText());
            return m == null || m.isBefore(row.firstMonth())
                    ? res.getString(m == null ? "problem.MONTH_FORMAT" : "problem.LAST_BEFORE_FIRST") : null;
        }, () -> new Answer(EnrollmentFormViewModel.parseMonth(month.getText()), reason.getValue()), month);
    }
}
