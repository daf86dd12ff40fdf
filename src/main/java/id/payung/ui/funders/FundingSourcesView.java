package id.payung.ui.funders;

import id.payung.domain.Formats;
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
import javafx.fxml.FXML;
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

    public FundingSourcesView(FundingSourcesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        Tables.show(sourcesTable, model.sources());
        bind(codeColumn, FundingSource::code);
        bind(nameColumn, FundingSource::name);
        bind(typeColumn, FundingSource::type);
        typeColumn.setCellFactory(Cells.formatted(t -> resources.getString("funder.type." + t.name())));
        bind(regionColumn, FundingSource::regionCode);
        bind(notesColumn, FundingSource::notes);

        String any = resources.getString("rules.any");
        Tables.show(rulesTable, model.rules());
        bind(ruleSegmentColumn, r -> r.segment().name());
        bind(ruleProgrammeColumn, r -> r.programme().name());
        bind(ruleRateColumn, this::rateText);
        bind(ruleFundersColumn, r -> names(r.funderTypes(), t -> resources.getString("funder.type." + t.name()), any));
        bind(ruleSectorsColumn, r -> names(r.sectors(), s -> resources.getString("sector." + s.name()), any));
        bind(ruleFromColumn, RateRule::validFrom);
        ruleFromColumn.setCellFactory(Cells.formatted(Formats::date));
        bind(ruleToColumn, RateRule::validTo);
        ruleToColumn.setCellFactory(Cells.formatted(Formats::date));
        bind(ruleBasisColumn, r -> r.legalBasis() == null ? r.note() : r.legalBasis() + " — " + r.note());
        model.load();
    }

    private String rateText(RateRule r) {
        return switch (r.kind()) {
            case AMOUNT -> Formats.rupiah(r.amountRp());
            case PERCENT -> r.percent().toPlainString().replace('.', ',') + " %";
            case DISCOUNT_PERCENT -> "−" + r.percent().toPlainString().replace('.', ',') + " %";
        };
    }

    private static <E> String names(Set<E> values, Function<E, String> name, String any) {
        return values.isEmpty() ? any : values.stream().map(name).sorted().collect(Collectors.joining(", "));
    }

    private static <S, T> void bind(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
