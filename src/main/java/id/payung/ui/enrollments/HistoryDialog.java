package id.payung.ui.enrollments;

import id.payung.domain.Formats;
import id.payung.domain.Nik;
import id.payung.service.PersonHistory;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** A person's enrollments over the years and the audit trail of every change to them. */
public final class HistoryDialog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private HistoryDialog() {
    }

    /** Shows the dialog and waits until it is closed. */
    public static void show(Window owner, ResourceBundle res, PersonHistory h) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(res.getString("history.title"));
        dialog.setHeaderText(h.person().fullName() + " — NIK " + Nik.mask(h.person().nik()));
        dialog.setResizable(true);

        TableView<id.payung.domain.EnrollmentSummary> periods = new TableView<>();
        periods.setId("historyEnrollments");
        periods.getItems().setAll(h.enrollments());
        periods.getColumns().add(column(res.getString("col.funder"), e -> e.funderName(), 200));
        periods.getColumns().add(column(res.getString("col.segment"), e -> e.segment().name(), 70));
        periods.getColumns().add(column(res.getString("col.first"), e -> Formats.month(e.firstMonth()), 80));
        periods.getColumns().add(column(res.getString("col.last"), e -> Formats.month(e.lastMonth()), 80));
        periods.getColumns().add(column(res.getString("history.endReason"), e -> e.endReason() == null ? ""
                : res.getString("endReason." + e.endReason()), 160));
        periods.getColumns().add(column(res.getString("history.deleted"), e -> e.deleted() ? "✔" : "", 70));
        periods.setPrefHeight(160);

        TableView<PersonHistory.Change> changes = new TableView<>();
        changes.setId("historyChanges");
        changes.getItems().setAll(h.changes());
        changes.getColumns().add(column(res.getString("history.when"),
                c -> STAMP.format(c.at().atZone(ZoneId.systemDefault())), 130));
        changes.getColumns().add(column(res.getString("history.who"), PersonHistory.Change::actor, 90));
        changes.getColumns().add(column(res.getString("history.what"), c -> MessageFormat.format(
                res.getString("history.action"), c.action(), c.entity(), c.entityId()), 150));
        changes.getColumns().add(column(res.getString("history.before"), c -> c.before() == null ? "" : c.before(), 260));
        changes.getColumns().add(column(res.getString("history.after"), c -> c.after() == null ? "" : c.after(), 260));
        changes.setPrefHeight(240);

        VBox box = new VBox(8, new Label(res.getString("history.enrollments")), periods,
                new Label(res.getString("history.changes")), changes);
        box.setPrefWidth(960);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        id.payung.ui.Buttons.translate(dialog.getDialogPane(), res);
        dialog.showAndWait();
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
