package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import id.payung.service.BreakdownData;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Two funders of one kind shown together have two colours, in the pie, its legend and the table's swatches (trial 20a:
 * two regencies' budgets were one orange; here two companies, both red before).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardFunderColoursWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-dash-colours").on(file -> {
        PayungServices s = BreakdownData.open(file);
        s.funding().add(new FundingSource(0, "CSR-BANK-NTT", "CSR Bank NTT", FunderType.CSR, "53.10", true, null));
        s.enrollments().enrol(TestData.form("5310011203850007", "Benediktus", "CSR-BANK-NTT", YearMonth.of(2026, 1), null));
        return s;
    }).dashboardShown();

    @Test
    void everyFunderOfThePieHasAColourOfItsOwn(FxRobot robot) {
        PieChart pie = robot.lookup("#sharesChart").queryAs(PieChart.class);
        Pane legend = robot.lookup("#pieLegend").queryAs(Pane.class);
        waitUntil(() -> pie.getData().size() == 6 && legend.getChildren().size() == 6);
        List<String> slices = pie.getData().stream().map(d -> d.getNode().getStyle()).toList();
        assertThat(slices).doesNotHaveDuplicates();
        List<Object> legendColours = legend.getChildren().stream()
                .map(n -> ((Rectangle) ((Label) n).getGraphic()).getFill()).map(Object::toString).map(Object.class::cast)
                .toList();
        assertThat(legendColours).doesNotHaveDuplicates();
        List<Object> swatches = robot.lookup("#sharesTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && l.getGraphic() instanceof Rectangle)
                .map(n -> ((Rectangle) ((javafx.scene.control.Labeled) n).getGraphic()).getFill().toString())
                .map(Object.class::cast).toList();
        assertThat(swatches).hasSize(6).doesNotHaveDuplicates();
        // The slice's colour is its legend line's.
        for (int i = 0; i < 6; i++) {
            String style = slices.get(i);
            assertThat(javafx.scene.paint.Color.web(style.substring(style.indexOf('#'), style.indexOf(';'))).toString())
                    .isEqualTo(legendColours.get(i));
        }
        // A funder chosen on Per kecamatan: its bars in its own colour, the pie's, not its kind's.
        String bankSlice = pie.getData().stream().filter(d -> d.getName().startsWith("CSR Bank NTT")).findFirst()
                .orElseThrow().getNode().getStyle();
        String bankColour = bankSlice.substring(bankSlice.indexOf('#'), bankSlice.indexOf(';'));
        robot.clickOn("Per kecamatan");
        javafx.scene.control.ComboBox<FundingSource> funder = robot.lookup("#kecamatanFunder").queryComboBox();
        waitUntil(() -> funder.getItems().stream().anyMatch(f -> f != null && f.code().equals("CSR-BANK-NTT")));
        robot.interact(() -> funder.setValue(funder.getItems().stream()
                .filter(f -> f != null && f.code().equals("CSR-BANK-NTT")).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.XYChart<Number, String> bars = robot.lookup("#kecamatanChart").queryAs(javafx.scene.chart.XYChart.class);
        waitUntil(() -> !bars.getData().isEmpty() && !bars.getData().get(0).getData().isEmpty()
                && bars.getData().get(0).getData().get(0).getNode() != null
                && bars.getData().get(0).getData().get(0).getNode().getStyle().contains(bankColour));
    }
}
