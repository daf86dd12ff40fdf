package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingShare;
import id.payung.service.BreakdownData;
import javafx.scene.chart.PieChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 20a LOW 14/15: in the Rupiah view the pie is titled as the cost it shows, and the table's share beside it is
 * the cost's share under its own header ("Porsi biaya"), not the participants' share unlabelled.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardRupiahWordsWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-dash-rupiah").on(BreakdownData::open).dashboardShown();

    @Test
    void theRupiahPieAndItsTableSayTheyAreAboutTheCost(FxRobot robot) {
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        @SuppressWarnings("unchecked")
        TableView<FundingShare> table = robot.lookup("#sharesTable").queryAs(TableView.class);
        waitUntil(() -> "Porsi sumber dana 2026".equals(pie.getTitle()) && !table.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableColumn<FundingShare, Double> percent = (TableColumn<FundingShare, Double>) table.getColumns().stream()
                .filter(c -> "Porsi".equals(c.getText())).findFirst().orElseThrow();
        FundingShare first = table.getItems().get(0);
        assertThat(percent.getCellData(0)).isEqualTo(first.percent());

        robot.clickOn("#showRupiah");
        waitUntil(() -> "Biaya iuran per sumber dana 2026".equals(pie.getTitle()));
        assertThat(percent.getText()).isEqualTo("Porsi biaya");
        // The first slice's share of the cost, as its legend line says it.
        String slice = pie.getData().get(0).getName();
        String shown = id.payung.domain.Formats.percent(percent.getCellData(0));
        assertThat(slice).contains("(" + shown + ")");
        assertThat(percent.getCellData(0)).isNotEqualTo(first.percent());

        robot.clickOn("#showCount");
        waitUntil(() -> "Porsi".equals(percent.getText()));
        assertThat(pie.getTitle()).isEqualTo("Porsi sumber dana 2026");
    }
}
