package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.service.TwoRegencies;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.TestEngine;
import java.util.List;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The dashboard's per-regency tab in the real window, on the two regencies of {@link TwoRegencies} on a server (an
 * SQLite file is one office's and has no regencies to set side by side).
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class RegencyWindowTest {
    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-regencies").on(file -> TwoRegencies.open(engine))
            .size(1000, 420).dashboardShown(); // small on purpose: rows below the fold are scrolled to, as CI showed (stop 37)

    @Test
    void twoRegenciesShowTheTabWithTheirRowsAndFunders(FxRobot robot) {
        robot.clickOn("Per kabupaten/kota");
        TreeTableView<?> table = robot.lookup("#regencyTable").queryAs(TreeTableView.class);
        // Every regency of the province (from the region list), those with none as 0 (trial 20a): 22 in NTT.
        waitUntil(() -> table.getRoot().getChildren().size() == 22);

        // Two regencies with their funders opened below them (a short table opens every regency).
        assertThat(cellTexts(robot)).containsSubsequence("Kabupaten Manggarai", "6", "150", "155", "87,1%",
                "APBD Kabupaten Manggarai", "1", "100", "100");
        // The second regency's rows may lie below the table's fold (names wrap; CI's stage size differs): scroll to it,
        // as a user would, before reading what is shown.
        robot.interact(() -> scrollTo(table, "name=Kabupaten Manggarai Barat"));
        waitUntil(() -> cellTexts(robot).contains("Kabupaten Manggarai Barat"));
        assertThat(cellTexts(robot)).containsSubsequence("Kabupaten Manggarai Barat", "3", "20", "23", "12,9%",
                "CSR / perusahaan donor", "20", "20", "APBD Provinsi NTT", "2", "2");
        assertThat(robot.lookup("#regencyTotal").queryAs(Label.class).getText()).isEqualTo("Total: 178 peserta");
        // What it costs per regency and funder, by the funding shares' rule, and over the province (trial 20a: only the
        // CLI's export had it).
        assertThat(robot.lookup("#regencyCost").queryAs(Label.class).getText())
                .matches("Biaya iuran setahun: Rp\u00a0[1-9][0-9.]*");
        assertThat(cellTexts(robot).stream().filter(t -> t.startsWith("Rp ")).count()).isGreaterThanOrEqualTo(7);
        assertThat(table.getRoot().getChildren()).anySatisfy(item -> assertThat(item.getValue().toString())
                .contains("name=Kota Kupang", "participants=0")); // none reported: listed with 0
        // The table's export beside the funder filter, whole (the help text beside it wraps instead).
        javafx.scene.control.Button export = robot.lookup("#exportRegencies").queryButton();
        assertThat(export.getText()).isEqualTo("Ekspor…");
        assertThat(export.isVisible() && export.getWidth() >= export.prefWidth(-1) - 0.5).isTrue();
        @SuppressWarnings("unchecked")
        StackedBarChart<Number, String> chart = robot.lookup("#regencyChart").queryAs(StackedBarChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName())
                .contains("APBD Provinsi", "APBD Kabupaten", "Mandiri", "CSR / donor", "APBDes / ADD");

        ComboBox<FundingSource> funder = robot.lookup("#regencyFunder").queryComboBox();
        robot.interact(() -> funder.setValue(funder.getItems().stream()
                .filter(f -> f != null && f.code().equals("APBD-PROV-NTT")).findFirst().orElseThrow()));
        waitUntil(() -> "Total: 52 peserta".equals(robot.lookup("#regencyTotal").queryAs(Label.class).getText()));
        robot.interact(() -> table.scrollTo(0));
        waitUntil(() -> cellTexts(robot).contains("Kabupaten Manggarai")); // the scroll is laid out on the next pulse
        assertThat(cellTexts(robot)).containsSubsequence("Kabupaten Manggarai", "50", "Kabupaten Manggarai Barat", "2");
    }

    /**
     * Trial 20a: a login reading several regencies chooses one (Kabupaten/kota) for the pie, the table and totals; the
     * kecamatan are named with their regency; the coverage's total is the province's; the per-regency chart has its year.
     */
    @Test
    void aProvinceChoosesOneRegencyAndSeesItsKecamatanNamedWithTheirRegency(FxRobot robot) {
        ComboBox<id.payung.domain.Region> regency = robot.lookup("#regencyChoice").queryComboBox();
        ComboBox<id.payung.domain.Region> kecamatan = robot.lookup("#kecamatanChoice").queryComboBox();
        javafx.scene.chart.PieChart pie = robot.lookup("#sharesChart").queryAs(javafx.scene.chart.PieChart.class);
        Label total = robot.lookup("#totalLabel").queryAs(Label.class);
        waitUntil(() -> regency.getItems().size() == 23 && "Total: 178 peserta".equals(total.getText()));
        assertThat(regency.isVisible()).isTrue();
        assertThat(robot.lookup("Kabupaten/kota").tryQuery()).isPresent();

        robot.interact(() -> regency.setValue(regency.getItems().stream()
                .filter(r -> r != null && r.code().equals(TwoRegencies.MANGGARAI_BARAT)).findFirst().orElseThrow()));
        waitUntil(() -> "Total: 23 peserta".equals(total.getText()));
        assertThat(pie.getTitle()).isEqualTo("Porsi sumber dana 2026 (Kabupaten Manggarai Barat)");
        // Only the regency's kecamatan are offered (this window's session lists Manggarai's: none of them).
        assertThat(kecamatan.getItems().stream().filter(k -> k != null).map(id.payung.domain.Region::code))
                .allSatisfy(code -> assertThat(code).startsWith("53.15."));
        robot.interact(() -> regency.setValue(regency.getItems().stream()
                .filter(r -> r != null && r.code().equals(TwoRegencies.MANGGARAI)).findFirst().orElseThrow()));
        waitUntil(() -> "Total: 155 peserta".equals(total.getText()));
        robot.interact(() -> kecamatan.setValue(kecamatan.getItems().stream()
                .filter(k -> k != null && k.code().equals("53.10.03")).findFirst().orElseThrow()));
        waitUntil(() -> "Ruteng (Kabupaten Manggarai)".equals(kecamatan.getButtonCell().getText()));
        waitUntil(() -> pie.getTitle().equals("Porsi sumber dana 2026 (Kabupaten Manggarai, Kecamatan Ruteng)"));

        robot.clickOn("Per kabupaten/kota");
        @SuppressWarnings("unchecked")
        StackedBarChart<Number, String> chart = robot.lookup("#regencyChart").queryAs(StackedBarChart.class);
        waitUntil(() -> "Peserta per kabupaten/kota 2026".equals(chart.getTitle()));
        robot.clickOn("Cakupan (UCJ)");
        Label coverage = robot.lookup("#coverageTotal").queryAs(Label.class);
        waitUntil(() -> coverage.getText() != null && !coverage.getText().isEmpty());
        assertThat(coverage.getText()).startsWith("Provinsi: ");
    }

    private static <T> void scrollTo(TreeTableView<T> table, String regency) {
        table.scrollTo(table.getRow(table.getRoot().getChildren().stream()
                .filter(i -> i.getValue().toString().contains(regency)).findFirst().orElseThrow()));
    }

    /** The texts shown, row by row in the table's order (a virtual flow reuses rows: scene order is not row order). */
    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#regencyTable .tree-table-row-cell").queryAllAs(javafx.scene.control.TreeTableRow.class)
                .stream().filter(row -> row.isVisible() && !row.isEmpty())
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.TreeTableRow::getIndex))
                .flatMap(row -> row.getChildrenUnmodifiable().stream())
                .filter(TreeTableCell.class::isInstance).map(c -> ((TreeTableCell<?, ?>) c).getText())
                .filter(t -> t != null && !t.isEmpty()).toList();
    }
}
