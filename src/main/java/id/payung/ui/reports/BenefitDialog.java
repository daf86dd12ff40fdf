package id.payung.ui.reports;

import id.payung.domain.BenefitClaim;
import id.payung.domain.Programme;
import id.payung.ui.FieldsDialog;
import id.payung.ui.TaskExecutor;
import java.util.List;
import java.util.ResourceBundle;
import javafx.stage.Window;

/** "Catat manfaat dibayar": date, programme (JKM or JKK), beneficiaries, amount and a note; saved in the background. */
final class BenefitDialog {
    private BenefitDialog() {
    }

    static void show(Window owner, ResourceBundle resources, TaskExecutor tasks, ReportsViewModel model) {
        FieldsDialog d = new FieldsDialog(owner, resources, resources.getString("reports.benefit.title"));
        var date = d.date("field.DATE", "benefitDate", model.today());
        var programme = d.choice("reports.benefit.programme", "benefitProgramme", List.of(Programme.JKM, Programme.JKK),
                Programme.JKM, p -> resources.getString("reports.programme." + p.name()), null);
        var count = d.text("reports.benefit.count", "benefitCount", "1");
        var amount = d.text("field.AMOUNT", "benefitAmount", "");
        var note = d.text("reports.benefit.note", "benefitNote", "");
        d.show(tasks, () -> {
            Long n = FieldsDialog.parseNumber(count.getText());
            Long rp = FieldsDialog.parseNumber(amount.getText());
            if (date.getValue() == null) {
                return resources.getString("field.DATE") + ": " + resources.getString("problem.REQUIRED");
            }
            if (n == null || rp == null) {
                return resources.getString("reports.benefit.required");
            }
            if (n < 0 || rp < 0 || n > Integer.MAX_VALUE) {
                return resources.getString("problem.NUMBER_FORMAT");
            }
            return null;
        }, () -> {
            model.addBenefit(new BenefitClaim(0, date.getValue(), programme.getValue(),
                    FieldsDialog.parseNumber(count.getText()).intValue(), FieldsDialog.parseNumber(amount.getText()),
                    note.getText().isBlank() ? null : note.getText().strip()));
            return null;
        }, model::reload);
    }
}
