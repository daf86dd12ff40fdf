package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingBudget;
import id.payung.domain.RateRule;
import id.payung.ui.funders.BudgetRow;
import id.payung.ui.main.Screen;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Sumber dana on the office laptop (trial 14): Kuota dan pagu with the year's total last, a shortfall that stands
 * out, a refused number named by its field, the edited funder still chosen after OK, years as on the dashboard;
 * Aturan iuran with each rule's legal basis readable whole.
 */
@ExtendWith(ApplicationExtension.class)
class BudgetsWindowTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-budgets")
            .beforeOpen(stage -> WindowMemory.place(stage, WindowMemory.firstPlace(LAPTOP), LAPTOP)).dashboardShown();

    @Test
    void quotasAndCeilingsOfAYear(FxRobot robot) {
        ComboBox<Integer> dashboardYear = robot.lookup("#yearChoice").queryComboBox();
        waitUntil(() -> dashboardYear.getValue() != null);
        int shown = dashboardYear.getValue();
        ui.services().funding().setBudget(new FundingBudget("APBD-KAB-MGR", 2027, 1_000L, 201_600_000L));
        ui.services().funding().setBudget(new FundingBudget("APBD-PROV-NTT", 2027, 4_280L, 800_000_000L));
        ScreenWaits.open(robot, Screen.FUNDERS);
        robot.clickOn("#budgetsTab");
        ComboBox<Integer> year = robot.lookup("#budgetYear").queryComboBox();
        // As the dashboard: oldest first, on the year the dashboard shows.
        assertThat(year.getItems()).isSorted().contains(2021, 2028);
        waitUntil(() -> Integer.valueOf(shown).equals(year.getValue()));
        robot.interact(() -> year.setValue(2027));
        @SuppressWarnings("unchecked")
        TableView<BudgetRow> table = robot.lookup("#budgetsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 7);

        // The total is the last line, whichever column sorts the rest.
        robot.interact(() -> {
            table.getSortOrder().setAll(List.of(table.getColumns().get(1)));
            table.getColumns().get(1).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
        });
        assertThat(table.getItems().get(6).isTotal()).isTrue();
        assertThat(table.getItems().get(0).funder().code()).isEqualTo("APBD-PROV-NTT");
        assertThat(rowTexts(robot, table, 6)).containsExactly("Jumlah 2027", "5.280", "Rp 1.001.600.000", "", "",
                "Rp 1.064.448.000", "kurang Rp 62.848.000");
        assertThat(rowTexts(robot, table, 0)).containsExactly("APBD Provinsi NTT", "4.280", "Rp 800.000.000", "Rp 201.600",
                "3.968", "Rp 862.848.000", "kurang Rp 62.848.000");
        assertThat(gapCell(robot, table, 0).getStyleClass()).contains("budget-short");
        assertThat(gapCell(robot, table, 1).getText()).isEqualTo("sisa Rp 0");
        assertThat(gapCell(robot, table, 1).getStyleClass()).contains("budget-left").doesNotContain("budget-short");

        // The total cannot be edited.
        robot.interact(() -> table.getSelectionModel().select(6));
        assertThat(robot.lookup("#editBudget").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editBudget");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextField ceiling = (TextField) pane.lookup("#budgetCeiling");
        TextField quota = (TextField) pane.lookup("#budgetQuota");
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        robot.interact(() -> {
            ceiling.setText("delapan ratus juta");
            quota.setText("4.280 orang");
        });
        robot.interact(ok::fire);
        Label errors = (Label) pane.lookup("#dialogErrors");
        assertThat(errors.getText()).isEqualTo("Kuota: tulis angka saja, misalnya 1.000.\n"
                + "Pagu: tulis angka saja, misalnya 201.600.000.");

        robot.interact(() -> {
            ceiling.setText("862.848.000");
            quota.setText("4.280");
        });
        robot.interact(ok::fire);
        waitUntil(() -> table.getItems().size() == 7 && Long.valueOf(0).equals(table.getItems().get(6).gapRp()));
        assertThat(gapCell(robot, table, 6).getText()).isEqualTo("sisa Rp 0");
        // The edited funder is still the chosen one, and Atur… still works on it.
        assertThat(table.getSelectionModel().getSelectedItem().funder().code()).isEqualTo("APBD-PROV-NTT");
        assertThat(robot.lookup("#editBudget").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aRuleBasisIsReadWhole(FxRobot robot) {
        ScreenWaits.open(robot, Screen.FUNDERS);
        robot.clickOn("#rulesTab");
        @SuppressWarnings("unchecked")
        TableView<RateRule> rules = robot.lookup("#rulesTable").queryTableView();
        waitUntil(() -> !rules.getItems().isEmpty());
        Label detail = robot.lookup("#ruleBasisDetail").queryAs(Label.class);
        assertThat(detail.getText()).isEqualTo("Pilih baris untuk membaca dasar hukum dan catatannya secara utuh.");
        RateRule discount = rules.getItems().stream().filter(r -> r.legalBasis() != null && r.legalBasis().contains("50/2025"))
                .findFirst().orElseThrow();
        robot.interact(() -> rules.getSelectionModel().select(discount));
        String whole = discount.legalBasis() + " — " + discount.note();
        assertThat(detail.getText()).isEqualTo("Dasar hukum / catatan: " + whole);
        assertThat(detail.isWrapText()).isTrue();
        TableCell<?, ?> cell = robot.from(rules).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> whole.equals(c.getText())).findFirst().orElseThrow();
        assertThat(cell.getTooltip()).as("the whole text on hover").isNotNull();
        // A rate's sign attached to its number, as Indonesian spelling writes it ("1%", not "1 %").
        List<String> texts = robot.from(rules).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
        assertThat(texts).contains("1%", "−50%").doesNotContain("1 %", "−50 %");
    }

    private static TableCell<?, ?> gapCell(FxRobot robot, TableView<BudgetRow> table, int row) {
        return cells(robot, table, row).get(6);
    }

    private static List<String> rowTexts(FxRobot robot, TableView<BudgetRow> table, int row) {
        return cells(robot, table, row).stream().map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    /** The row's cells left to right. */
    private static List<TableCell<?, ?>> cells(FxRobot robot, TableView<BudgetRow> table, int row) {
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() != null)
                .sorted(java.util.Comparator.comparingInt(c -> table.getVisibleLeafIndex(c.getTableColumn())))
                .<TableCell<?, ?>>map(c -> c).toList();
    }
}
