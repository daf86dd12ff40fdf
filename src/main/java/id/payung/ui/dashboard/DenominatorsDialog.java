package id.payung.ui.dashboard;

import id.payung.domain.Formats;
import id.payung.domain.KecamatanCoverage;
import id.payung.ui.FieldsDialog;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The table of informal (BPU) workers per kecamatan for one year: one number per kecamatan, blank for
 * "not known yet". All numbers are saved together; refused input keeps the dialog open with the reasons.
 */
final class DenominatorsDialog {
    private static final String FIELD_STYLE = "-fx-alignment: center-right;";
    private static final String BAD_FIELD_STYLE = FIELD_STYLE + " -fx-border-color: #b3261e;";
    private static final String DOUBTFUL_FIELD_STYLE = FIELD_STYLE + " -fx-border-color: #8a5a00;";

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Label errors = new Label();
    /** Numbers below their kecamatan's protected workers: said once, then saved if OK is pressed again. */
    private final Label warnings = new Label();
    private final Map<String, Long> protectedCounts = new HashMap<>();
    /** The numbers the clerk was warned about; pressing OK again with the same numbers saves them. */
    private Map<String, Long> warnedAbout;
    private final ResourceBundle res;
    private final CoverageViewModel model;

    DenominatorsDialog(Window owner, ResourceBundle res, CoverageViewModel model, int year, List<KecamatanCoverage> rows) {
        this.res = res;
        this.model = model;
        dialog.initOwner(owner);
        String title = MessageFormat.format(res.getString("coverage.dialog.title"), String.valueOf(year));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, header("col.kecamatan"), header("coverage.col.informal"), header("coverage.col.protected"));
        int row = 1;
        for (KecamatanCoverage k : rows) {
            TextField field = new TextField(k.informalWorkers() == null ? "" : Formats.count(k.informalWorkers()));
            field.setId("denominator" + k.kecamatanCode().replaceAll("\\D", ""));
            field.setPrefColumnCount(10);
            field.setStyle(FIELD_STYLE);
            Label name = new Label(k.kecamatanName());
            name.setLabelFor(field);
            Label protectedWorkers = new Label(Formats.count(k.protectedWorkers()));
            grid.addRow(row++, name, field, protectedWorkers);
            fields.put(k.kecamatanCode(), field);
            field.textProperty().addListener((obs, old, now) -> okAgain());
            names.put(k.kecamatanCode(), k.kecamatanName());
            protectedCounts.put(k.kecamatanCode(), k.protectedWorkers());
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(400, 31.0 * (rows.size() + 1)));
        grid.setPadding(new javafx.geometry.Insets(4));
        errors.getStyleClass().add("form-error");
        errors.setWrapText(true);
        errors.setId("denominatorErrors");
        errors.setMinHeight(Region.USE_PREF_SIZE);
        warnings.getStyleClass().add("form-warning");
        warnings.setWrapText(true);
        warnings.setId("denominatorWarnings");
        warnings.setMinHeight(Region.USE_PREF_SIZE);
        warnings.setPrefWidth(460); // wrapped as the help above, not one line wider than the dialog
        warnings.managedProperty().bind(warnings.textProperty().isNotEmpty());
        Label help = new Label(res.getString("coverage.dialog.help"));
        help.setWrapText(true);
        help.getStyleClass().add("page-help");
        help.setPrefWidth(460);
        help.setMinHeight(Region.USE_PREF_SIZE);
        String previous = String.valueOf(year - 1);
        Button copy = new Button(MessageFormat.format(res.getString("coverage.dialog.copy"), previous));
        copy.setId("copyDenominators");
        copy.setOnAction(e -> model.previousNumbers(numbers -> {
            if (numbers.isEmpty()) {
                showErrors(MessageFormat.format(res.getString("coverage.dialog.nothingToCopy"), previous));
            }
            fields.forEach((code, field) -> {
                if (field.getText().isBlank() && numbers.containsKey(code)) {
                    field.setText(Formats.count(numbers.get(code)));
                }
            });
        }));
        dialog.getDialogPane().setContent(new VBox(10, help, copy, scroll, errors, warnings));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        id.payung.ui.Buttons.translate(dialog.getDialogPane(), res);
    }

    /** A number changed after the warning: OK is OK again (and checks the new numbers). */
    private void okAgain() {
        if (warnedAbout != null && dialog.getDialogPane().lookupButton(ButtonType.OK) instanceof Button ok) {
            ok.setText(res.getString("dialog.ok"));
        }
    }

    private Label header(String key) {
        Label l = new Label(res.getString(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** Shows the dialog; OK checks the numbers, then hands them to the view model to save in the background. */
    void show() {
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Map<String, Long> numbers = new HashMap<>();
            List<String> problems = new ArrayList<>();
            fields.forEach((code, field) -> {
                Long n = FieldsDialog.parseNumber(field.getText());
                String problem = n != null && n < 0 ? res.getString("problem.NUMBER_FORMAT")
                        : n != null && n == 0 ? res.getString("coverage.problem.zero") : null;
                field.setStyle(problem == null ? FIELD_STYLE : BAD_FIELD_STYLE);
                if (problem == null) {
                    numbers.put(code, n);
                } else {
                    problems.add(names.get(code) + ": " + problem);
                }
            });
            if (!problems.isEmpty()) {
                showErrors(String.join("\n", problems));
                return;
            }
            showErrors("");
            // More protected than informal workers (above 100 %): most often a number typed wrong, sometimes an old
            // survey the office keeps on purpose. Said once; the same numbers saved when the clerk presses again.
            List<String> above = doubtful(numbers);
            if (!above.isEmpty() && !numbers.equals(warnedAbout)) {
                warnedAbout = new HashMap<>(numbers);
                warnings.setText(String.join("\n", above) + "\n" + res.getString("coverage.dialog.anyway"));
                ((Button) ok).setText(res.getString("coverage.dialog.saveAnyway"));
                ((Button) ok).setMinWidth(Region.USE_PREF_SIZE); // the longer words whole, not "Tetap si…"

                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                return;
            }
            ok.setDisable(true);
            model.save(numbers, () -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
            }, refused -> {
                ok.setDisable(false);
                showErrors(id.payung.ui.UserMessages.problems(res, refused));
            });
        });
        dialog.show();
    }

    /**
     * A sentence for each kecamatan whose number is below its protected workers (coverage above 100 %), and its field
     * marked; the others' marks taken off.
     */
    private List<String> doubtful(Map<String, Long> numbers) {
        List<String> above = new ArrayList<>();
        fields.forEach((code, field) -> {
            Long n = numbers.get(code);
            long covered = protectedCounts.getOrDefault(code, 0L);
            boolean doubtful = KecamatanCoverage.aboveFull(covered, n);
            field.setStyle(doubtful ? DOUBTFUL_FIELD_STYLE : FIELD_STYLE);
            if (doubtful) {
                above.add(MessageFormat.format(res.getString("coverage.dialog.above"), names.get(code),
                        Formats.count(covered), Formats.count(n)));
            }
        });
        return above;
    }

    private void showErrors(String text) {
        errors.setText(text);
        // The window keeps its size by itself: grow it so that every reason can be read.
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

}
