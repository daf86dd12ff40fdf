package id.payung.ui.reports;

import id.payung.domain.Formats;
import id.payung.domain.FundingSource;
import id.payung.domain.SelfPayingTariff;
import id.payung.domain.SelfPayingTransition;
import id.payung.ui.Cells;
import id.payung.ui.SaveDialogs;
import id.payung.ui.TaskExecutor;
import id.payung.ui.Tables;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The reports screen: printed reports of a year, the move to self-paying, and the award-readiness summary. */
public final class ReportsView {
    /** Asks where to save a file: the system dialog in the app, a fixed answer in tests. */
    @FunctionalInterface
    public interface SaveTarget {
        Optional<Path> choose(Window owner, String initialName, FileChooser.ExtensionFilter... filters);
    }

    private final ReportsViewModel model;
    private final TaskExecutor tasks;
    private final SaveTarget saveTarget;

    @FXML private ResourceBundle resources;
    @FXML private VBox root;
    @FXML private ComboBox<Integer> yearChoice;
    @FXML private ComboBox<FundingSource> funderChoice;
    @FXML private CheckBox fullNik;
    @FXML private Label savedLabel;
    @FXML private Label printGapLabel;
    @FXML private javafx.scene.control.Button annexButton;
    @FXML private javafx.scene.control.Button benefitButton;
    private id.payung.ui.WriteAccess access = id.payung.ui.WriteAccess.writable();

    /**
     * Whether the database may be written: read-only, Catat manfaat dibayar… is disabled saying why, and for a
     * provincial reader Cetak lampiran (PDF)… too, a regent's annex (trial 20a: both refused only after the form).
     */
    public ReportsView writeAccess(id.payung.ui.WriteAccess writeAccess) {
        this.access = writeAccess;
        return this;
    }
    @FXML private TableView<SelfPayingTransition> transitionTable;
    @FXML private TableColumn<SelfPayingTransition, String> endYearColumn;
    @FXML private TableColumn<SelfPayingTransition, Long> endedColumn;
    @FXML private TableColumn<SelfPayingTransition, Long> continuedColumn;
    @FXML private TableColumn<SelfPayingTransition, Double> rateColumn;
    @FXML private TableColumn<SelfPayingTransition, Long> activeColumn;
    @FXML private TableColumn<SelfPayingTransition, Long> costColumn;
    @FXML private TableColumn<SelfPayingTransition, Long> perMonthColumn;
    @FXML private Label tariffLabel;
    @FXML private TableView<ReadinessRow> readinessTable;
    @FXML private TableColumn<ReadinessRow, String> aspectColumn;
    @FXML private TableColumn<ReadinessRow, String> valueColumn;

    public ReportsView(ReportsViewModel model, TaskExecutor tasks, SaveTarget saveTarget) {
        this.model = model;
        this.tasks = tasks;
        this.saveTarget = saveTarget;
    }

    @FXML
    private void initialize() {
        yearChoice.setItems(model.years());
        yearChoice.valueProperty().bindBidirectional(model.yearProperty());
        funderChoice.setItems(model.funders());
        funderChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FundingSource f) {
                return f == null ? "" : f.name();
            }

            @Override
            public FundingSource fromString(String s) {
                return null;
            }
        });
        // The model keeps the choice over reloads (the combo box empties itself when its items are replaced).
        funderChoice.valueProperty().bindBidirectional(model.annexFunderProperty());
        // "Pilih sumber dana untuk lampiran." is done with once a funder is picked (trial 19).
        funderChoice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && resources.getString("reports.annex.noFunder").equals(savedLabel.getText())) {
                savedLabel.setText("");
            }
        });
        Tables.show(transitionTable, model.transitions());
        endYearColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().endYear())));
        endedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ended()));
        endedColumn.setCellFactory(Cells.formatted(Formats::count));
        continuedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().continued()));
        continuedColumn.setCellFactory(Cells.formatted(Formats::count));
        rateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ratePercent()));
        rateColumn.setCellFactory(Cells.formatted(Formats::percent));
        activeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().activeNow()));
        activeColumn.setCellFactory(Cells.formatted(Formats::count));
        costColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().costRp()));
        costColumn.setCellFactory(Cells.formatted(Formats::rupiah));
        costColumn.textProperty().bind(model.yearProperty().map(y -> MessageFormat.format(
                resources.getString("reports.col.cost"), String.valueOf(y))));
        perMonthColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().perPersonMonthRp()));
        perMonthColumn.setCellFactory(Cells.formatted(Formats::rupiah));
        model.tariffs().addListener((ListChangeListener<SelfPayingTariff>) c -> showTariffs());

        // A province's missing NIP or address is set by the server's owner (payung server province-settings), not in
        // Pengaturan, which a provincial reader cannot open (trial 20a).
        printGapLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String key = model.printGapProperty().get();
            String province = model.provinceProperty().get();
            return key == null ? "" : province == null ? resources.getString(key)
                    : MessageFormat.format(resources.getString(provinceGap(key)), province);
        }, model.printGapProperty(), model.provinceProperty()));
        printGapLabel.visibleProperty().bind(model.printGapProperty().isNotNull());
        printGapLabel.managedProperty().bind(printGapLabel.visibleProperty());
        Tables.show(readinessTable, model.readiness());
        aspectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(c.getValue().aspectKey(),
                c.getValue().aspectArgs())));
        valueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value(resources)));
        // A long value (the funders without participants this year, the events' titles) wraps instead of being cut
        // at a laptop's width (trial 19); so does a long aspect (trial 22c: "Sumber dana tanpa atau dengan jauh lebi…",
        // "APBDes / ADD desa se-Kabupaten Mangga…" cut in its column at 1.366 px).
        valueColumn.setCellFactory(Cells.wrapped());
        aspectColumn.setCellFactory(Cells.wrapped());
        root.getProperties().put(id.payung.ui.main.MainView.RELOAD, (Runnable) model::load);
        access.guard(resources, benefitButton);
        access.guardForReader(resources, "reports.annex.readerTooltip", annexButton);
        model.load();
    }

    private String text(String key, List<Object> args) {
        return MessageFormat.format(resources.getString(key), args.toArray());
    }

    /** One line per sector: what a self-paying worker pays a month, and the discount months if any. */
    private void showTariffs() {
        tariffLabel.setText(TariffLines.of(model.tariffs(), resources));
    }

    private Optional<Path> choose(String name, FileChooser.ExtensionFilter... filters) {
        return saveTarget.choose(root.getScene().getWindow(), name, filters);
    }

    private static FileChooser.ExtensionFilter pdf() {
        return new FileChooser.ExtensionFilter("PDF", "*.pdf");
    }

    private void saved(Path file) {
        savedLabel.setText(MessageFormat.format(resources.getString("export.saved"), file.toString()));
    }

    @FXML
    private void printYearReport() {
        choose(model.yearReportFileName(), pdf())
                .ifPresent(file -> model.printYearReport(file, this::saved));
    }

    @FXML
    private void printReadiness() {
        choose("kesiapan-penghargaan-" + model.yearProperty().get() + ".pdf", pdf())
                .ifPresent(file -> model.printReadiness(file, this::saved));
    }

    @FXML
    private void exportTransitions() {
        choose("lanjut-mandiri-" + model.yearProperty().get() + ".xlsx", SaveDialogs.tables())
                .ifPresent(file -> model.exportTransitions(file, this::saved));
    }

    /** The province's words of a print gap: what the server's owner runs, not Pengaturan. */
    private static String provinceGap(String key) {
        return switch (key) {
            case "reports.print.missing.nip" -> "reports.print.missing.nip.province";
            case "reports.print.missing.address" -> "reports.print.missing.address.province";
            default -> "reports.print.missing.both.province";
        };
    }

    @FXML
    private void printAnnex() {
        if (access.provincialReader()) {
            return; // disabled, saying why
        }
        FundingSource funder = funderChoice.getValue();
        if (funder == null) {
            savedLabel.setText(resources.getString("reports.annex.noFunder"));
            return;
        }
        boolean full = fullNik.isSelected();
        if (full) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
            ask.setTitle("Payung"); // not JavaFX's English "Confirmation" (trial 12)
            ask.initOwner(root.getScene().getWindow());
            ask.setHeaderText(resources.getString("reports.annex.confirmFull"));
            id.payung.ui.Buttons.translate(ask.getDialogPane(), resources);
            if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                return;
            }
        }
        choose("lampiran-" + funder.code().toLowerCase(java.util.Locale.ROOT) + "-" + model.yearProperty().get() + ".pdf",
                pdf()).ifPresent(file -> model.printAnnex(funder, full, file, rows -> savedLabel.setText(
                        MessageFormat.format(resources.getString("reports.annex.done"), Formats.count(rows), file.toString()))));
    }

    @FXML
    private void addBenefit() {
        if (access.readOnlyProperty().get()) {
            return; // disabled, saying why
        }
        BenefitDialog.show(root.getScene().getWindow(), resources, tasks, model);
    }
}
