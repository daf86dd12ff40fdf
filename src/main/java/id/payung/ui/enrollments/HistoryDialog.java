package id.payung.ui.enrollments;

import id.payung.domain.Formats;
import id.payung.domain.Nik;
import id.payung.service.AuditWords;
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

    /**
     * Shows the dialog and waits until it is closed.
     *
     * @param names the names of the regions, occupations and funders the audit rows name by code
     */
    public static void show(Window owner, ResourceBundle res, PersonHistory h, AuditWords.Names names) {
        AuditWords words = new AuditWords(res, h.enrollments(), names);
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
        TableColumn<PersonHistory.Change, String> when = column(res.getString("history.when"),
                c -> STAMP.format(c.at().atZone(ZoneId.systemDefault())), 120);
        // The time whole, "07/12/2026 05:49": 120 px cut it to "07/12/2026 05…" (trial 18, 1.366 × 768).
        when.setMinWidth(stampWidth());
        when.setPrefWidth(stampWidth());
        when.setMaxWidth(stampWidth() + 24); // the room left goes to the details, as before
        changes.getColumns().add(when);
        changes.getColumns().add(column(res.getString("history.who"), PersonHistory.Change::actor, 90));
        // A change a restore undid says so, as Jejak audit says it (trial 22c #3: the two screens disagreed).
        changes.getColumns().add(wrapped(column(res.getString("history.what"), c -> words.what(c, h.undoneByRestore(c),
                ZoneId.systemDefault()), 250)));
        changes.getColumns().add(wrapped(column(res.getString("history.details"), words::details, 480)));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPrefHeight(260);
        // Not JavaFX's own English "No content in table" (a person of data older than the log has no entry).
        changes.setPlaceholder(new javafx.scene.control.Label(res.getString("lanes.history.noChanges")));
        // The whole record of the chosen change, on demand: the table says what changed, this says all.
        javafx.scene.control.TextArea full = new javafx.scene.control.TextArea(res.getString("history.full.hint"));
        full.setId("historyFullRecord");
        full.setEditable(false);
        full.setWrapText(true);
        full.setPrefRowCount(7);
        changes.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                full.setText(now == null ? res.getString("history.full.hint") : fullRecord(words, h, now)));
        javafx.scene.control.TitledPane fullPane = new javafx.scene.control.TitledPane(res.getString("history.full"), full);
        fullPane.setId("historyFull");
        fullPane.setExpanded(false);

        VBox box = new VBox(8, new Label(res.getString("history.enrollments")), periods,
                new Label(res.getString("history.changes")), changes, fullPane);
        box.setPrefWidth(960);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        id.payung.ui.Buttons.translate(dialog.getDialogPane(), res);
        dialog.showAndWait();
    }

    /**
     * The chosen change whole, headed by what happened as the table says it (with the mark of a restore that undid it),
     * as Jejak audit's full record is (trial 22c #3).
     */
    private static String fullRecord(AuditWords words, PersonHistory h, PersonHistory.Change c) {
        String head = words.what(c, h.undoneByRestore(c), ZoneId.systemDefault());
        String body = words.fullRecord(c);
        return body.isEmpty() ? head : head + "\n\n" + body;
    }

    /** The width a time takes in a cell: its widest digits in the font shown (13 px at least, the theme's), padding and all. */
    private static double stampWidth() {
        javafx.scene.text.Font shown = javafx.scene.text.Font.getDefault();
        javafx.scene.text.Text widest = new javafx.scene.text.Text("00/00/0000 00:00");
        widest.setFont(javafx.scene.text.Font.font(shown.getFamily(), Math.max(13, shown.getSize())));
        return Math.ceil(widest.getLayoutBounds().getWidth()) + 28; // the cell's padding, the column's border
    }

    /**
     * Long texts wrap whole inside their cell, the row as tall as its lines ({@link id.payung.ui.Cells#wrapped()}; the
     * table's rows are not of a fixed height, payung.css): a wrapping label cut them with "…" (trial 23c M2: the
     * restore's mark "(dibatalkan …" with room to spare).
     */
    private static <S> TableColumn<S, String> wrapped(TableColumn<S, String> c) {
        c.setCellFactory(id.payung.ui.Cells.wrapped());
        return c;
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
