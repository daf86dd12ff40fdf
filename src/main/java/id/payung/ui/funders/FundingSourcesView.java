package id.payung.ui.funders;

import id.payung.domain.Formats;
import id.payung.domain.FunderRules;
import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.domain.RateRule;
import id.payung.ui.Cells;
import id.payung.ui.Tables;
import java.time.LocalDate;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import id.payung.domain.FundingBudget;
import id.payung.ui.FieldsDialog;
import java.text.MessageFormat;
import id.payung.ui.TaskExecutor;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Funding sources and the contribution rate rules. */
public final class FundingSourcesView {
    private final FundingSourcesViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private TableView<FundingSource> sourcesTable;
    @FXML private TableColumn<FundingSource, String> codeColumn;
    @FXML private TableColumn<FundingSource, String> nameColumn;
    @FXML private TableColumn<FundingSource, FunderType> typeColumn;
    @FXML private TableColumn<FundingSource, String> regionColumn;
    @FXML private TableColumn<FundingSource, String> notesColumn;

    @FXML private TableView<RateRule> rulesTable;
    @FXML private TableColumn<RateRule, String> ruleSegmentColumn;
    @FXML private TableColumn<RateRule, String> ruleProgrammeColumn;
    @FXML private TableColumn<RateRule, String> ruleRateColumn;
    @FXML private TableColumn<RateRule, String> ruleFundersColumn;
    @FXML private TableColumn<RateRule, String> ruleSectorsColumn;
    @FXML private TableColumn<RateRule, LocalDate> ruleFromColumn;
    @FXML private TableColumn<RateRule, LocalDate> ruleToColumn;
    @FXML private TableColumn<RateRule, String> ruleBasisColumn;

    @FXML private Button addSourceButton;
    @FXML private Button editSourceButton;
    @FXML private ComboBox<Integer> budgetYearChoice;
    @FXML private TableView<BudgetRow> budgetsTable;
    @FXML private TableColumn<BudgetRow, String> budgetFunderColumn;
    @FXML private TableColumn<BudgetRow, Long> budgetQuotaColumn;
    @FXML private TableColumn<BudgetRow, Long> budgetCeilingColumn;
    @FXML private TableColumn<BudgetRow, Long> budgetPerPersonColumn;
    @FXML private TableColumn<BudgetRow, Long> budgetMaxColumn;
    @FXML private TableColumn<BudgetRow, Long> budgetQuotaCostColumn;
    @FXML private TableColumn<BudgetRow, Long> budgetGapColumn;
    @FXML private Button editBudgetButton;
    @FXML private javafx.scene.control.Label ruleBasisDetail;

    private final TaskExecutor tasks;
    private id.payung.ui.WriteAccess access = id.payung.ui.WriteAccess.writable();

    public FundingSourcesView(FundingSourcesViewModel model, TaskExecutor tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /**
     * Whether the database may be written: read-only, adding and correcting funders and budgets are disabled, saying
     * why (they were offered and ended in the refusal); the lists stay to be read.
     */
    public FundingSourcesView writeAccess(id.payung.ui.WriteAccess writeAccess) {
        this.access = writeAccess;
        return this;
    }

    @FXML
    private void editSource() {
        if (access.readOnlyProperty().get()) {
            return; // disabled buttons; nothing else opens the dialog either
        }
        FundingSource f = sourcesTable.getSelectionModel().getSelectedItem();
        if (f == null) {
            return;
        }
        FieldsDialog d = new FieldsDialog(sourcesTable.getScene().getWindow(), resources, f.code());
        TextField name = d.text("col.name", "sourceName", f.name());
        TextField notes = d.text("col.notes", "sourceNotes", f.notes());
        var active = d.choice("funders.active", "sourceActive", List.of(true, false), f.active(),
                b -> resources.getString(b ? "funders.active.yes" : "funders.active.no"), null);
        d.show(tasks, () -> null, () -> {
            model.saveSource(new FundingSource(f.id(), f.code(), name.getText().strip(), f.type(), f.regionCode(),
                    active.getValue(), notes.getText().isBlank() ? null : notes.getText().strip()));
            return null;
        }, model::load);
    }

    @FXML
    private void addSource() {
        if (access.readOnlyProperty().get()) {
            return;
        }
        FieldsDialog d = new FieldsDialog(sourcesTable.getScene().getWindow(), resources,
                resources.getString("funders.add.title"));
        TextField name = d.text("col.name", "sourceName", "");
        TextField code = d.text("col.code", "sourceCode", "");
        // The code follows the name until the clerk types one of their own.
        name.textProperty().addListener((obs, old, now) -> {
            if (code.getText().equals(FunderRules.suggestCode(old))) {
                code.setText(FunderRules.suggestCode(now));
            }
        });
        List<FunderType> types = java.util.Arrays.stream(FunderType.values()).filter(FunderRules::addable).toList();
        var type = d.choice("col.type", "sourceType", types, FunderType.CSR,
                t -> resources.getString("funder.type." + t.name()), null);
        List<String> regions = model.addableRegions();
        var region = d.choice("col.region", "sourceRegion", regions, model.officeRegency(),
                c -> (c.split("\\.").length == 3 ? "Kec. " : "") + model.regionName(c) + " (" + c + ")",
                resources.getString("funders.add.region.none"));
        TextField notes = d.text("col.notes", "sourceNotes", "");
        d.show(tasks, () -> type.getValue() == null ? resources.getString("field.TYPE") + ": "
                + resources.getString("problem.REQUIRED") : null, () -> {
            model.addSource(new FundingSource(0, code.getText().strip().toUpperCase(java.util.Locale.ROOT),
                    name.getText().strip(), type.getValue(), region.getValue(), true,
                    notes.getText().isBlank() ? null : notes.getText().strip()));
            return null;
        }, model::load);
    }

    @FXML
    private void editBudget() {
        if (access.readOnlyProperty().get()) {
            return;
        }
        BudgetRow row = budgetsTable.getSelectionModel().getSelectedItem();
        if (row == null || row.isTotal()) {
            return;
        }
        FieldsDialog d = new FieldsDialog(budgetsTable.getScene().getWindow(), resources,
                row.funder().name() + " — " + row.year());
        TextField quota = d.text("budget.quota", "budgetQuota", row.quota() == null ? "" : Formats.count(row.quota()));
        TextField ceiling = d.text("budget.ceiling", "budgetCeiling",
                row.ceilingRp() == null ? "" : Formats.count(row.ceilingRp()));
        d.show(tasks, () -> {
            // Each refused field by its name, with an example of its own size (trial 14: "tulis angka saja" alone
            // did not say which of the two was wrong).
            List<String> problems = new java.util.ArrayList<>();
            notANumber(quota, "field.QUOTA", 1_000L).ifPresent(problems::add);
            notANumber(ceiling, "field.CEILING", 201_600_000L).ifPresent(problems::add);
            return problems.isEmpty() ? null : String.join("\n", problems);
        }, () -> {
            model.saveBudget(new FundingBudget(row.funder().code(), row.year(), FieldsDialog.parseNumber(quota.getText()),
                    FieldsDialog.parseNumber(ceiling.getText())));
            return null;
        }, model::load);
    }

    /** "Pagu: tulis angka saja, misalnya 201.600.000." when the field holds no count or amount. */
    private java.util.Optional<String> notANumber(TextField field, String fieldKey, long example) {
        Long n = FieldsDialog.parseNumber(field.getText());
        return n != null && n < 0 ? java.util.Optional.of(MessageFormat.format(resources.getString("budget.numberFormat"),
                resources.getString(fieldKey), Formats.count(example))) : java.util.Optional.empty();
    }

    @FXML
    private void initialize() {
        Tables.show(sourcesTable, model.sources());
        Cells.bind(codeColumn, FundingSource::code);
        Cells.bind(nameColumn, FundingSource::name);
        Cells.bind(typeColumn, FundingSource::type);
        typeColumn.setCellFactory(Cells.formatted(t -> resources.getString("funder.type." + t.name())));
        Cells.bind(regionColumn, f -> model.regionName(f.regionCode())); // names, not codes (53.10)
        Cells.bind(notesColumn, FundingSource::notes);
        // A funder's name and note wrap in their columns (trial 22c: "Iuran pekerja rentan dibayar Pemerintah Kabupaten
        // Manggar…", "APBDes / ADD desa se-Kabupaten Man…" cut at 1.366 px).
        nameColumn.setCellFactory(Cells.wrapped());
        notesColumn.setCellFactory(Cells.wrapped());

        String any = resources.getString("rules.any");
        Tables.show(rulesTable, model.rules());
        Cells.bind(ruleSegmentColumn, r -> r.segment().name());
        Cells.bind(ruleProgrammeColumn, r -> r.programme().name());
        Cells.bind(ruleRateColumn, this::rateText);
        Cells.bind(ruleFundersColumn, r -> names(r.funderTypes(), t -> resources.getString("funder.type." + t.name()), any));
        Cells.bind(ruleSectorsColumn, r -> names(r.sectors(), s -> resources.getString("sector." + s.name()), any));
        Cells.bind(ruleFromColumn, RateRule::validFrom);
        ruleFromColumn.setCellFactory(Cells.formatted(Formats::date));
        Cells.bind(ruleToColumn, RateRule::validTo);
        ruleToColumn.setCellFactory(Cells.formatted(Formats::date));
        Cells.bind(ruleBasisColumn, FundingSourcesView::basis);
        // Cut at 1.366 px: the whole text in a tooltip and, for the chosen rule, on a wrapped line under the table.
        ruleBasisColumn.setCellFactory(Cells.textWithTooltip());
        rulesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> ruleBasisDetail.setText(
                now == null ? resources.getString("rules.basisNone")
                        : MessageFormat.format(resources.getString("rules.basisDetail"), basis(now))));
        ruleBasisDetail.setText(resources.getString("rules.basisNone"));

        budgetYearChoice.setItems(model.years());
        budgetYearChoice.valueProperty().bindBidirectional(model.budgetYearProperty());
        BudgetLines.show(budgetsTable, model);
        budgetFunderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().isTotal()
                ? MessageFormat.format(resources.getString("budget.total"), String.valueOf(c.getValue().year()))
                : c.getValue().funder().name()));
        Cells.bind(budgetQuotaColumn, BudgetRow::quota);
        budgetQuotaColumn.setCellFactory(Cells.formatted(Formats::count));
        Cells.bind(budgetCeilingColumn, BudgetRow::ceilingRp);
        budgetCeilingColumn.setCellFactory(Cells.formatted(Formats::rupiah));
        Cells.bind(budgetPerPersonColumn, BudgetRow::perPersonRp);
        budgetPerPersonColumn.setCellFactory(Cells.formatted(Formats::rupiah));
        Cells.bind(budgetMaxColumn, BudgetRow::maxHeadcount);
        budgetMaxColumn.setCellFactory(Cells.formatted(Formats::count));
        Cells.bind(budgetQuotaCostColumn, BudgetRow::quotaCostRp);
        budgetQuotaCostColumn.setCellFactory(Cells.formatted(Formats::rupiah));
        Cells.bind(budgetGapColumn, BudgetRow::gapRp);
        budgetGapColumn.setCellFactory(column -> new GapCell(resources));
        editSourceButton.disableProperty().bind(sourcesTable.getSelectionModel().selectedItemProperty().isNull());
        editBudgetButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            BudgetRow row = budgetsTable.getSelectionModel().getSelectedItem();
            return row == null || row.isTotal();
        }, budgetsTable.getSelectionModel().selectedItemProperty()));
        access.guard(resources, addSourceButton, editSourceButton, editBudgetButton);
        model.load();
    }

    private static String basis(RateRule r) {
        return r.legalBasis() == null ? r.note() : r.legalBasis() + " — " + r.note();
    }

    private String rateText(RateRule r) {
        return switch (r.kind()) {
            case AMOUNT -> Formats.rupiah(r.amountRp());
            case PERCENT -> r.percent().toPlainString().replace('.', ',') + "%";
            case DISCOUNT_PERCENT -> "−" + r.percent().toPlainString().replace('.', ',') + "%";
        };
    }

    private static <E> String names(Set<E> values, Function<E, String> name, String any) {
        return values.isEmpty() ? any : values.stream().map(name).sorted().collect(Collectors.joining(", "));
    }
}
