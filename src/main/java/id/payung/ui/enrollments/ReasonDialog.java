package id.payung.ui.enrollments;

import id.payung.domain.FormProblem;
import id.payung.ui.Choices;
import id.payung.ui.UserMessages;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The small dialog in which a change to one enrollment asks its reason (ending it, deleting it): a header naming the
 * enrollment, labelled fields with the reason's drop-down, the problems in the dialog's own words, and a confirm
 * button that is the default (Enter) beside Cancel (Esc). OK with a problem keeps the dialog open and says it.
 *
 * @param <A> the answer the dialog gives
 */
final class ReasonDialog<A> {
    private final Dialog<A> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final ResourceBundle res;
    private final ButtonType confirm;
    private int row;
    /** What the answer is made of: a problem shown is checked again when one changes (trial 20c L2). */
    private final List<javafx.beans.Observable> inputs = new java.util.ArrayList<>();

    /** @param confirmKey the confirm button's words, or null for the window's "OK" */
    ReasonDialog(Window owner, ResourceBundle res, String title, String header, String confirmKey) {
        this.res = res;
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        grid.setHgap(10);
        grid.setVgap(8);
        error.getStyleClass().add("form-error");
        error.setId("reasonProblem");
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(grid);
        confirm = confirmKey == null ? ButtonType.OK : new ButtonType(res.getString(confirmKey), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        id.payung.ui.Buttons.translate(dialog.getDialogPane(), res);
    }

    /** Adds a labelled field. */
    void field(String labelKey, Node field) {
        Label label = new Label(res.getString(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(row++, label, field);
        if (field instanceof javafx.scene.control.ComboBoxBase<?> box) {
            inputs.add(box.valueProperty());
        } else if (field instanceof javafx.scene.control.TextInputControl text) {
            inputs.add(text.textProperty());
        }
    }

    /** Adds a line across the dialog (a hint). */
    void line(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    /**
     * Adds the reason's drop-down, each reason in the words {@code keyPrefix + name} ({@code endReason.},
     * {@code deleteReason.}); none chosen shows as {@code noneText}.
     */
    <R extends Enum<R>> ComboBox<R> reasons(String labelKey, String id, R[] values, String keyPrefix, R initial,
                                            String noneText) {
        ComboBox<R> reason = new ComboBox<>();
        reason.setId(id);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.getItems().setAll(List.of(values));
        Choices.show(reason, r -> res.getString(keyPrefix + r.name()), noneText);
        // None chosen is an empty button cell: the prompt says what to do instead.
        reason.setPromptText(noneText);
        reason.setValue(initial);
        field(labelKey, reason);
        return reason;
    }

    /** The problems of an answer, a line each, as "field: problem" in the window's words. */
    String describe(List<FormProblem> problems) {
        return problems.stream().map(p -> res.getString("field." + p.field().name()) + ": " + UserMessages.problem(res, p))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * Shows the dialog and waits. Confirming runs {@code check} (null = fine, else the problem shown and the dialog
     * kept open), then gives {@code answer}; Cancel, Esc or closing give nothing.
     */
    Optional<A> ask(Supplier<String> check, Supplier<A> answer, Node focus) {
        grid.add(error, 0, row, 2, 1);
        Node ok = dialog.getDialogPane().lookupButton(confirm);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String problem = check.get();
            if (problem != null) {
                error.setText(problem);
                e.consume();
                Window w = dialog.getDialogPane().getScene().getWindow();
                if (w != null) {
                    w.sizeToScene(); // the problem's lines in view, the buttons too
                }
            }
        });
        // A problem shown goes, or changes, as soon as the answer is mended: "wajib diisi" stayed red beside a reason
        // chosen (trial 20c L2).
        inputs.forEach(input -> input.addListener(x -> {
            if (!error.getText().isEmpty()) {
                String problem = check.get();
                error.setText(problem == null ? "" : problem);
            }
        }));
        dialog.setResultConverter(b -> b == confirm ? answer.get() : null);
        // After the dialog's own focus on its default button, which comes once it is shown.
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            // Measured again once shown, as after a refused OK: a wrapped hint's lines are known only now (L3).
            Window w = dialog.getDialogPane().getScene().getWindow();
            if (w != null) {
                w.sizeToScene();
            }
            focus.requestFocus();
        }));
        return dialog.showAndWait();
    }
}
