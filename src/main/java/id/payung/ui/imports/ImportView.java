package id.payung.ui.imports;

import id.payung.domain.Formats;
import id.payung.domain.FundingSource;
import id.payung.domain.ImportBatch;
import id.payung.service.importing.Column;
import id.payung.service.importing.ImportService;
import id.payung.service.importing.RowProblem;
import id.payung.ui.Choices;
import java.io.File;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** The import window. */
public final class ImportView {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final ImportViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private javafx.scene.control.Button closeButton;
    @FXML private Label fileLabel;
    @FXML private Label templateLabel;
    @FXML private ComboBox<FundingSource> funderChoice;
    @FXML private ComboBox<id.payung.domain.Region> kecamatanChoice;
    @FXML private TextField desaField;
    @FXML private CheckBox includeInactiveCheck;
    @FXML private TextField firstMonthField;
    @FXML private TextField monthsField;
    @FXML private TextField sheetField;
    @FXML private Button checkButton;
    @FXML private Label fileProblemLabel;
    @FXML private Label monthSourceLabel;
    @FXML private Label yearsInDoubtLabel;
    @FXML private TableView<ImportViewModel.MappingRow> mappingTable;
    @FXML private TableColumn<ImportViewModel.MappingRow, String> headerColumn;
    @FXML private TableColumn<ImportViewModel.MappingRow, String> exampleColumn;
    @FXML private TableColumn<ImportViewModel.MappingRow, ImportViewModel.MappingRow> meaningColumn;
    @FXML private Label countsLabel;
    @FXML private TableView<RowProblem> problemsTable;
    @FXML private TableColumn<RowProblem, Integer> rowColumn;
    @FXML private TableColumn<RowProblem, String> columnColumn;
    @FXML private TableColumn<RowProblem, String> valueColumn;
    @FXML private TableColumn<RowProblem, String> nameColumn;
    @FXML private TableColumn<RowProblem, String> fixColumn;
    @FXML private TableColumn<RowProblem, String> reasonColumn;
    @FXML private CheckBox skipInvalidCheck;
    @FXML private Button saveProblemsButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label waitLabel;
    @FXML private Button cancelButton;
    @FXML private Button importButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<ImportBatch> batchesTable;
    @FXML private TableColumn<ImportBatch, String> batchWhenColumn;
    @FXML private TableColumn<ImportBatch, String> batchFileColumn;
    @FXML private TableColumn<ImportBatch, String> batchWhoColumn;
    @FXML private TableColumn<ImportBatch, String> batchCountsColumn;
    @FXML private TableColumn<ImportBatch, String> batchUndoneColumn;
    @FXML private Button undoButton;
    @FXML private ComboBox<FundingSource> reconcileFunderChoice;
    @FXML private Label reconcileFileLabel;
    @FXML private Label reconcileCountsLabel;
    @FXML private Label reconcileProblemLabel;
    @FXML private TableView<id.payung.service.importing.Reconciliation.Line> reconcileTable;
    @FXML private TableColumn<id.payung.service.importing.Reconciliation.Line, String> matchColumn;
    @FXML private TableColumn<id.payung.service.importing.Reconciliation.Line, String> reconcileNikColumn;
    @FXML private TableColumn<id.payung.service.importing.Reconciliation.Line, String> reconcileNameColumn;
    @FXML private TableColumn<id.payung.service.importing.Reconciliation.Line, String> kpjColumn;
    @FXML private TableColumn<id.payung.service.importing.Reconciliation.Line, String> bpjsStatusColumn;
    @FXML private TableColumn<id.payung.service.importing.Reconciliation.Line, String> reconcileFunderColumn;
    @FXML private Button saveReconcileButton;

    public ImportView(ImportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        // Closed while a check or import runs, the window does not leave it carrying on unseen with no Cancel:
        // closing is the clerk's Cancel (the promise: cancelled, nothing saved).
        javafx.event.EventHandler<javafx.stage.WindowEvent> cancelOnClose = e -> model.cancel();
        closeButton.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).addListener((obs, old, window) -> {
            if (old != null) {
                old.removeEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, cancelOnClose);
            }
            if (window != null) {
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, cancelOnClose);
            }
        });
        fileLabel.textProperty().bind(model.fileProperty().map(p -> p.getFileName().toString())
                .orElse(resources.getString("import.noFile")));
        funderChoice.setItems(model.funders());
        Choices.show(funderChoice, FundingSource::name, resources.getString("import.funder.fromFile"));
        funderChoice.valueProperty().bindBidirectional(model.funderProperty());
        firstMonthField.textProperty().bindBidirectional(model.firstMonthProperty());
        monthsField.textProperty().bindBidirectional(model.monthsProperty());
        sheetField.textProperty().bindBidirectional(model.sheetProperty());
        skipInvalidCheck.selectedProperty().bindBidirectional(model.skipInvalidProperty());
        kecamatanChoice.setItems(model.kecamatans());
        Choices.show(kecamatanChoice, id.payung.domain.Region::name, resources.getString("import.region.fromFile"));
        kecamatanChoice.valueProperty().bindBidirectional(model.kecamatanProperty());
        desaField.textProperty().bindBidirectional(model.desaProperty());
        includeInactiveCheck.selectedProperty().bindBidirectional(model.includeInactiveProperty());
        // Where "Mulai" came from when the file's own year gave it: a year misread (a decree's, a stamp's) is seen.
        monthSourceLabel.textProperty().bind(model.monthFromYearProperty().map(y -> MessageFormat.format(
                resources.getString("import.monthFromYear"), firstMonthField.getText(), String.valueOf(y))));
        monthSourceLabel.visibleProperty().bind(model.monthFromYearProperty().isNotNull());
        monthSourceLabel.managedProperty().bind(model.monthFromYearProperty().isNotNull());
        yearsInDoubtLabel.textProperty().bind(model.yearsInDoubtProperty().map(years -> years.isEmpty() ? "" : MessageFormat.format(
                resources.getString("import.yearsInDoubt"), years.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")), firstMonthField.getText())));
        yearsInDoubtLabel.visibleProperty().bind(model.yearsInDoubtProperty().map(years -> !years.isEmpty()));
        yearsInDoubtLabel.managedProperty().bind(yearsInDoubtLabel.visibleProperty());
        fileProblemLabel.textProperty().bind(model.fileProblemProperty().map(e -> MessageFormat.format(
                resources.getString("import.problem." + e.code()), e.args().toArray())));

        mappingTable.setItems(model.mapping());
        headerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().header()));
        exampleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().example()));
        meaningColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        meaningColumn.setCellFactory(col -> new MeaningCell());

        problemsTable.setItems(model.problems());
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        columnColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(column(c.getValue())));
        valueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value()));
        // Whom the row is about: the clerk need not open the file to find the person of row 18.
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(reason(c.getValue())));
        fixColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(shownFix(c.getValue())));
        fixColumn.setCellFactory(col -> new FixCell());
        fixColumn.setOnEditCommit(e -> model.fix(e.getRowValue(), e.getNewValue()));
        countsLabel.textProperty().bind(model.checkedProperty().map(r -> MessageFormat.format(
                resources.getString("import.counts"), Formats.count(r.read()),
                Formats.count(r.imported()), Formats.count(r.duplicates()),
                Formats.count(r.rejected())) + inactive(r)));
        summaryLabel.textProperty().bind(model.importedProperty().map(this::summary));

        checkButton.disableProperty().bind(model.fileProperty().isNull().or(model.runningProperty()));
        importButton.disableProperty().bind(model.checkedProperty().isNull().or(model.runningProperty()));
        cancelButton.disableProperty().bind(model.runningProperty().not());
        closeButton.disableProperty().bind(model.runningProperty());
        saveProblemsButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.problems()));
        progressBar.progressProperty().bind(model.progressProperty());
        waitLabel.visibleProperty().bind(model.waitingProperty());
        waitLabel.managedProperty().bind(model.waitingProperty());

        batchesTable.setItems(model.batches());
        batchWhenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                STAMP.format(c.getValue().importedAt().atZone(ZoneId.systemDefault()))));
        batchFileColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fileName()));
        batchWhoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actor()));
        batchCountsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(MessageFormat.format(
                resources.getString("import.batchCounts"), Formats.count(c.getValue().rowsRead()),
                Formats.count(c.getValue().rowsImported()), Formats.count(c.getValue().rowsDuplicate()),
                Formats.count(c.getValue().rowsRejected()))));
        batchUndoneColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().undoneAt() == null ? ""
                : STAMP.format(c.getValue().undoneAt().atZone(ZoneId.systemDefault()))));
        undoButton.disableProperty().bind(batchesTable.getSelectionModel().selectedItemProperty()
                .map(b -> b.undoneAt() != null).orElse(true));
        batchesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.chosenBatchProperty().set(now));
        model.chosenBatchProperty().addListener((obs, old, now) -> {
            if (now != batchesTable.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    batchesTable.getSelectionModel().clearSelection();
                } else {
                    batchesTable.getSelectionModel().select(now);
                    batchesTable.scrollTo(now);
                }
            }
        });
        initReconciliation();
        model.load();
    }

    private void initReconciliation() {
        reconcileFunderChoice.setItems(model.funders());
        Choices.show(reconcileFunderChoice, FundingSource::name, resources.getString("filter.all"));
        reconcileTable.setItems(model.reconciled());
        id.payung.ui.Cells.bind(matchColumn, this::matchText);
        id.payung.ui.Cells.bind(reconcileNikColumn, id.payung.service.importing.Reconciliation.Line::maskedNik);
        id.payung.ui.Cells.bind(reconcileNameColumn, id.payung.service.importing.Reconciliation.Line::name);
        id.payung.ui.Cells.bind(kpjColumn, id.payung.service.importing.Reconciliation.Line::kpj);
        id.payung.ui.Cells.bind(bpjsStatusColumn, id.payung.service.importing.Reconciliation.Line::bpjsStatus);
        id.payung.ui.Cells.bind(reconcileFunderColumn, id.payung.service.importing.Reconciliation.Line::funder);
        reconcileCountsLabel.textProperty().bind(model.reconcileResultProperty().map(r -> MessageFormat.format(
                resources.getString("reconcile.counts"),
                Formats.count(r.counts().get(id.payung.service.importing.Reconciliation.Match.BOTH)),
                Formats.count(r.counts().get(id.payung.service.importing.Reconciliation.Match.ONLY_PAYUNG)),
                Formats.count(r.counts().get(id.payung.service.importing.Reconciliation.Match.ONLY_BPJS)),
                Formats.count(r.counts().get(id.payung.service.importing.Reconciliation.Match.STATUS_DIFFERS)),
                Formats.count(r.counts().get(id.payung.service.importing.Reconciliation.Match.DAMAGED_NIK)))));
        reconcileProblemLabel.textProperty().bind(fileProblemLabel.textProperty());
        saveReconcileButton.disableProperty().bind(model.reconcileResultProperty().isNull());
    }

    /** "Ada di keduanya", or for a NIK Excel damaged the row, what happened and whom it probably is. */
    private String matchText(id.payung.service.importing.Reconciliation.Line l) {
        if (l.damage() == null) {
            return resources.getString("reconcile.match." + l.match().name());
        }
        String damaged = MessageFormat.format(resources.getString("reconcile.damaged." + l.damage()), Formats.count(l.row()),
                l.maskedNik());
        if (l.damage() == id.payung.service.importing.Reconciliation.Damage.EXCEL_SCIENTIFIC) {
            return damaged;
        }
        return damaged + " " + (l.probablyNik().isEmpty() ? resources.getString("reconcile.noCandidate")
                : MessageFormat.format(resources.getString("reconcile.probably"), l.probablyName(), l.probablyNik()));
    }

    @FXML
    private void chooseBpjsFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("reconcile.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel / CSV", "*.xlsx", "*.csv", "*.txt"));
        id.payung.ui.SaveDialogs.startInLastFolder(chooser);
        File chosen = chooser.showOpenDialog(fileLabel.getScene().getWindow());
        id.payung.ui.SaveDialogs.remember(chosen);
        if (chosen != null) {
            reconcileFileLabel.setText(chosen.getName());
            model.reconcile(chosen.toPath(), reconcileFunderChoice.getValue());
        }
    }

    @FXML
    private void saveReconciliation() {
        id.payung.ui.SaveDialogs.choose(fileLabel.getScene().getWindow(), "cocok-bpjs.csv",
                new FileChooser.ExtensionFilter("CSV", "*.csv")).ifPresent(target -> model.saveReconciliation(target,
                path -> reconcileFileLabel.setText(MessageFormat.format(resources.getString("export.saved"), path.toString()))));
    }

    private String shownFix(RowProblem p) {
        String fix = model.fixFor(p);
        if (fix == null) {
            return model.fixable(p) ? resources.getString("import.fix.prompt") : "";
        }
        return p.problem().field() == id.payung.domain.FormProblem.Field.NIK ? id.payung.domain.Nik.mask(fix) : fix;
    }

    /** A cell the clerk types a corrected value into (Enter checks again); only for columns of the file. */
    private final class FixCell extends javafx.scene.control.cell.TextFieldTableCell<RowProblem, String> {
        FixCell() {
            super(new javafx.util.converter.DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            RowProblem p = getTableRow() == null ? null : getTableRow().getItem();
            if (p == null || !model.fixable(p)) {
                return;
            }
            super.startEdit();
            if (getGraphic() instanceof javafx.scene.control.TextField field) {
                String fix = model.fixFor(p);
                field.setText(fix == null ? "" : fix);
                field.selectAll();
            }
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            RowProblem p = getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().remove("fix-prompt");
            if (!empty && p != null && model.fixFor(p) == null && model.fixable(p)) {
                getStyleClass().add("fix-prompt");
            }
        }
    }

    /** The file's header, or the words of the field for a column the file does not have ("Penghasilan"). */
    private String column(RowProblem p) {
        return p.columnShown(field -> resources.getString("field." + field.name()));
    }

    private String reason(RowProblem p) {
        String text = MessageFormat.format(resources.getString("problem." + p.problem().code()), p.problem().args().toArray());
        return p.problem().error() ? text : "⚠ " + text;
    }

    private String summary(ImportService.Report r) {
        if (r.cancelled()) {
            return resources.getString("import.cancelled");
        }
        if (!r.written() && r.rejected() == 0) {
            return MessageFormat.format(resources.getString("import.nothingNew"), Formats.count(r.duplicates()));
        }
        if (!r.written()) {
            return MessageFormat.format(resources.getString("import.refused"), Formats.count(r.rejected()));
        }
        return MessageFormat.format(resources.getString("import.done"), Formats.count(r.imported()),
                Formats.count(r.duplicates()), Formats.count(r.rejected()), String.valueOf(r.batchId())) + inactive(r);
    }

    /** " 3 inactive participants skipped." when a BPJS list's status said so, else nothing. */
    private String inactive(ImportService.Report r) {
        return r.inactive() == 0 ? "" : " " + MessageFormat.format(resources.getString("import.inactiveSkipped"),
                Formats.count(r.inactive()));
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel / CSV", "*.xlsx", "*.csv", "*.txt"));
        id.payung.ui.SaveDialogs.startInLastFolder(chooser);
        File chosen = chooser.showOpenDialog(fileLabel.getScene().getWindow());
        id.payung.ui.SaveDialogs.remember(chosen);
        if (chosen != null) {
            model.fileProperty().set(chosen.toPath());
            model.check();
        }
    }

    @FXML
    private void writeTemplate() {
        id.payung.ui.SaveDialogs.choose(fileLabel.getScene().getWindow(), "templat-daftar-pekerja.xlsx",
                new FileChooser.ExtensionFilter("Excel", "*.xlsx")).ifPresent(target -> model.writeTemplate(target,
                resources.getString("import.template.title"), path -> templateLabel.setText(
                        MessageFormat.format(resources.getString("import.template.done"), path.toString()))));
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void runImport() {
        model.importNow();
    }

    @FXML
    private void close() {
        javafx.stage.Window window = closeButton.getScene().getWindow();
        // As the title bar's close button, so whoever listens for that hears this too.
        window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        if (window.isShowing()) {
            window.hide();
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void undo() {
        ImportBatch b = batchesTable.getSelectionModel().getSelectedItem();
        if (b != null && confirmUndo(b)) {
            model.undo(b);
        }
    }

    /**
     * Asks before undoing: which file, imported when and by whom, and how many enrollments go (the batch's own
     * count). Cancel is the default: Enter or Esc leaves the import as it is.
     */
    private boolean confirmUndo(ImportBatch b) {
        String count = Formats.count(b.rowsImported());
        javafx.scene.control.ButtonType remove = new javafx.scene.control.ButtonType(MessageFormat.format(
                resources.getString("import.undo.confirm.yes"), count), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = javafx.scene.control.ButtonType.CANCEL;
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                MessageFormat.format(resources.getString("import.undo.confirm"), count, b.fileName(),
                        STAMP.format(b.importedAt().atZone(ZoneId.systemDefault())), b.actor()),
                remove, cancel);
        ask.initOwner(batchesTable.getScene().getWindow());
        ask.setTitle("Payung — " + resources.getString("import.undo.confirm.title"));
        ask.setHeaderText(MessageFormat.format(resources.getString("import.undo.confirm.header"), b.fileName()));
        ask.getDialogPane().setId("undoImportQuestion");
        id.payung.ui.Buttons.translate(ask.getDialogPane(), resources);
        Button yes = (Button) ask.getDialogPane().lookupButton(remove);
        Button no = (Button) ask.getDialogPane().lookupButton(cancel);
        yes.setId("undoImportYes");
        no.setId("undoImportNo");
        yes.setDefaultButton(false);
        no.setDefaultButton(true);
        ask.setOnShown(e -> no.requestFocus());
        return ask.showAndWait().filter(answer -> answer == remove).isPresent();
    }

    @FXML
    private void saveProblems() {
        id.payung.ui.SaveDialogs.choose(fileLabel.getScene().getWindow(), "masalah-impor.xlsx",
                id.payung.ui.SaveDialogs.tables()).ifPresent(target -> model.saveProblems(target, java.util.List.of(
                        resources.getString("import.col.row"), resources.getString("import.col.column"),
                        resources.getString("import.col.value"), resources.getString("import.col.reason")), this::column,
                        this::reason,
                path -> templateLabel.setText(MessageFormat.format(resources.getString("export.saved"), path.toString()))));
    }

    /** A drop-down of what a file column means; "(ignore)" for none. */
    private final class MeaningCell extends TableCell<ImportViewModel.MappingRow, ImportViewModel.MappingRow> {
        private final ComboBox<Column> combo = new ComboBox<>();

        MeaningCell() {
            java.util.List<Column> all = Arrays.asList(Column.values());
            Choices.withNull(combo, all, c -> resources.getString("import.column." + c.name()),
                    resources.getString("import.ignore"));
            combo.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(ImportViewModel.MappingRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            // Cells are reused for other rows: detach the old row before showing this one's value.
            combo.setOnAction(null);
            combo.setValue(item.column().get());
            combo.setOnAction(e -> item.column().set(combo.getValue()));
            setGraphic(combo);
        }
    }
}
