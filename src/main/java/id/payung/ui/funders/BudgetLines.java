package id.payung.ui.funders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The lines of the quota and ceiling table: the funders' rows in the table's sort order with the year's total
 * always last (in bold, style class {@value #TOTAL_ROW}), and the chosen funder's row chosen again whenever the
 * rows are read anew: after OK the selection had fallen back to the first row with "Atur…" greyed out (trial 14).
 */
final class BudgetLines {
    static final String TOTAL_ROW = "budget-total";

    private final TableView<BudgetRow> table;
    /** The funder whose row was chosen last (after OK, in another year); null: none or the total. */
    private String chosenFunder;

    private BudgetLines(TableView<BudgetRow> table) {
        this.table = table;
    }

    /** Shows the model's rows and total in {@code table}. */
    static void show(TableView<BudgetRow> table, FundingSourcesViewModel model) {
        BudgetLines lines = new BudgetLines(table);
        ObservableList<BudgetRow> all = FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<BudgetRow> rows = new ArrayList<>(model.budgets());
            if (model.budgetTotalProperty().get() != null && !rows.isEmpty()) {
                rows.add(model.budgetTotalProperty().get());
            }
            all.setAll(rows);
            lines.reselect();
        };
        model.budgets().addListener((ListChangeListener<BudgetRow>) c -> fill.run());
        model.budgetTotalProperty().addListener((obs, old, now) -> fill.run());
        SortedList<BudgetRow> sorted = new SortedList<>(all);
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> totalLast(table.getComparator()),
                table.comparatorProperty()));
        table.setItems(sorted);
        // The items sort by the comparator bound above (the default policy would refuse one not the table's own).
        table.setSortPolicy(t -> true);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lines.chosenFunder = now.isTotal() ? null : now.funder().code();
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BudgetRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(TOTAL_ROW);
                if (!empty && item != null && item.isTotal()) {
                    getStyleClass().add(TOTAL_ROW);
                }
            }
        });
    }

    private void reselect() {
        if (chosenFunder == null) {
            return;
        }
        table.getItems().stream().filter(r -> !r.isTotal() && r.funder().code().equals(chosenFunder)).findFirst()
                .ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
    }

    private static Comparator<BudgetRow> totalLast(Comparator<BudgetRow> byColumns) {
        Comparator<BudgetRow> lastTotal = Comparator.comparing(BudgetRow::isTotal);
        return byColumns == null ? lastTotal : lastTotal.thenComparing(byColumns);
    }
}
