package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.domain.GroupShare;
import id.payung.domain.KecamatanCoverage;
import id.payung.service.BreakdownData;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The dashboard's breakdowns and coverage in the real window, on the hand-counted 2026 of {@link BreakdownData}. */
@ExtendWith(ApplicationExtension.class)
// A whole-window scenario over 8 s: the full tier runs it, the fast edit-compile-test tier leaves it out.
@Tag("slow")
class DashboardWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-dashboard").on(BreakdownData::open).dashboardShown();

    @Test
    void theFundingTableAsksForARowPerFunder(FxRobot robot) {
        TableView<?> shares = robot.lookup("#sharesTable").queryTableView();
        waitUntil(() -> shares.getItems().size() >= 3);
        int n = shares.getItems().size();
        // Each row 26 px under its header: a fixed 130 px showed three of five funders at 1366×768 (trial 12); the
        // pie gives way down to its minimum (seen at 1366×768 and 1920×1080 under Xvfb).
        assertThat(shares.getPrefHeight()).as("%d funders", n).isGreaterThanOrEqualTo(26.0 * n + 26);
        assertThat(shares.getMinHeight()).as("not squeezed while the pie can give way").isEqualTo(shares.getPrefHeight());
        assertThat(shares.getFixedCellSize()).isEqualTo(26.0);
    }

    @Test
    void occupationBreakdownFollowsTheFunderFilter(FxRobot robot) {
        robot.clickOn("Per pekerjaan");
        // One regency's clerk: no per-regency tab (its one row would repeat the funding shares' total).
        assertThat(robot.lookup("Per kabupaten/kota").tryQuery()).isEmpty();
        TableView<GroupShare> table = robot.lookup("#occupationTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 6);

        assertThat(table.getItems()).extracting(GroupShare::participants).containsExactly(99L, 3L, 1L, 1L, 1L, 50L);
        assertThat(cellTexts(robot, "#occupationTable")).contains("Pedagang", "99", "63,9%", "Pengemudi ojek", "1,9%",
                "(pekerjaan tidak tercatat)", "32,3%");
        assertThat(robot.lookup("#occupationTotal").queryAs(Label.class).getText()).isEqualTo("Total: 155 peserta");
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#occupationChart").queryAs(BarChart.class);
        assertThat(chart.getData().get(0).getData()).hasSize(6);

        ComboBox<FundingSource> funder = robot.lookup("#occupationFunder").queryComboBox();
        robot.interact(() -> funder.setValue(funder.getItems().stream()
                .filter(f -> f != null && f.code().equals("MANDIRI")).findFirst().orElseThrow()));

        waitUntil(() -> table.getItems().size() == 3);
        assertThat(cellTexts(robot, "#occupationTable")).contains("Pengemudi ojek", "Buruh tani", "Tukang bangunan", "33,3%");
        assertThat(robot.lookup("#occupationTotal").queryAs(Label.class).getText()).isEqualTo("Total: 3 peserta");
        // One funder filter for both breakdowns: the kecamatan tab shows Mandiri too.
        robot.clickOn("Per kecamatan");
        TableView<GroupShare> kecamatan = robot.lookup("#kecamatanTable").queryTableView();
        waitUntil(() -> kecamatan.getItems().size() == 3);
        assertThat(kecamatan.getItems()).extracting(GroupShare::name).containsExactly("Langke Rembong", "Ruteng", "Wae Rii");
        assertThat(robot.lookup("#kecamatanFunder").queryComboBox().getValue()).isSameAs(funder.getValue());
    }

    @Test
    void barsKeepTheirNamesWhenTheYearChanges(FxRobot robot) {
        robot.clickOn("Per kecamatan");
        TableView<GroupShare> table = robot.lookup("#kecamatanTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 5);
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#kecamatanChart").queryAs(BarChart.class);
        javafx.scene.chart.CategoryAxis axis = (javafx.scene.chart.CategoryAxis) chart.getYAxis();

        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        robot.interact(() -> year.setValue(2025));
        waitUntil(() -> table.getItems().size() == 1);

        // The drawn tick labels, not only the axis's list: a replaced list once left the old names on screen.
        try {
            waitUntil(() -> axis.getTickMarks().stream().map(javafx.scene.chart.Axis.TickMark::getValue).toList()
                    .equals(java.util.List.of("(kecamatan tidak tercatat)")));
        } catch (AssertionError e) {
            throw new AssertionError("ticks " + axis.getTickMarks().stream().map(javafx.scene.chart.Axis.TickMark::getValue).toList()
                    + " categories " + axis.getCategories() + " auto " + axis.isAutoRanging(), e);
        }
        assertThat(chart.getData().get(0).getData()).singleElement()
                .satisfies(d -> assertThat(d.getXValue()).isEqualTo(5280L));
        // The bar carries its value; a lone "not recorded" bar says why (cohorts have no kecamatan).
        waitUntil(() -> robot.from(chart).lookup(".bar-value").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("5.280")));
        Label note = robot.lookup("#kecamatanOnlyUnknown").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("5.280", "kelompok");
        robot.interact(() -> year.setValue(2026));
        waitUntil(() -> table.getItems().size() == 5);
        assertThat(note.isVisible()).isFalse();
    }

    /**
     * 2025's participants are all in cohorts without an occupation: one bar "(pekerjaan tidak tercatat)" and a note
     * saying why. The note stands above the chart: laid over it, it covered the lone bar and its figure (new-user trial).
     */
    @Test
    void theNoteOfAnOccupationNotRecordedStandsAboveTheChartNotOverIt(FxRobot robot) {
        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        robot.interact(() -> year.setValue(2025));
        robot.clickOn("Per pekerjaan");
        TableView<GroupShare> table = robot.lookup("#occupationTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#occupationChart").queryAs(BarChart.class);
        Label note = robot.lookup("#occupationOnlyUnknown").queryAs(Label.class);
        waitUntil(() -> note.isVisible() && note.getHeight() > 0 && robot.from(chart).lookup(".bar-value")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("5.280")));
        robot.sleep(200); // the chart laid out below the note
        javafx.geometry.Bounds noteBounds = onFx(() -> note.localToScene(note.getBoundsInLocal()));
        javafx.geometry.Bounds chartBounds = onFx(() -> chart.localToScene(chart.getBoundsInLocal()));
        javafx.scene.Node bar = chart.getData().get(0).getData().get(0).getNode();
        javafx.geometry.Bounds barBounds = onFx(() -> bar.localToScene(bar.getBoundsInLocal()));
        assertThat(noteBounds.intersects(chartBounds)).as("note %s over the chart %s", noteBounds, chartBounds).isFalse();
        assertThat(noteBounds.intersects(barBounds)).as("note %s over the bar %s", noteBounds, barBounds).isFalse();
        assertThat(noteBounds.getMaxY()).isLessThanOrEqualTo(chartBounds.getMinY());
        assertThat(note.getText()).contains("5.280", "Pekerjaan belum tercatat");

        robot.interact(() -> year.setValue(2026));
        waitUntil(() -> table.getItems().size() == 6);
        assertThat(note.isVisible()).isFalse();
        assertThat(note.isManaged()).as("no room kept for it").isFalse();
    }

    @Test
    void theGrowthChartCarriesEachFundersCountAndEachYearsTotalWithoutOverlap(FxRobot robot) {
        robot.clickOn("Perkembangan per tahun");
        javafx.scene.chart.StackedBarChart<?, ?> chart = robot.lookup("#trendChart").queryAs(javafx.scene.chart.StackedBarChart.class);
        // The seeds' 2025: 4.280 from the province and 1.000 from the regency, 5.280 in all.
        waitUntil(() -> shownValues(robot, chart).stream().map(Label::getText).toList()
                .containsAll(List.of("4.280", "1.000", "5.280")));
        List<Label> shown = shownValues(robot, chart);
        for (int i = 0; i < shown.size(); i++) {
            javafx.geometry.Bounds a = shown.get(i).localToScene(shown.get(i).getBoundsInLocal());
            javafx.geometry.Bounds plot = chart.lookup(".chart-plot-background")
                    .localToScene(chart.lookup(".chart-plot-background").getBoundsInLocal());
            assertThat(plot.contains(a)).as("%s inside the plot", shown.get(i).getText()).isTrue();
            for (int j = i + 1; j < shown.size(); j++) {
                assertThat(a.intersects(shown.get(j).localToScene(shown.get(j).getBoundsInLocal())))
                        .as("%s and %s overlap", shown.get(i).getText(), shown.get(j).getText()).isFalse();
            }
        }
    }

    /**
     * F2: the Rupiah button shows the trend in rupiah (each year's cost per funder, the pie's Rupiah figures); on the
     * tabs that count participants only the buttons are off, with a tooltip saying why.
     */
    @Test
    void theRupiahViewShowsTheTrendInRupiahAndIsOffWhereItChangesNothing(FxRobot robot) {
        javafx.scene.layout.HBox unit = robot.lookup("#unitBox").queryAs(javafx.scene.layout.HBox.class);
        robot.clickOn("Per kecamatan");
        javafx.scene.control.ToggleButton rupiah = robot.lookup("#showRupiah").queryAs(javafx.scene.control.ToggleButton.class);
        waitUntil(rupiah::isDisabled);
        assertThat(unit.isDisabled()).as("the box keeps its tooltip working").isFalse();
        assertThat(unit.getProperties().get("javafx.scene.control.Tooltip")).isInstanceOfSatisfying(
                javafx.scene.control.Tooltip.class, t -> assertThat(t.getText()).contains("menghitung peserta saja"));
        robot.clickOn("Perkembangan per tahun");
        waitUntil(() -> !rupiah.isDisabled());
        assertThat(unit.getProperties().get("javafx.scene.control.Tooltip")).isNull();
        javafx.scene.chart.StackedBarChart<?, ?> chart = robot.lookup("#trendChart").queryAs(javafx.scene.chart.StackedBarChart.class);
        robot.clickOn("#showRupiah");
        // The seeds' 2025: the province's 4.280 and the regency's 1.000 for twelve months at Rp 16.800.
        waitUntil(() -> shownValues(robot, chart).stream().map(Label::getText).toList()
                .containsAll(List.of("Rp 862.848.000", "Rp 1.064.448.000")));
        assertThat(chart.getTitle()).isEqualTo("Biaya iuran setahun per sumber dana per tahun");
        assertThat(chart.getYAxis().getLabel()).isEqualTo("Biaya iuran setahun (Rp)");
        // Trial 19: the line above the tabs still said "Jumlah peserta … per sumber dana" over rupiah.
        Label help = robot.lookup("#dashboardHelp").queryAs(Label.class);
        assertThat(help.getText()).startsWith("Biaya iuran BPJS Ketenagakerjaan setahun dalam rupiah per sumber dana")
                .doesNotContain("Jumlah peserta");
        robot.clickOn("Per kecamatan");
        waitUntil(() -> help.getText().startsWith("Jumlah peserta")); // that tab counts participants whatever the view
        robot.clickOn("Perkembangan per tahun");
        waitUntil(() -> help.getText().contains("dalam rupiah"));
        robot.clickOn("#showCount");
        waitUntil(() -> shownValues(robot, chart).stream().map(Label::getText).toList().contains("5.280"));
        assertThat(chart.getTitle()).isEqualTo("Peserta per sumber dana per tahun");
        assertThat(help.getText()).startsWith("Jumlah peserta BPJS Ketenagakerjaan per sumber dana");
    }

    /** F17: under a filter nobody matches, the table says none match it, not that the year has nobody. */
    @Test
    void anEmptyFilterSaysNoneMatchIt(FxRobot robot) {
        TableView<?> shares = robot.lookup("#sharesTable").queryTableView();
        Label empty = (Label) shares.getPlaceholder(); // in the scene only while the table is empty
        assertThat(empty.getText()).isEqualTo("Belum ada peserta pada tahun ini.");
        ComboBox<id.payung.domain.Segment> segment = robot.lookup("#dashboardSegment").queryComboBox();
        ComboBox<id.payung.domain.Region> kecamatan = robot.lookup("#kecamatanChoice").queryComboBox();
        robot.interact(() -> kecamatan.setValue(kecamatan.getItems().stream()
                .filter(k -> k != null && k.name().equals("Wae Rii")).findFirst().orElseThrow()));
        robot.interact(() -> segment.setValue(id.payung.domain.Segment.PU));
        waitUntil(() -> shares.getItems().isEmpty());
        assertThat(robot.lookup("#sharesEmpty").queryAs(Label.class)).isSameAs(empty);
        assertThat(empty.getText()).isEqualTo("Tidak ada peserta yang sesuai saringan kecamatan/segmen pada tahun ini.");
    }

    private static List<Label> shownValues(FxRobot robot, javafx.scene.Node chart) {
        return robot.from(chart).lookup(".bar-value").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getWidth() > 0).toList();
    }

    @Test
    void kecamatanBreakdownFollowsTheDashboardFilters(FxRobot robot) {
        robot.clickOn("Per kecamatan");
        TableView<GroupShare> table = robot.lookup("#kecamatanTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 5);
        assertThat(table.getItems()).extracting(GroupShare::participants).containsExactly(100L, 2L, 2L, 1L, 50L);

        ComboBox<id.payung.domain.Segment> segment = robot.lookup("#dashboardSegment").queryComboBox();
        robot.interact(() -> segment.setValue(id.payung.domain.Segment.PU));

        waitUntil(() -> table.getItems().size() == 1);
        assertThat(cellTexts(robot, "#kecamatanTable")).contains("Cibal", "1", "100,0%");
    }

    @Test
    void enteringInformalWorkersShowsTheCoverage(FxRobot robot) {
        robot.clickOn("Cakupan (UCJ)");
        TableView<KecamatanCoverage> table = robot.lookup("#coverageTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);
        assertThat(robot.lookup("#coverageDefinition").queryAs(Label.class).getText()).contains("UCJ", "JKK+JKM", "× 100");
        assertThat(cellTexts(robot, "#coverageTable")).contains("Ruteng", "100", "—").doesNotContain("0,0%");

        robot.clickOn("#editDenominators");
        robot.clickOn("#denominator531003").write("2.020");
        robot.clickOn("#denominator531001").write("abc");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Oke")).queryButton());
        Label errors = robot.lookup("#denominatorErrors").queryAs(Label.class);
        waitUntil(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).isEqualTo("Wae Rii: tulis angka saja, misalnya 1.000.000.");
        assertThat(ui.services().coverage().denominators(2026)).isEmpty();

        robot.doubleClickOn("#denominator531001").write("40");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Oke")).queryButton());

        waitUntil(() -> table.getItems().stream().anyMatch(k -> k.informalWorkers() != null));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        // Ruteng: 100 of 2.020 = 5,0 % (Maria, one of the 100, counts in Langke Rembong); Wae Rii: 2 of 40 = 5,0 %; the other ten still have no number: "—".
        assertThat(cellTexts(robot, "#coverageTable")).contains("2.020", "40", "5,0%", "—");
        assertThat(table.getItems()).filteredOn(k -> k.percent() != null).hasSize(2);
        assertThat(robot.lookup("#coverageTotal").queryAs(Label.class).getText())
                .isEqualTo("Kabupaten: 154 terlindungi; cakupan — (jumlah pekerja informal belum diisi untuk 10 kecamatan)");
        assertThat(robot.lookup("#coverageRemark").queryAs(Label.class).getText()).startsWith("50 peserta");
        @SuppressWarnings("unchecked")
        BarChart<Number, String> chart = robot.lookup("#coverageChart").queryAs(BarChart.class);
        assertThat(chart.getData().get(0).getData()).extracting(d -> d.getYValue()).containsExactly("Wae Rii", "Ruteng");
        assertThat(ui.services().coverage().denominators(2026)).containsEntry("53.10.03", 2020L).containsEntry("53.10.01", 40L);
    }

    @Test
    void lastYearsNumbersFillTheEmptyFields(FxRobot robot) {
        ui.services().coverage().saveDenominators(2025, java.util.Map.of(BreakdownData.RUTENG, 1900L, BreakdownData.WAE_RII, 35L));
        robot.clickOn("Cakupan (UCJ)");
        TableView<KecamatanCoverage> table = robot.lookup("#coverageTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 12);

        robot.clickOn("#editDenominators");
        robot.clickOn("#denominator531003").write("2.020");
        robot.clickOn("#copyDenominators");

        javafx.scene.control.TextField waeRii = robot.lookup("#denominator531001").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> waeRii.getText().equals("35"));
        // What was typed stays; only empty fields take last year's number.
        assertThat(robot.lookup("#denominator531003").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("2.020");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Oke")).queryButton());

        waitUntil(() -> table.getItems().stream().filter(k -> k.percent() != null).count() == 2);
        assertThat(cellTexts(robot, "#coverageTable")).contains("35", "5,7%", "2.020", "5,0%");
    }

    private static java.util.List<String> cellTexts(FxRobot robot, String table) {
        return robot.lookup(table + " .table-row-cell .table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null).toList();
    }


    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
