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
    @FXML private javafx.scene.control.Button closeBatchesButton;
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
    @FXML private javafx.scene.layout.HBox earlierBox;
    @FXML private Label earlierLabel;
    @FXML private Button earlierButton;
    @FXML private Label monthSourceLabel;
    @FXML private Label monthMissingLabel;
    @FXML private CheckBox hideReadyCheck;
    /** A problem-list row whose entry a correction settled: greyed ({@link ImportViewModel#isReady}). */
    private static final javafx.css.PseudoClass READY = javafx.css.PseudoClass.getPseudoClass("ready");
    private static final double READY_OPACITY = 0.55;
    @FXML private Label kecamatanSourceLabel;
    @FXML private Label funderSourceLabel;
    @FXML private Label desaSourceLabel;
    @FXML private Label helpLabel;
    @FXML private javafx.scene.layout.HBox standingBox;
    @FXML private Label standingLabel;
    @FXML private Button standingButton;
    @FXML private Label noDesaLabel;
    @FXML private Label pastYearsLabel;
    @FXML private Label mappingPlaceholder;
    @FXML private Label problemsPlaceholder;
    @FXML private Label yearsInDoubtLabel;
    @FXML private javafx.scene.control.TitledPane mappingPane;
    @FXML private Label mappingSummary;
    @FXML private TableView<ImportViewModel.MappingRow> mappingTable;
    @FXML private TableColumn<ImportViewModel.MappingRow, String> headerColumn;
    @FXML private TableColumn<ImportViewModel.MappingRow, String> exampleColumn;
    @FXML private TableColumn<ImportViewModel.MappingRow, ImportViewModel.MappingRow> meaningColumn;
    @FXML private Label countsLabel;
    @FXML private TableView<RowProblem> problemsTable;
    @FXML private TableColumn<RowProblem, Integer> rowColumn;
    @FXML private TableColumn<RowProblem, String> listNoColumn;
    @FXML private TableColumn<RowProblem, String> columnColumn;
    @FXML private TableColumn<RowProblem, String> valueColumn;
    @FXML private TableColumn<RowProblem, String> nameColumn;
    @FXML private TableColumn<RowProblem, String> fixColumn;
    @FXML private TableColumn<RowProblem, String> reasonColumn;
    @FXML private CheckBox skipInvalidCheck;
    @FXML private Button saveProblemsButton;
    @FXML private Button acceptProposalButton;
    @FXML private Button revealProposalButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label waitLabel;
    @FXML private Button cancelButton;
    @FXML private Button importButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<ImportBatch> batchesTable;
    @FXML private javafx.scene.control.Tab batchesTab;
    @FXML private TableColumn<ImportBatch, String> batchNumberColumn;
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

    /** Shows a file chooser over a window and returns the file chosen, or null: the native dialog, or a test's. */
    @FunctionalInterface
    public interface OpenDialog {
        File show(FileChooser chooser, javafx.stage.Window owner);
    }

    private final OpenDialog openDialog;

    public ImportView(ImportViewModel model) {
        this(model, FileChooser::showOpenDialog);
    }

    /** The window with {@code openDialog} asked for the file to import (a test's stands for the native dialog). */
    public ImportView(ImportViewModel model, OpenDialog openDialog) {
        this.model = model;
        this.openDialog = openDialog;
    }

    /**
     * The database is a server's: the waiting line names no file, only another import or save on the server (trial
     * 22a L7: "…program lain yang membuka berkas ini…" on a server). Call once the view is loaded.
     */
    public void onServer() {
        waitLabel.setText(resources.getString("wait.import.server"));
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
                window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, e -> fitScreen(window));
            }
        });
        // Esc closes, as it closes the form (trial 16 L9: it did only while the focus was on no field, as the Close
        // button's cancelButton; a text field or list took it). A filter, so a field's own use of Esc does not
        // swallow it; an open list is closed first by it, as everywhere.
        closeButton.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, escapeCloses);
                old.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, problemKeys);
            }
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, escapeCloses);
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, problemKeys);
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
        // Also when it is this month because the file names no year, and a number of months kept from the previous
        // file: nothing carries over to the next list unsaid (M7, trial 13).
        monthSourceLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::monthSource,
                model.monthFromYearProperty(), model.monthIsThisMonthProperty(), model.monthsKeptProperty(),
                model.yearsInDoubtProperty(), firstMonthField.textProperty(), model.mapping()));
        monthSourceLabel.visibleProperty().bind(monthSourceLabel.textProperty().isNotEmpty());
        monthSourceLabel.managedProperty().bind(monthSourceLabel.visibleProperty());
        // No Mulai column and no year named: "Mulai" is empty and required, said in red as the missing funder is.
        monthMissingLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::monthMissing,
                model.monthMissingProperty(), model.previewProperty(), model.fileProperty(), firstMonthField.textProperty()));
        monthMissingLabel.visibleProperty().bind(model.monthMissingProperty().and(model.importedProperty().isNull()));
        monthMissingLabel.managedProperty().bind(monthMissingLabel.visibleProperty());
        kecamatanSourceLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.kecamatanFromTitleProperty().get() != null ? MessageFormat.format(resources.getString(
                        "import.kecamatanFromTitle"), model.kecamatanFromTitleProperty().get().name())
                : model.kecamatanTitleDisagreesProperty().get() != null ? MessageFormat.format(resources.getString(
                        "import.kecamatanTitleDisagrees"), model.kecamatanTitleDisagreesProperty().get().name()) : "",
                model.kecamatanFromTitleProperty(), model.kecamatanTitleDisagreesProperty()));
        kecamatanSourceLabel.visibleProperty().bind(kecamatanSourceLabel.textProperty().isNotEmpty());
        // Where a funder the clerk did not choose came from: the title row or the file's name, as the file has it.
        // Or kept from the last list imported (trial 21c): said so, so it is seen as kept, not guessed, before Impor.
        funderSourceLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var f = model.funderFromTitleProperty().get();
            if (f != null) {
                return MessageFormat.format(resources.getString(f.fromFileName() ? "import.funderFromFileName"
                        : "import.funderFromTitle"), f.text());
            }
            FundingSource kept = model.funderKeptProperty().get();
            return kept == null ? "" : MessageFormat.format(resources.getString("import.funderKept"), kept.name());
        }, model.funderFromTitleProperty(), model.funderKeptProperty()));
        funderSourceLabel.visibleProperty().bind(funderSourceLabel.textProperty().isNotEmpty());
        funderSourceLabel.managedProperty().bind(funderSourceLabel.visibleProperty());
        kecamatanSourceLabel.managedProperty().bind(kecamatanSourceLabel.visibleProperty());
        // The desa a title names, as the kecamatan's; a name several villages share is said, not proposed.
        desaSourceLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::desaSource,
                model.desaFromTitleProperty(), model.desaTitleAmbiguousProperty()));
        desaSourceLabel.visibleProperty().bind(desaSourceLabel.textProperty().isNotEmpty());
        desaSourceLabel.managedProperty().bind(desaSourceLabel.visibleProperty());
        model.desaTitleAmbiguousProperty().addListener((obs, was, now) -> {
            desaSourceLabel.getStyleClass().removeAll("form-info", "form-warning");
            desaSourceLabel.getStyleClass().add(now != null ? "form-warning" : "form-info");
        });
        // The same file again: what its import was given (funder, Mulai, desa) offered, taken by the button.
        standingLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::standingText,
                model.standingDecisionsProperty(), model.standingImportProperty(), model.funders()));
        javafx.beans.binding.BooleanBinding standingShown = model.standingDecisionsProperty().isNotNull()
                .and(model.standingImportProperty().isNotNull()).and(model.importedProperty().isNull());
        standingBox.visibleProperty().bind(standingShown);
        standingBox.managedProperty().bind(standingShown);
        standingButton.disableProperty().bind(model.runningProperty());
        // Rows that would go in with no desa: said before Impor, with their count (a warning, not a refusal).
        noDesaLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                MessageFormat.format(resources.getString("import.rowsWithoutDesa"),
                        Formats.count(model.rowsWithoutDesaProperty().get())), model.rowsWithoutDesaProperty()));
        javafx.beans.binding.BooleanBinding noDesaShown = model.rowsWithoutDesaProperty().greaterThan(0)
                .and(model.importedProperty().isNull()).and(model.checkedProperty().isNotNull())
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.desaProperty().get() == null
                        || model.desaProperty().get().isBlank(), model.desaProperty()));
        noDesaLabel.visibleProperty().bind(noDesaShown);
        noDesaLabel.managedProperty().bind(noDesaShown);
        // Rows for a year gone by (a late list): said before Impor, which asks (confirmPastYears).
        pastYearsLabel.textProperty().bind(model.checkedProperty().map(r -> r.pastYears().isEmpty() ? ""
                : MessageFormat.format(resources.getString("import.pastYears"), pastYearsText(r.pastYears()),
                        pastYearChangesText(r.pastYearChanges())).strip()));
        javafx.beans.binding.BooleanBinding pastShown = pastYearsLabel.textProperty().isNotEmpty()
                .and(model.importedProperty().isNull());
        pastYearsLabel.visibleProperty().bind(pastShown);
        pastYearsLabel.managedProperty().bind(pastShown);
        yearsInDoubtLabel.textProperty().bind(model.yearsInDoubtProperty().map(years -> years.isEmpty() ? "" : MessageFormat.format(
                resources.getString("import.yearsInDoubt"), years.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")), firstMonthField.getText())));
        yearsInDoubtLabel.visibleProperty().bind(model.yearsInDoubtProperty().map(years -> !years.isEmpty()));
        yearsInDoubtLabel.managedProperty().bind(yearsInDoubtLabel.visibleProperty());
        // A missing Mulai is said beside the field (not twice).
        fileProblemLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var e = model.fileProblemProperty().get();
            return e == null || "NO_PERIOD".equals(e.code()) && model.monthMissingProperty().get() ? ""
                    : MessageFormat.format(resources.getString("import.problem." + e.code()), e.args().toArray());
        }, model.fileProblemProperty(), model.monthMissingProperty()));
        fileProblemLabel.managedProperty().bind(fileProblemLabel.textProperty().isNotEmpty()); // no empty line held

        mappingTable.setItems(model.mapping());
        // As tall as its rows, so a village's 7 columns read without scrolling at 1366 × 768 (trial 19): the problem
        // table below gives way first when the window is short (it grows, the mapping does not).
        mappingTable.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() ->
                MAPPING_HEADER + mappingTable.getFixedCellSize() * Math.max(MAPPING_ROWS_EMPTY, Math.min(MAPPING_ROWS_MAX,
                        model.mapping().size())), model.mapping(), mappingTable.fixedCellSizeProperty()));
        // Not shrunk below a village list's columns either (the VBox shrinks every child): the problem table gives way.
        mappingTable.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() ->
                Math.min(mappingTable.getPrefHeight(), MAPPING_HEADER + mappingTable.getFixedCellSize() * MAPPING_ROWS_KEPT),
                mappingTable.prefHeightProperty()));
        // Folded when Payung recognised every column of the file, its title saying what each was read as: the problem
        // list gets the room (trial 20: 4 problem rows at 1366 × 768 under the 7 columns). Open when a column is not
        // recognised or none is the NIK, as before a file is read (the table says why it is empty). Decided as the
        // file's columns come in; the clerk's opening or folding it is then theirs until the next file.
        model.mapping().addListener((javafx.collections.ListChangeListener<ImportViewModel.MappingRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(r -> r.column().addListener(o -> showMappingSummary()));
            }
            mappingPane.setExpanded(model.mapping().isEmpty() || needsLook(model.mapping()));
            showMappingSummary();
        });
        mappingPane.expandedProperty().addListener(o -> showMappingSummary());
        mappingSummary.setTooltip(new javafx.scene.control.Tooltip());
        mappingSummary.getTooltip().textProperty().bind(mappingSummary.textProperty());
        mappingSummary.getTooltip().setWrapText(true);
        mappingSummary.getTooltip().setMaxWidth(700);
        // The summary is cut with "…" rather than pushing the title past the window (a list of 15 columns).
        mappingSummary.maxWidthProperty().bind(mappingPane.widthProperty().subtract(MAPPING_TITLE_ROOM));
        showMappingSummary();
        // The help says what choosing a file does; once one is chosen its room goes to the tables (trial 19, 1366 × 768).
        helpLabel.visibleProperty().bind(model.fileProperty().isNull());
        helpLabel.managedProperty().bind(helpLabel.visibleProperty());
        // Once a file is chosen its columns show as soon as it is read; until then, or when it cannot be read, the
        // table says why it is empty instead of asking for a file already chosen.
        mappingPlaceholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                resources.getString(model.fileProperty().get() == null ? "import.mapping.empty"
                        : model.runningProperty().get() ? "import.mapping.reading" : "import.mapping.unread"),
                model.fileProperty(), model.runningProperty()));
        headerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().header()));
        exampleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().example()));
        meaningColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        meaningColumn.setCellFactory(col -> new MeaningCell());

        // Shown: the problems, and the entries a correction settled kept in their place, greyed and marked ready
        // (trial 21c: after each correction the rows below moved up one under the clerk's eyes).
        problemsTable.setItems(model.shownProblems());
        problemsTable.setRowFactory(table -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RowProblem item, boolean empty) {
                super.updateItem(item, empty);
                boolean settled = !empty && model.isReady(item);
                pseudoClassStateChanged(READY, settled);
                setOpacity(settled ? READY_OPACITY : 1);
            }
        });
        hideReadyCheck.selectedProperty().bindBidirectional(model.hideReadyProperty());
        // Always holding its room (nothing moves when it shows), seen once a correction settled an entry.
        hideReadyCheck.visibleProperty().bind(model.readyCountProperty().greaterThan(0).or(model.hideReadyProperty()));
        // An empty list says "no problems" only once a check has run: before it (window just opened, or a file not
        // checked because the funder is missing) a clerk read "Tidak ada masalah." as a clean file (trial 18, LOW 4).
        problemsPlaceholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                resources.getString(model.checkedProperty().get() != null || model.importedProperty().get() != null
                        ? "import.problems.empty" : "import.problems.unchecked"),
                model.checkedProperty(), model.importedProperty()));
        // A note about the whole check (row 0) names no row.
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row() > 0 ? c.getValue().row() : null));
        // The list's own number (its No column) beside the file's line: on the phone the village says "nomor 14"
        // where Baris is 18 (trial 21c). Shown only for a list that numbers its rows.
        listNoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.listNumber(c.getValue())));
        listNoColumn.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(model::hasListNumbers,
                model.shownProblems()));
        columnColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.isReady(c.getValue())
                ? MessageFormat.format(resources.getString("import.ready"), column(c.getValue())) : column(c.getValue())));
        valueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value())); // NIKs masked by the import
        // Whom the row is about: the clerk need not open the file to find the person of row 18.
        // A name the village misspelt is corrected here, whatever column the row's problem is about (a new-user trial:
        // a NIK registered under the right spelling could only have its NIK cell corrected).
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.nameShown(c.getValue())));
        nameColumn.setCellFactory(col -> new NameCell());
        nameColumn.setOnEditCommit(e -> {
            keepPlace(e.getTablePosition().getRow());
            model.fixName(e.getRowValue(), e.getNewValue());
        });
        // The reason as it was (its row keeps its height: nothing below moves); "✓ Siap" said in the Kolom cell.
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(reason(c.getValue())));
        // A long problem wraps in its cell, the row growing: cut with "…" at a laptop's width it was not read.
        reasonColumn.setCellFactory(id.payung.ui.Cells.wrapped());
        fixColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(shownFix(c.getValue())));
        fixColumn.setCellFactory(col -> new FixCell());
        fixColumn.setOnEditCommit(e -> {
            keepPlace(e.getTablePosition().getRow());
            model.fix(e.getRowValue(), e.getNewValue());
        });
        // After an import the heading says what the import did, not what the check before it expected: a repeat
        // import that found nothing new said "10 siap diimpor" over "nothing new" (L3b, trial 13).
        countsLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ImportService.Report done = model.importedProperty().get();
            ImportService.Report r = done != null && !done.cancelled() ? done : model.checkedProperty().get();
            return r == null ? null : MessageFormat.format(resources.getString(r == done ? "import.counts.done"
                    : "import.counts"), Formats.count(r.read()), Formats.count(r.imported()),
                    Formats.count(r.duplicates()), Formats.count(r.rejected())) + inactive(r);
        }, model.checkedProperty(), model.importedProperty()));
        // Before an import: that this very file (same content) was imported already, and why Impor is disabled when
        // every row is registered (a new-user trial: the button stayed enabled, and nothing said which import it was).
        summaryLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.importedProperty().get() != null ? summary(model.importedProperty().get()) : beforeImport(),
                model.importedProperty(), model.standingImportProperty(), model.nothingToImportProperty(),
                model.checkedProperty()));
        // Corrections of an earlier import of this file: said with when and by whom, applied only by the button.
        earlierLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::earlierText,
                model.earlierProperty(), model.earlierOfferedProperty(), model.earlierAppliedProperty()));
        javafx.beans.binding.BooleanBinding earlierShown = model.earlierOfferedProperty().greaterThan(0)
                .or(model.earlierAppliedProperty().greaterThan(0));
        // Each correction the button would apply, listed before it is pressed (trial 21c H2).
        javafx.scene.control.Tooltip earlierCells = new javafx.scene.control.Tooltip();
        earlierCells.setWrapText(true);
        earlierCells.setMaxWidth(520);
        earlierCells.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::earlierList,
                model.earlierProperty(), model.earlierOfferedProperty()));
        earlierLabel.setTooltip(earlierCells);
        earlierBox.visibleProperty().bind(earlierShown);
        earlierBox.managedProperty().bind(earlierShown);
        earlierButton.visibleProperty().bind(model.earlierOfferedProperty().greaterThan(0));
        earlierButton.managedProperty().bind(earlierButton.visibleProperty());
        earlierButton.disableProperty().bind(model.runningProperty());

        checkButton.disableProperty().bind(model.fileProperty().isNull().or(model.runningProperty()));
        // Not again after a finished import until something changes: a second press found only duplicates.
        importButton.disableProperty().bind(model.checkedProperty().isNull().or(model.runningProperty())
                .or(model.monthMissingProperty())
                .or(model.importDoneProperty()).or(model.nothingToImportProperty()));
        // "Tersimpan: …/masalah-impor.xlsx" belongs to the file whose problems it lists: gone with another file.
        templateLabel.textProperty().bind(model.savedProperty().map(saved -> MessageFormat.format(resources.getString(
                saved.problemList() ? "export.saved" : "import.template.done"), saved.file().toString())).orElse(""));
        cancelButton.disableProperty().bind(model.runningProperty().not());
        closeButton.disableProperty().bind(model.runningProperty());
        closeBatchesButton.disableProperty().bind(model.runningProperty());
        saveProblemsButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.problems()));
        // A NIK proposed for the chosen row's cell Excel destroyed: taken only when the clerk presses this (one click,
        // or Alt + its letter), never by itself.
        acceptProposalButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                model.runningProperty().get()
                        || model.proposedValue(problemsTable.getSelectionModel().getSelectedItem()).isEmpty(),
                problemsTable.getSelectionModel().selectedItemProperty(), model.problems(), model.runningProperty()));
        // The proposed NIK of a registered person looked at whole, to compare with the KTP on paper: the look recorded
        // as the register's "Tampilkan NIK" records it. Not offered where the window records no looks.
        revealProposalButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                !model.revealable(problemsTable.getSelectionModel().getSelectedItem()),
                problemsTable.getSelectionModel().selectedItemProperty(), model.problems(), model.runningProperty(),
                model.revealedCountProperty()));
        model.revealedCountProperty().addListener((obs, was, now) -> problemsTable.refresh());
        // The first row with a proposal is chosen once the check is done, so the button is ready where the clerk looks
        // (it stayed grey until a row was clicked, and nothing said so: trial 19); still taken only when pressed.
        // After a correction the list is the new check's: the clerk's place in it is kept (trial 21c), not this.
        model.shownProblems().addListener((javafx.collections.ListChangeListener<RowProblem>) change ->
                javafx.application.Platform.runLater(this::afterProblems));
        // Once a chosen file is checked, the focus goes to what is still needed (trial 21c: it sat on "Arti kolom").
        model.runningProperty().addListener((obs, was, now) -> {
            if (!now && focusAfterCheck) {
                focusAfterCheck = false;
                javafx.application.Platform.runLater(this::focusNeeded);
            }
        });
        progressBar.progressProperty().bind(model.progressProperty());
        waitLabel.visibleProperty().bind(model.waitingProperty());
        waitLabel.managedProperty().bind(model.waitingProperty());

        batchesTable.setItems(model.batches());
        // Read anew each time the tab is shown: an import by the command line or another clerk meanwhile was missing
        // until the window was reopened (trial 18, LOW 27). The window's own import and undo reload it as before.
        batchesTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.reloadBatches();
            }
        });
        // The import's number as the status line and the undo say it ("impor #3"): two imports of one minute were told
        // apart by nothing (trial 19b).
        batchNumberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>("#" + c.getValue().id()));
        batchWhenColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                STAMP.format(c.getValue().importedAt().atZone(ZoneId.systemDefault()))));
        batchFileColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().fileName()));
        batchWhoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actor()));
        batchCountsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(MessageFormat.format(
                resources.getString("import.batchCounts"), Formats.count(c.getValue().rowsRead()),
                Formats.count(c.getValue().rowsImported()), Formats.count(c.getValue().rowsDuplicate()),
                Formats.count(c.getValue().rowsRejected()))));
        batchUndoneColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(undone(c.getValue(), resources)));
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
        id.payung.ui.SaveDialogs.startInLastListFolder(chooser);
        File chosen = keepingMaximized(() -> openDialog.show(chooser, fileLabel.getScene().getWindow()));
        id.payung.ui.SaveDialogs.rememberList(chosen);
        if (chosen != null) {
            reconcileFileLabel.setText(chosen.getName());
            model.reconcile(chosen.toPath(), reconcileFunderChoice.getValue());
        }
    }

    @FXML
    private void saveReconciliation() {
        keepingMaximized(() -> id.payung.ui.SaveDialogs.chooseBesideLists(fileLabel.getScene().getWindow(), "cocok-bpjs.csv",
                new FileChooser.ExtensionFilter("CSV", "*.csv"))).ifPresent(target -> model.saveReconciliation(target,
                path -> reconcileFileLabel.setText(MessageFormat.format(resources.getString("export.saved"), path.toString()))));
    }

    /**
     * The correction as the cell shows it: a NIK masked as the Value column masks it, whatever the problem with the
     * cell is (a 16-digit NIK typed for "two people on one NIK" showed whole; L3a, trial 13).
     */
    private String shownFix(RowProblem p) {
        String fix = model.fixFor(p);
        if (fix == null) {
            var proposal = model.proposalFor(p);
            if (proposal.isPresent() && model.fixable(p)) {
                // Masked, unless the clerk looked at it whole (Tampilkan NIK usulan, recorded in the audit log).
                return MessageFormat.format(resources.getString("import.fix.proposed"), model.revealedProposal(p)
                        .orElseGet(() -> id.payung.domain.Nik.mask(proposal.get().candidate().nik())));
            }
            var name = model.proposedValue(p); // a name without its form of address, shown as it is
            if (name.isPresent() && model.fixable(p)) {
                return MessageFormat.format(resources.getString("import.fix.proposed"), name.get());
            }
            String nameFix = model.nameFixBeside(p); // the row's name corrected in the Nama column: said here too
            if (nameFix != null) {
                return MessageFormat.format(resources.getString("import.fix.name"), model.nameColumnHeader(), nameFix);
            }
            return model.fixable(p) ? resources.getString("import.fix.prompt") : "";
        }
        return model.nikCell(p) ? id.payung.domain.Nik.mask(id.payung.domain.Nik.strip(fix)) : fix;
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
            if (!empty && p != null && !isEditing()) {
                // Not the value just committed (a typed NIK, whole) while the check with it runs: as shown.
                setText(shownFix(p));
            }
            getStyleClass().remove("fix-prompt");
            if (!empty && p != null && model.fixFor(p) == null && model.fixable(p)) {
                getStyleClass().add("fix-prompt");
            }
        }
    }

    /**
     * The row's name, which the clerk corrects in place (double click, Enter checks again): the field starts with the
     * name as shown, so a misspelt letter is put right without typing the name anew.
     */
    private final class NameCell extends javafx.scene.control.cell.TextFieldTableCell<RowProblem, String> {
        private final javafx.scene.control.Tooltip hint = new javafx.scene.control.Tooltip(
                resources.getString("import.fix.name.hint"));

        NameCell() {
            super(new javafx.util.converter.DefaultStringConverter());
            hint.setWrapText(true);
            hint.setMaxWidth(420);
        }

        @Override
        public void startEdit() {
            RowProblem p = getTableRow() == null ? null : getTableRow().getItem();
            if (p == null || !model.nameFixable(p)) {
                return;
            }
            super.startEdit();
            if (getGraphic() instanceof javafx.scene.control.TextField field) {
                String name = model.nameShown(p);
                field.setText(name == null ? "" : name);
                field.selectAll();
            }
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            RowProblem p = getTableRow() == null ? null : getTableRow().getItem();
            boolean fixable = !empty && p != null && model.nameFixable(p);
            getStyleClass().remove("name-fixable");
            if (fixable) {
                getStyleClass().add("name-fixable");
            }
            setTooltip(fixable ? hint : null);
        }
    }

    /**
     * The file's header, or the words of the field for a column the file does not have ("Penghasilan"); for a line
     * that is no person's (a signature block), that, not the column its first words happen to stand in.
     */
    private String column(RowProblem p) {
        if (ImportViewModel.notAPerson(p)) {
            return resources.getString("import.notAPerson.column");
        }
        return p.columnShown(field -> resources.getString("field." + field.name()));
    }

    /** The problem in words, a NIK in it masked as the Value column shows it ({@link ImportViewModel#shownArgs}). */
    private String reason(RowProblem p) {
        String text = MessageFormat.format(resources.getString("problem." + p.problem().code()), model.shownArgs(p));
        return p.problem().error() ? text : "⚠ " + text;
    }

    /** "Desa/Kelurahan Pong Lale: dari judul berkas …", or the name several villages share; null when neither. */
    private String desaSource() {
        if (model.desaFromTitleProperty().get() != null) {
            return MessageFormat.format(resources.getString("import.desaFromTitle"),
                    model.desaFromTitleProperty().get().name());
        }
        ImportViewModel.SharedDesa shared = model.desaTitleAmbiguousProperty().get();
        if (shared != null) {
            return MessageFormat.format(resources.getString("import.desaTitleAmbiguous"), shared.text(),
                    String.join(", ", shared.villages().stream().map(id.payung.domain.Region::name).toList()));
        }
        return null;
    }

    /** "Impor #1 berkas ini memakai: sumber dana APBDes …, Mulai 01/2027, 12 bulan, Desa/Kel. Pong Lale."; null: none. */
    private String standingText() {
        ImportService.Decisions d = model.standingDecisionsProperty().get();
        ImportBatch batch = model.standingImportProperty().get();
        if (d == null || batch == null) {
            return null;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (d.funder() != null) {
            parts.add(MessageFormat.format(resources.getString("import.standing.funder"), model.funders().stream()
                    .filter(f -> f.code().equals(d.funder())).map(FundingSource::name).findFirst().orElse(d.funder())));
        }
        if (d.from() != null) {
            parts.add(MessageFormat.format(resources.getString("import.standing.from"),
                    id.payung.ui.DatePickers.formatMonth(d.from())));
        }
        if (d.months() != null) {
            parts.add(MessageFormat.format(resources.getString("import.standing.months"), Formats.count(d.months())));
        }
        if (d.kecamatan() != null) {
            parts.add(MessageFormat.format(resources.getString("import.standing.kecamatan"), d.kecamatan()));
        }
        if (d.desa() != null) {
            parts.add(MessageFormat.format(resources.getString("import.standing.desa"), d.desa()));
        }
        return MessageFormat.format(resources.getString("import.standing"), String.valueOf(batch.id()),
                String.join(", ", parts));
    }

    @FXML
    private void applyStanding() {
        model.applyStandingDecisions();
    }

    /** The red line under "Mulai" when the import needs one the file does not give. */
    private String monthMissing() {
        ImportService.Preview p = model.previewProperty().get();
        if (!model.monthMissingProperty().get() || p == null || model.fileProperty().get() == null) {
            return "";
        }
        String example = id.payung.ui.DatePickers.formatMonth(java.time.YearMonth.now().withMonth(1));
        return p.namedYears().isEmpty() && firstMonthField.getText().isBlank()
                ? MessageFormat.format(resources.getString("import.monthMissing"),
                        model.fileProperty().get().getFileName().toString(), example)
                : MessageFormat.format(resources.getString("import.monthMissing.given"), example);
    }

    /** The line beside "Mulai": where it came from, and a number of months kept from the previous file. */
    private String monthSource() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String month = firstMonthField.getText();
        if (model.mapping().stream().anyMatch(r -> r.column().get() == id.payung.service.importing.Column.FIRST_MONTH)) {
            // The rows' own Mulai rules; the field only fills a blank cell (trial 21d: "dari nama berkas" was said of a
            // list whose every row had 07/2026).
            parts.add(MessageFormat.format(resources.getString("import.monthFromColumn"), month));
        } else if (model.monthFromYearProperty().get() != null) {
            parts.add(MessageFormat.format(resources.getString("import.monthFromYear"), month,
                    String.valueOf(model.monthFromYearProperty().get())));
        } else if (model.monthIsThisMonthProperty().get()) {
            parts.add(MessageFormat.format(resources.getString("import.monthThisMonth"), month));
        }
        if (model.monthsKeptProperty().get() != null) {
            parts.add(MessageFormat.format(resources.getString("import.monthsKept"), model.monthsKeptProperty().get()));
        }
        return String.join(" ", parts);
    }

    /**
     * Sizes the window to its content or the screen's usable area, whichever is smaller, before it shows: at
     * 1366 × 768 it came out taller than the screen and its result line below it (M6, trial 13). The tables in the
     * middle give way; the settings above, the buttons and the result line below keep their height.
     */
    private static void fitScreen(javafx.stage.Window window) {
        javafx.scene.Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        javafx.stage.Window owner = window instanceof javafx.stage.Stage s ? s.getOwner() : null;
        if (owner == null) {
            return; // shown alone (a test's stage): its size is the shower's
        }
        javafx.geometry.Rectangle2D usable = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        javafx.scene.Parent root = scene.getRoot();
        root.applyCss(); // the sizes as styled, before the first pulse styles them
        javafx.geometry.Dimension2D size = fitted(usable, root.prefWidth(-1), root::prefHeight);
        double width = size.getWidth();
        double height = size.getHeight();
        window.setWidth(width);
        window.setHeight(height);
        window.setX(usable.getMinX() + (usable.getWidth() - width) / 2);
        window.setY(usable.getMinY() + (usable.getHeight() - height) / 2);
    }

    /**
     * The window's size on a screen whose usable area is {@code usable}: the content's own, at least a share of a
     * large screen (the tables get its room: 1100 × 815 at 1920 × 1080 was trial 16's L9), never more than the
     * screen (a laptop's 1366 × 768 is taken whole, as the content asks more than it has).
     *
     * @param heightAt the content's height at a width (its lines wrap)
     */
    public static javafx.geometry.Dimension2D fitted(javafx.geometry.Rectangle2D usable, double contentWidth,
                                              java.util.function.DoubleUnaryOperator heightAt) {
        if (usable.getHeight() < SMALL_SCREEN_HEIGHT) {
            return new javafx.geometry.Dimension2D(usable.getWidth(), usable.getHeight()); // a laptop's: all of it
        }
        double width = Math.min(contentWidth, usable.getWidth());
        // The frame is known only once shown: room for a title bar and borders.
        double height = Math.min(heightAt.applyAsDouble(width) + FRAME, usable.getHeight());
        width = Math.min(usable.getWidth(), Math.max(width, usable.getWidth() * SCREEN_SHARE));
        height = Math.min(usable.getHeight(), Math.max(height, usable.getHeight() * SCREEN_SHARE));
        return new javafx.geometry.Dimension2D(width, height);
    }

    /** The heading "Arti kolom", the fold's arrow and the pane's padding, beside the summary in its title line. */
    private static final double MAPPING_TITLE_ROOM = 260;

    /**
     * A file column Payung did not recognise: no meaning, and a header or an example to show (a column empty to its
     * end, as a sheet's unused ones, is nothing to look at).
     */
    private static boolean unrecognised(ImportViewModel.MappingRow r) {
        return r.column().get() == null && !(r.header() == null || r.header().isBlank())
                || r.column().get() == null && !(r.example() == null || r.example().isBlank());
    }

    /** Whether the clerk should see the columns' meanings before importing: one is not recognised, or none is the NIK. */
    static boolean needsLook(java.util.List<ImportViewModel.MappingRow> rows) {
        return rows.stream().anyMatch(ImportView::unrecognised)
                || rows.stream().noneMatch(r -> r.column().get() == Column.NIK);
    }

    /**
     * The pane's title beside "Arti kolom": "semua 7 kolom dikenali: No. urut, NIK, Nama, …", or the columns not
     * recognised, as a warning; while folded, that a click opens it.
     */
    private void showMappingSummary() {
        java.util.List<ImportViewModel.MappingRow> rows = model.mapping();
        mappingSummary.getStyleClass().removeAll("form-info", "form-warning");
        if (rows.isEmpty()) {
            mappingSummary.setText("");
            mappingSummary.getStyleClass().add("form-info");
            return;
        }
        java.util.List<String> unknown = rows.stream().filter(ImportView::unrecognised)
                .map(r -> r.header() == null || r.header().isBlank() ? "\u201c" + r.example() + "\u201d" : r.header())
                .toList();
        String text;
        if (unknown.isEmpty()) {
            java.util.List<String> known = rows.stream().filter(r -> r.column().get() != null)
                    .map(r -> resources.getString("import.column." + r.column().get().name())).toList();
            text = MessageFormat.format(resources.getString("import.mapping.known"), Formats.count(known.size()),
                    String.join(" · ", known), known.size());
        } else {
            text = MessageFormat.format(resources.getString("import.mapping.unknown"), Formats.count(unknown.size()),
                    String.join(", ", unknown), unknown.size());
        }
        if (!mappingPane.isExpanded()) {
            text += " " + resources.getString("import.mapping.open");
        }
        mappingSummary.getStyleClass().add(unknown.isEmpty() ? "form-info" : "form-warning");
        mappingSummary.setText(text);
    }

    /** The mapping table's column header and borders, above its rows. */
    private static final double MAPPING_HEADER = 30;
    /** The rows the mapping table is tall enough for before a file is read, and at most (more scroll). */
    private static final int MAPPING_ROWS_EMPTY = 4;
    private static final int MAPPING_ROWS_MAX = 12;
    /** The rows the mapping table keeps however short the window (a village list's 7 columns); more may scroll. */
    private static final int MAPPING_ROWS_KEPT = 7;

    /** A usable height below which the window takes the whole screen (1366 × 768 less a task bar). */
    static final double SMALL_SCREEN_HEIGHT = 900;

    /** The share of a screen's usable width and height the window takes at least. */
    static final double SCREEN_SHARE = 0.85;

    /** About what a window manager's title bar and borders take (Openbox, GNOME, Windows: 25–40 px). */
    private static final double FRAME = 40;

    /**
     * Shows a modal file dialog over this window; a maximized window is maximized again after it. Under Linux
     * window managers a modal dialog makes its owner unresizable for as long as it shows, and the import window
     * dropped to its normal size on every "Pilih berkas" (M6, trial 13). The clerk's own un-maximizing is theirs.
     */
    private <T> T keepingMaximized(java.util.function.Supplier<T> dialog) {
        javafx.stage.Window window = fileLabel.getScene().getWindow();
        boolean wasMaximized = window instanceof javafx.stage.Stage s && s.isMaximized();
        T result = dialog.get();
        if (wasMaximized && !((javafx.stage.Stage) window).isMaximized()) {
            javafx.stage.Stage stage = (javafx.stage.Stage) window;
            // Once the dialog's hiding is through: until then the window may not be resized, and a window manager
            // ignores the maximizing (the property would say maximized over a window that is not).
            javafx.application.Platform.runLater(() -> {
                if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()) {
                    stage.setMaximized(true);
                }
            });
        }
        return result;
    }

    private String summary(ImportService.Report r) {
        if (r.cancelled()) {
            return resources.getString("import.cancelled");
        }
        if (!r.written() && r.rejected() == 0) {
            return MessageFormat.format(resources.getString("import.nothingNew"), Formats.count(r.duplicates()));
        }
        if (!r.written() && model.skipInvalidProperty().get()) {
            // Wrong rows skipped as asked, and the rest all registered already: not "tick Skip wrong rows" again.
            return MessageFormat.format(resources.getString("import.nothingNewSkipped"), Formats.count(r.duplicates()),
                    Formats.count(r.rejected()));
        }
        if (!r.written()) {
            return MessageFormat.format(resources.getString("import.refused"), Formats.count(r.rejected()));
        }
        return MessageFormat.format(resources.getString("import.done"), Formats.count(r.imported()),
                Formats.count(r.duplicates()), Formats.count(r.rejected()), String.valueOf(r.batchId())) + inactive(r);
    }

    /**
     * "Berkas yang sama persis sudah diimpor sebagai impor #2 (07/12/2026, oleh siti)." and/or why Impor is disabled
     * ("Tidak ada yang bisa diimpor: …"); null when neither.
     */
    private String beforeImport() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        id.payung.domain.ImportBatch same = model.standingImportProperty().get();
        if (same != null) {
            lines.add(MessageFormat.format(resources.getString("import.sameFile"), String.valueOf(same.id()),
                    Formats.date(same.importedAt().atZone(ZoneId.systemDefault()).toLocalDate()), same.actor()));
        }
        ImportService.Report r = model.checkedProperty().get();
        if (model.nothingToImportProperty().get() && r != null) {
            lines.add(r.rejected() == 0
                    ? MessageFormat.format(resources.getString("import.nothingToImport"), Formats.count(r.duplicates()))
                    : MessageFormat.format(resources.getString("import.nothingReady"), Formats.count(r.duplicates()),
                            Formats.count(r.rejected())));
        }
        return lines.isEmpty() ? null : String.join(" ", lines);
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
        id.payung.ui.SaveDialogs.startInLastListFolder(chooser);
        File chosen = keepingMaximized(() -> openDialog.show(chooser, fileLabel.getScene().getWindow()));
        id.payung.ui.SaveDialogs.rememberList(chosen);
        if (chosen != null) {
            focusAfterCheck = true;
            model.choose(chosen.toPath());
            model.check();
        }
    }

    @FXML
    private void writeTemplate() {
        keepingMaximized(() -> id.payung.ui.SaveDialogs.chooseBesideLists(fileLabel.getScene().getWindow(),
                "templat-daftar-pekerja.xlsx", new FileChooser.ExtensionFilter("Excel", "*.xlsx"))).ifPresent(target -> model.writeTemplate(target,
                resources.getString("import.template.title"), path -> { })); // said beside the button
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void runImport() {
        ImportService.Report checked = model.checkedProperty().get();
        // Asked only when a year's number changes: names inside that year's cohort leave it as reported (trial 23a).
        if (checked != null && id.payung.domain.PastYearChange.anyChanges(checked.pastYearChanges())
                && !confirmPastYears(checked)) {
            return;
        }
        model.importNow();
    }

    /** "1.199 peserta ke tahun 2025; 20 peserta ke tahun 2024": what an import adds to years gone by. */
    private String pastYearsText(java.util.SortedMap<Integer, Long> years) {
        return years.entrySet().stream().map(e -> MessageFormat.format(resources.getString("import.pastYears.year"),
                String.valueOf(e.getKey()), Formats.count(e.getValue()))).collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * What the rows for years gone by do to those years' numbers: the funders' years whose number stays (the names fall
     * inside its cohort) and those whose number changes, from what to what, which Impor asks about (trial 23a).
     */
    private String pastYearChangesText(java.util.List<id.payung.domain.PastYearChange> changes) {
        java.util.List<String> sentences = new java.util.ArrayList<>();
        String within = id.payung.domain.PastYearChange.within(changes, resources);
        if (within != null) {
            sentences.add(within + ".");
        }
        String changed = id.payung.domain.PastYearChange.changed(changes, resources);
        if (changed != null) {
            sentences.add(MessageFormat.format(resources.getString("import.pastYears.changes"), changed));
        }
        return String.join(" ", sentences);
    }

    /**
     * Asked before an import changes the number of a year gone by, which may have gone to the regent (trial 21c H1):
     * never behind the clerk's back; "Batal" is the default. It says from what to what (trial 23a).
     */
    private boolean confirmPastYears(ImportService.Report checked) {
        return askDefaultNo("pastYearsQuestion", resources.getString("import.pastYears.confirm.title"),
                MessageFormat.format(resources.getString("import.pastYears.confirm"), pastYearsText(checked.pastYears()),
                        id.payung.domain.PastYearChange.changed(checked.pastYearChanges(), resources)),
                resources.getString("import.pastYears.confirm.yes"), resources.getString("form.cancel"));
    }

    /**
     * A question whose "no" is the default (Enter and the caret on it): going on is the choice the clerk makes with
     * a click. True when they chose {@code yes}.
     */
    private boolean askDefaultNo(String id, String header, String text, String yes, String no) {
        javafx.scene.control.ButtonType go = new javafx.scene.control.ButtonType(yes,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType stay = new javafx.scene.control.ButtonType(no,
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                text, go, stay);
        ask.initOwner(importButton.getScene().getWindow());
        ask.setTitle("Payung");
        ask.setHeaderText(header);
        ask.getDialogPane().setId(id);
        ask.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button yesButton = (Button) ask.getDialogPane().lookupButton(go);
        Button noButton = (Button) ask.getDialogPane().lookupButton(stay);
        yesButton.setDefaultButton(false);
        noButton.setDefaultButton(true);
        ask.setOnShown(e -> noButton.requestFocus());
        return ask.showAndWait().filter(answer -> answer == go).isPresent();
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

    /** The clerk's place in the problem list as a correction is typed: put back once the list is checked again. */
    private record Place(RowProblem problem, int index, int top, double topOffset) {
    }

    /** Where the clerk was when they committed a correction (null: no correction waits for its check). */
    private Place keptPlace;
    /** A file was just chosen: once it is checked, the focus goes to what is still needed ({@link #focusNeeded}). */
    private boolean focusAfterCheck;

    /** The problem list's scrolling part; null before it is shown. */
    private javafx.scene.control.skin.VirtualFlow<?> problemsFlow() {
        return problemsTable.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow ? flow : null;
    }

    private void keepPlace(int index) {
        if (index < 0 || index >= problemsTable.getItems().size()) {
            keptPlace = null;
            return;
        }
        javafx.scene.control.skin.VirtualFlow<?> flow = problemsFlow();
        javafx.scene.control.IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        keptPlace = new Place(problemsTable.getItems().get(index), index, first == null ? -1 : first.getIndex(),
                first == null ? 0 : first.getLayoutY());
    }

    /** The list changed: after a correction, the clerk's place kept; else the first proposal chosen. */
    private void afterProblems() {
        Place place = keptPlace;
        if (place == null) {
            chooseFirstProposal();
            return;
        }
        keptPlace = null;
        java.util.List<RowProblem> items = problemsTable.getItems();
        if (items.isEmpty()) {
            return;
        }
        // The same cell when it is still wrong; else the next problem, which now stands where it stood.
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).row() == place.problem().row() && items.get(i).column().equals(place.problem().column())) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            at = Math.min(place.index(), items.size() - 1);
        }
        if (!needsLook(items.get(at))) {
            // Settled (kept in its place, ready): the next problem below it, else the one above.
            int next = nextProblem(at, 1);
            at = next >= 0 ? next : nextProblem(at, -1) >= 0 ? nextProblem(at, -1) : at;
        }
        javafx.scene.control.skin.VirtualFlow<?> flow = problemsFlow();
        if (flow != null && place.top() >= 0) {
            // The rows above stay where they were: the list does not scroll under the clerk.
            flow.scrollToTop(Math.min(place.top(), items.size() - 1));
            flow.scrollPixels(-place.topOffset());
        }
        showProblem(at);
    }

    /** Chooses the problem at {@code index}, its cell to correct focused (Enter or F2 types), scrolled into sight. */
    private void showProblem(int index) {
        RowProblem p = problemsTable.getItems().get(index);
        problemsTable.getSelectionModel().clearAndSelect(index);
        problemsTable.getFocusModel().focus(index, !model.fixable(p) && model.nameFixable(p) ? nameColumn : fixColumn);
        javafx.scene.control.skin.VirtualFlow<?> flow = problemsFlow();
        if (flow != null) {
            flow.scrollTo(index); // only as far as it takes: the rows do not jump
        } else {
            problemsTable.scrollTo(index);
        }
        problemsTable.requestFocus();
    }

    /**
     * F8 / Shift+F8: the next (previous) problem in the list, its cell to correct focused (trial 21c: hundreds of rows
     * were corrected by mouse). Not while a correction is being typed (Enter commits it first).
     */
    private final javafx.event.EventHandler<javafx.scene.input.KeyEvent> problemKeys = e -> {
        if (e.getCode() != javafx.scene.input.KeyCode.F8 || e.isConsumed() || e.isShortcutDown() || e.isAltDown()
                || problemsTable.getEditingCell() != null || !problemsTable.isVisible()
                || problemsTable.getScene() == null) {
            return;
        }
        e.consume();
        goToProblem(e.isShiftDown() ? -1 : 1);
    };

    /**
     * Goes {@code step} problems on from the chosen one (the first or last when none is chosen); notes of no row and
     * entries already corrected (ready) skipped.
     */
    void goToProblem(int step) {
        int at = problemsTable.getSelectionModel().getSelectedIndex();
        int next = nextProblem(at < 0 ? (step > 0 ? -1 : problemsTable.getItems().size()) : at, step);
        if (next >= 0) {
            showProblem(next);
        }
    }

    /** The index of the first entry {@code step} on from {@code from} that is a row's problem to look at, or -1. */
    private int nextProblem(int from, int step) {
        java.util.List<RowProblem> items = problemsTable.getItems();
        for (int next = from + step; next >= 0 && next < items.size(); next += step) {
            if (needsLook(items.get(next))) {
                return next;
            }
        }
        return -1;
    }

    /** A row's problem still to look at: not a note of no row, not an entry a correction settled (ready). */
    private boolean needsLook(RowProblem p) {
        return p.row() > 0 && !model.isReady(p);
    }

    /**
     * After a chosen file is checked: the focus on what is still needed, the empty Sumber dana when the file could not
     * be checked without one, else the empty Mulai it needs, else the first problem's cell to correct, else Impor.
     */
    private void focusNeeded() {
        if (model.fileProperty().get() == null || closeButton.getScene() == null) {
            return;
        }
        if (model.funderProperty().get() == null && model.checkedProperty().get() == null) {
            funderChoice.requestFocus();
        } else if (model.monthMissingProperty().get()) {
            firstMonthField.requestFocus(); // the Mulai the file gives none of
        } else if (problemsTable.getSelectionModel().getSelectedIndex() >= 0) {
            showProblem(problemsTable.getSelectionModel().getSelectedIndex()); // a proposal chosen already
        } else if (!problemsTable.getItems().isEmpty()) {
            goToProblem(1);
        } else if (!importButton.isDisabled()) {
            importButton.requestFocus();
        } else {
            checkButton.requestFocus();
        }
    }

    private void chooseFirstProposal() {
        if (problemsTable.getSelectionModel().getSelectedItem() != null) {
            return;
        }
        for (RowProblem p : problemsTable.getItems()) {
            if (model.proposedValue(p).isPresent() && model.fixable(p)) {
                problemsTable.getSelectionModel().select(p);
                problemsTable.scrollTo(p);
                return;
            }
        }
    }

    /**
     * "2 koreksi dari impor sebelumnya (25/09/2025, oleh siti) untuk berkas ini", or once applied "… diterapkan";
     * null when there are none.
     */
    private String earlierText() {
        ImportService.EarlierFixes e = model.earlierProperty().get();
        int offered = model.earlierOfferedProperty().get();
        int applied = model.earlierAppliedProperty().get();
        if (e.at() == null || offered == 0 && applied == 0) {
            return null;
        }
        String when = Formats.date(e.at().atZone(ZoneId.systemDefault()).toLocalDate());
        return offered > 0
                ? MessageFormat.format(resources.getString("import.earlier"), Formats.count(offered), when, e.actor(),
                        earlierColumns())
                : MessageFormat.format(resources.getString("import.earlier.applied"), Formats.count(applied), when,
                        e.actor());
    }

    /** What the offered earlier corrections change, by column in the file's order: "NIK 5, Nama 3, TTL 4". */
    private String earlierColumns() {
        java.util.Map<String, Integer> byColumn = new java.util.LinkedHashMap<>();
        model.earlierOffered().forEach(f -> byColumn.merge(f.column(), 1, Integer::sum));
        return String.join(", ", byColumn.entrySet().stream().map(c -> MessageFormat.format(
                resources.getString("import.earlier.column"), c.getKey(), Formats.count(c.getValue()))).toList());
    }

    /** Each offered earlier correction on a line, "Baris 35, Nama: Hendrikus Tamur", a NIK masked; null when none. */
    private String earlierList() {
        java.util.List<String> lines = model.earlierOffered().stream().map(f -> MessageFormat.format(
                resources.getString("import.earlier.cell"), String.valueOf(f.row()), f.column(), f.shown())).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    @FXML
    private void applyEarlier() {
        model.applyEarlier();
    }

    @FXML
    private void acceptProposal() {
        model.acceptProposal(problemsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void revealProposal() {
        model.revealProposal(problemsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    private final javafx.event.EventHandler<javafx.scene.input.KeyEvent> escapeCloses = e -> {
        if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !e.isConsumed()
                && !(closeButton.getScene().getFocusOwner() instanceof javafx.scene.control.ComboBoxBase<?> list
                        && list.isShowing())
                // Esc in a correction cell being typed cancels that edit, as in any table (review 15), not the window.
                && problemsTable.getEditingCell() == null && mappingTable.getEditingCell() == null) {
            e.consume();
            escape();
        }
    };

    /**
     * Esc: closes the window when nothing is lost by it. While a check or an import runs it does nothing (Batal is
     * the way to stop it, said as such, never a key pressed in passing); with a file chosen and not imported it asks
     * first, "go back" the default.
     */
    private void escape() {
        if (model.runningProperty().get()) {
            return;
        }
        if (model.hasUnimportedFile() && !confirmCloseUnimported()) {
            return;
        }
        close();
    }

    private boolean confirmCloseUnimported() {
        return askDefaultNo("closeUnimportedQuestion", resources.getString("import.closeUnimported.title"),
                MessageFormat.format(resources.getString("import.closeUnimported.text"),
                        model.fileProperty().get().getFileName().toString()),
                resources.getString("import.closeUnimported.yes"), resources.getString("import.closeUnimported.no"));
    }

    @FXML
    private void undo() {
        ImportBatch b = batchesTable.getSelectionModel().getSelectedItem();
        if (b != null) {
            model.changesBeforeUndo(b, changes -> {
                if (confirmUndo(b, changes)) {
                    model.undo(b);
                }
            });
        }
    }

    /** When an import was undone, and by whom when known (trial 19, finding 5): "07/12/2026 02:31 oleh maria". */
    static String undone(ImportBatch b, ResourceBundle resources) {
        if (b.undoneAt() == null) {
            return "";
        }
        String at = STAMP.format(b.undoneAt().atZone(ZoneId.systemDefault()));
        return b.undoneBy() == null ? at : MessageFormat.format(resources.getString("import.undone.by"), at, b.undoneBy());
    }

    /**
     * The confirmation's sentence on what was changed after the import in what the undo removes, and by whom
     * (trial 19, finding 5); empty when nothing was.
     */
    static String changedSentence(ImportBatch.ChangesAfter changes, ResourceBundle resources) {
        if (changes.enrollments() == 0) {
            return "";
        }
        return " " + MessageFormat.format(resources.getString("import.undo.confirm.changed"),
                Formats.count(changes.enrollments()), changers(changes.by(), resources), changes.enrollments());
    }

    /** "siti pada 07/12/2026 02:28, maria pada 07/12/2026 02:31". */
    private static String changers(java.util.List<ImportBatch.Changer> by, ResourceBundle resources) {
        return by.stream().map(c -> MessageFormat.format(resources.getString("import.undo.confirm.changer"),
                c.actor(), STAMP.format(c.last().atZone(ZoneId.systemDefault()))))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** How many of the people whose later changes the undo takes away the question names itself (the rest: "Lihat semua"). */
    static final int NAMED_PEOPLE = 5;

    /**
     * Each person whose details or enrollments of the import were changed after it, one line each (session 18: the
     * clerk must know whose corrections go before saying yes): "• Yohanes Dahur (531001********02): No. HP, Catatan —
     * diubah oleh siti pada 07/12/2026 02:28". The NIK masked, what changed named as the audit trail names it.
     */
    static java.util.List<String> changedPeople(ImportBatch.ChangesAfter changes, ResourceBundle resources) {
        return changes.people().stream().map(p -> {
            java.util.List<String> what = new java.util.ArrayList<>();
            p.fields().forEach(f -> what.add(id.payung.service.AuditWords.fieldLabel(resources, f)));
            p.actions().forEach(a -> {
                int dot = a.indexOf('.');
                what.add(id.payung.service.AuditWords.actionWords(resources, a.substring(0, Math.max(dot, 0)),
                        a.substring(dot + 1)));
            });
            String unknown = resources.getString("import.undo.confirm.unknown");
            return MessageFormat.format(resources.getString("import.undo.confirm.person"),
                    p.fullName() == null ? unknown : p.fullName(), p.maskedNik() == null ? unknown : p.maskedNik(),
                    String.join(", ", what), changers(p.by(), resources));
        }).toList();
    }

    /**
     * The question's part naming whose later changes go: a heading and up to {@link #NAMED_PEOPLE} people
     * ({@link #changedPeople}), then "… dan n lainnya"; empty when no one's were changed.
     */
    static String namedPeople(ImportBatch.ChangesAfter changes, ResourceBundle resources) {
        java.util.List<String> lines = changedPeople(changes, resources);
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\n\n").append(resources.getString("import.undo.confirm.people"));
        lines.stream().limit(NAMED_PEOPLE).forEach(l -> b.append('\n').append(l));
        if (lines.size() > NAMED_PEOPLE) {
            b.append('\n').append(MessageFormat.format(resources.getString("import.undo.confirm.more"),
                    Formats.count(lines.size() - NAMED_PEOPLE)));
        }
        return b.toString();
    }

    /**
     * Asks before undoing: which file, imported when and by whom, and how many enrollments go (the batch's own
     * count). Cancel is the default: Enter or Esc leaves the import as it is.
     */
    private boolean confirmUndo(ImportBatch b, ImportBatch.ChangesAfter changes) {
        String count = Formats.count(b.rowsImported());
        javafx.scene.control.ButtonType remove = new javafx.scene.control.ButtonType(MessageFormat.format(
                resources.getString("import.undo.confirm.yes"), count), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = javafx.scene.control.ButtonType.CANCEL;
        String text = MessageFormat.format(resources.getString("import.undo.confirm"), count, b.fileName(),
                STAMP.format(b.importedAt().atZone(ZoneId.systemDefault())), b.actor())
                + changedSentence(changes, resources) + namedPeople(changes, resources);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                text, remove, cancel);
        java.util.List<String> people = changedPeople(changes, resources);
        if (!people.isEmpty()) {
            // Named people: the question wider than an alert's own text, one person a line where it can.
            Label question = new Label(text);
            question.setWrapText(true);
            question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, question);
            content.getStyleClass().add("content");
            content.setPrefWidth(640);
            if (people.size() > NAMED_PEOPLE) {
                content.getChildren().add(everyone(ask, people));
            }
            ask.getDialogPane().setContent(content);
        }
        ask.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ask.setResizable(true);
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

    /**
     * Everyone whose changes an undo takes away, folded below its question ("Lihat semua (n orang)"): a list of a
     * hundred is read there. The dialog grows with the fold (and shrinks back), or its buttons would be pushed out of
     * sight.
     */
    private javafx.scene.control.TitledPane everyone(javafx.scene.control.Alert ask, java.util.List<String> people) {
        javafx.scene.control.TextArea all = new javafx.scene.control.TextArea(String.join("\n", people));
        all.setEditable(false);
        all.setWrapText(true);
        all.setPrefRowCount(10);
        all.setId("undoImportChangedList");
        javafx.scene.control.TitledPane fold = new javafx.scene.control.TitledPane(MessageFormat.format(
                resources.getString("import.undo.confirm.all"), Formats.count(people.size())), all);
        fold.setExpanded(false);
        fold.setAnimated(false);
        fold.setId("undoImportChangedAll");
        fold.expandedProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (ask.getDialogPane().getScene() != null && ask.getDialogPane().getScene().getWindow() != null) {
                ask.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        return fold;
    }

    @FXML
    private void saveProblems() {
        keepingMaximized(() -> id.payung.ui.SaveDialogs.chooseBesideLists(fileLabel.getScene().getWindow(), "masalah-impor.xlsx",
                id.payung.ui.SaveDialogs.tables())).ifPresent(target -> model.saveProblems(target, java.util.List.of(
                        resources.getString("import.col.row"), resources.getString("col.name"),
                        resources.getString("import.col.column"),
                        resources.getString("import.col.value"), resources.getString("import.col.reason")),
                        resources.getString("import.col.listNo"), this::column,
                        this::reason, path -> { })); // said by the line beside the template button
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
