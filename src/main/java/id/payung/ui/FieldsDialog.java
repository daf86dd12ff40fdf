package id.payung.ui;

import id.payung.domain.FormProblem;
import id.payung.service.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A small edit dialog of labelled fields, for the records that are not the enrollment form (cohorts,
 * events, budgets). Saving runs through the task executor; refused input keeps the dialog open with the
 * reasons shown in it.
 */
public final class FieldsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label errors = new Label();
    private final ResourceBundle res;
    private int row;
    /** The date fields and their labels: text typed in one that is no date is refused by name, not taken as empty. */
    private final java.util.Map<DatePicker, String> dates = new java.util.LinkedHashMap<>();

    public FieldsDialog(Window owner, ResourceBundle res, String title) {
        this.res = res;
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        grid.setHgap(10);
        grid.setVgap(8);
        errors.getStyleClass().add("form-error");
        errors.setWrapText(true);
        // Wrapped, it needs the height of every line it has (else the last is cut with "…").
        errors.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        errors.setId("dialogErrors");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Buttons.translate(dialog.getDialogPane(), res);
    }

    /** Adds a one-line text field. */
    public TextField text(String labelKey, String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPrefColumnCount(28);
        add(labelKey, f);
        return f;
    }

    /** Adds a multi-line text area (e.g. witnesses, one per line). */
    public TextArea area(String labelKey, String id, String value) {
        TextArea a = new TextArea(value == null ? "" : value);
        a.setId(id);
        a.setPrefRowCount(3);
        a.setPrefColumnCount(28);
        a.setWrapText(true);
        add(labelKey, a);
        return a;
    }

    /** Adds a drop-down; a null item (when {@code nullText} is given) means "all" or "none". */
    public <T> ComboBox<T> choice(String labelKey, String id, List<T> items, T value, Function<T, String> text,
                                  String nullText) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        if (nullText != null) {
            Choices.withNull(c, items, text, nullText);
        } else {
            c.getItems().setAll(items);
            Choices.show(c, text, "");
        }
        c.setValue(value);
        add(labelKey, c);
        return c;
    }

    /** Adds a date field typed as dd/MM/yyyy. */
    public DatePicker date(String labelKey, String id, LocalDate value) {
        DatePicker d = new DatePicker(value);
        d.setId(id);
        DatePickers.dayMonthYear(d);
        add(labelKey, d);
        dates.put(d, labelKey);
        // A date mended: the sentence about it goes (it stayed until OK was pressed again, trial 13b); OK says
        // again whatever is still wrong.
        d.getEditor().textProperty().addListener((obs, old, now) -> {
            if (errors.getText() != null && errors.getText().startsWith(res.getString(labelKey) + ": ")) {
                errors.setText("");
            }
        });
        return d;
    }

    private void add(String labelKey, javafx.scene.Node field) {
        if (row == 0) {
            // Typing starts in the first field, not on OK (a space typed there would press it).
            dialog.setOnShown(e -> field.requestFocus());
        }
        Label label = new Label(res.getString(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(row++, label, field);
    }

    /**
     * Shows the dialog. OK runs {@code save} in the background: when it succeeds the dialog closes and
     * {@code afterSave} runs; when it throws {@link InvalidInputException} the reasons are shown and the
     * dialog stays open. {@code check} runs first on the FX thread for what needs no database (null = fine).
     */
    public void show(TaskExecutor tasks, Callable<String> check, Callable<?> save, Runnable afterSave) {
        grid.add(errors, 0, row, 2, 1);
        // A save waiting for an import says so here, with its Cancel (the window's status bar is out of reach).
        javafx.beans.property.ObjectProperty<BackgroundTask<?>> saving = new javafx.beans.property.SimpleObjectProperty<>();
        grid.add(WaitLine.following(saving, res, null).node(), 0, row + 1, 2, 1);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            String problem = unreadableDates();
            try {
                problem = problem != null ? problem : check.call();
            } catch (Exception ex) {
                problem = ex.getMessage();
            }
            if (problem != null) {
                showProblems(problem);
                return;
            }
            ok.setDisable(true);
            // Whatever way the save ends (refused, failed, done), OK works again; the executor shows other failures.
            BackgroundTask<?> task = BackgroundTask.wrap(save)
                    .onFailure(InvalidInputException.class, refused -> showProblems(describe(refused.problems())))
                    .onSuccess(saved -> {
                        dialog.setResult(ButtonType.OK);
                        dialog.close();
                        afterSave.run();
                    }).onFinished(() -> {
                        ok.setDisable(false);
                        saving.set(null);
                    });
            saving.set(task);
            task.executeWith(tasks);
        });
        dialog.show();
    }

    /** Shows why the save cannot be done, the dialog grown to hold it (else its buttons went out of sight). */
    private void showProblems(String text) {
        errors.setText(text);
        javafx.stage.Window w = dialog.getDialogPane().getScene().getWindow();
        if (w != null) {
            w.sizeToScene();
        }
    }

    /** "Tanggal: "31/02/2025" bukan tanggal yang ada: …" for each date field whose text is no date; null if none. */
    private String unreadableDates() {
        List<String> lines = new java.util.ArrayList<>();
        dates.forEach((picker, labelKey) -> {
            String text = DatePickers.unreadable(picker);
            if (text != null) {
                lines.add(res.getString(labelKey) + ": "
                        + UserMessages.problem(res, FormProblem.error(FormProblem.Field.DATE, "DATE_FORMAT", text)));
            }
        });
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private String describe(List<FormProblem> problems) {
        return problems.stream().map(p -> res.getString("field." + p.field().name()) + ": "
                + UserMessages.problem(res, p))
                .collect(Collectors.joining("\n"));
    }

    /** A count or an amount as {@link id.payung.domain.Rupiah#parse} reads it; blank → null; anything else → -1. */
    public static Long parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return id.payung.domain.Rupiah.parse(text).orElse(-1L);
    }
}
