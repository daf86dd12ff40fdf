package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import id.payung.ui.main.Screen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The real main window, headless: the dashboard's 2025 chart and table, navigation, language. */
@ExtendWith(ApplicationExtension.class)
// A whole-window scenario over 8 s: the full tier runs it, the fast edit-compile-test tier leaves it out.
@Tag("slow")
class MainWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-ui").dashboardShown();

    @Test
    void theRegisterIsBuiltHiddenWhileTheDashboardShowsAndItsShortcutsWaitForIt(FxRobot robot) {
        javafx.scene.Parent area = (javafx.scene.Parent) robot.lookup("#screenArea").query();
        javafx.scene.input.KeyCombination find = new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        waitUntil(() -> area.getChildrenUnmodifiable().stream().anyMatch(n ->
                n.getProperties().get(Screen.class) == Screen.ENROLLMENTS && !n.isVisible() && n.getOpacity() == 1));

        assertThat(area.getScene().getAccelerators()).as("Ctrl+F is the register's, not the dashboard's")
                .doesNotContainKey(find);
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        assertThat(area.getScene().getAccelerators()).containsKey(find);
        ScreenWaits.open(robot, Screen.DASHBOARD);
        assertThat(area.getScene().getAccelerators()).doesNotContainKey(find);
    }

    /**
     * Trial 19: Ctrl+N on the Dasbor did nothing and said nothing; it opened the new-participant form on Peserta only.
     * It is Berkas → Tambah peserta's, on every screen, and stays so after the register was shown and left.
     */
    @Test
    void ctrlNOpensTheNewParticipantFormFromEveryScreen(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menuNewEnrollment".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Tambah peserta…");
        assertThat(item.isDisable()).isFalse();

        for (Screen screen : new Screen[] {Screen.DASHBOARD, Screen.ENROLLMENTS, Screen.DASHBOARD, Screen.SETTINGS}) {
            ScreenWaits.open(robot, screen);
            robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.N)
                    .release(javafx.scene.input.KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#nikField").tryQuery().isPresent());
            assertThat(javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage s
                    && s.isShowing() && "Payung — Pendaftaran peserta baru".equals(s.getTitle()))).as(screen.name()).hasSize(1);
            robot.type(javafx.scene.input.KeyCode.ESCAPE); // nothing typed: closes without asking
            waitUntil(() -> robot.lookup("#nikField").tryQuery().isEmpty());
        }
    }

    @Test
    void dashboardShowsThe2025FundingShares(FxRobot robot) {
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 2);

        assertThat(chart.getData()).extracting(PieChart.Data::getName).containsExactly(
                "APBD Provinsi NTT\n4.280 (81,1%)", "APBD Kabupaten Manggarai\n1.000 (18,9%)");
        assertThat(chart.getData()).extracting(PieChart.Data::getPieValue).containsExactly(4280.0, 1000.0);
        TableView<?> table = robot.lookup("#sharesTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> c.getText()).contains("APBD Provinsi NTT", "4.280", "81,1%", "1.000", "18,9%");
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).isEqualTo("Total: 5.280 peserta");
        assertThat(robot.lookup("#yearChoice").queryComboBox().getValue()).isEqualTo(2025);
    }

    @Test
    void thePieCanShowRupiah(FxRobot robot) {
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 2);

        robot.clickOn("#showRupiah");

        waitUntil(() -> chart.getData().get(0).getPieValue() > 1_000_000);
        assertThat(chart.getData()).extracting(PieChart.Data::getPieValue).containsExactly(862_848_000.0, 201_600_000.0);
        assertThat(chart.getData().get(1).getName()).isEqualTo("APBD Kabupaten Manggarai\nRp 201.600.000 (18,9%)");
        assertThat(robot.lookup("#costLabel").queryAs(Label.class).getText())
                .as("Rp and its number kept on one line").isEqualTo("Biaya iuran setahun: Rp\u00a01.064.448.000");
        assertThat(robot.lookup("#governmentCostLabel").queryAs(Label.class).getText()).isEqualTo(
                "Di antaranya dibayar anggaran pemerintah (APBD provinsi, APBD kabupaten, APBDes, APBN): Rp\u00a01.064.448.000");
    }

    @Test
    void growthByYearAndAKecamatanFilter(FxRobot robot) {
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 2);

        robot.clickOn("Perkembangan per tahun");
        @SuppressWarnings("unchecked")
        javafx.scene.chart.StackedBarChart<String, Number> trend = robot.lookup("#trendChart")
                .queryAs(javafx.scene.chart.StackedBarChart.class);
        waitUntil(() -> trend.getData().size() == 2);
        assertThat(((javafx.scene.chart.CategoryAxis) trend.getXAxis()).getCategories()).containsExactly("2023", "2024", "2025");

        robot.clickOn("Porsi sumber dana");
        ComboBox<id.payung.domain.Region> kecamatan = robot.lookup("#kecamatanChoice").queryComboBox();
        robot.interact(() -> kecamatan.setValue(kecamatan.getItems().stream()
                .filter(r -> r != null && r.name().equals("Ruteng")).findFirst().orElseThrow()));
        // The seeded 2025 cohorts carry no kecamatan: nobody is known to live in Ruteng.
        waitUntil(() -> chart.getData().isEmpty());
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).isEqualTo("Total: 0 peserta");
    }

    @Test
    void theSeeded2025HasNoOccupationsAndOneFunderCanBeChosen(FxRobot robot) {
        robot.clickOn("Per pekerjaan");
        TableView<?> table = robot.lookup("#occupationTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        // The seeded cohorts are numbers without names: nobody's occupation is known.
        assertThat(robot.lookup("#occupationTable .table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> c.getText()).contains("(pekerjaan tidak tercatat)", "5.280", "100,0%");

        ComboBox<id.payung.domain.FundingSource> funder = robot.lookup("#occupationFunder").queryComboBox();
        robot.interact(() -> funder.setValue(funder.getItems().stream()
                .filter(f -> f != null && f.code().equals("APBD-KAB-MGR")).findFirst().orElseThrow()));

        waitUntil(() -> robot.lookup("#occupationTotal").queryAs(Label.class).getText().equals("Total: 1.000 peserta"));
    }

    @Test
    void choosingAnotherYearRedrawsTheChart(FxRobot robot) {
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 2);
        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();

        robot.interact(() -> year.setValue(2023));
        waitUntil(() -> chart.getData().size() == 1);

        assertThat(chart.getData().get(0).getName()).startsWith("APBD Kabupaten Manggarai\n1.000 (100,0%)");
    }

    @Test
    void navigatesToAwardsAndReadsTheCertificate(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AWARDS);
        Label presenter = robot.lookup("#eventPresenter").queryAs(Label.class);
        waitUntil(() -> presenter.getText() != null && !presenter.getText().isEmpty());

        assertThat(robot.lookup("#eventDate").queryAs(Label.class).getText()).isEqualTo("25/09/2025");
        assertThat(robot.lookup("#eventGiver").queryAs(Label.class).getText()).contains("Kemenko PMK", "Kemenaker", "Kemendagri");
        assertThat(presenter.getText()).startsWith("Arief Wahyudhi");
        assertThat(robot.lookup("#eventRecipient").queryAs(Label.class).getText()).startsWith("Fabianus Abu");
        assertThat(robot.lookup("#eventWitnesses").queryAs(Label.class).getText())
                .contains("Lambertus Paput", "Frederikus I. Dicky Jenarut", "Rommi Radjalangu");
    }

    @Test
    void enrollmentsAndFundingSourcesReadTheDatabase(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("Kelompok (jumlah)"); // a tab gets its content when first chosen
        TableView<?> cohorts = robot.lookup("#cohortsTable").queryTableView();
        waitUntil(() -> cohorts.getItems().size() == 4);

        ScreenWaits.open(robot, Screen.FUNDERS);
        TableView<?> sources = robot.lookup("#sourcesTable").queryTableView();
        waitUntil(() -> sources.getItems().size() == 6);
        robot.clickOn("Aturan iuran");
        assertThat(robot.lookup("#rulesTable").queryTableView().getItems()).isNotEmpty();
    }

    @Test
    void switchesToEnglishAndBack(FxRobot robot) {
        assertThat(robot.lookup("#dashboardNav").queryAs(ToggleButton.class).getText()).isEqualTo("Dasbor");
        ComboBox<String> language = robot.lookup("#languageChoice").queryComboBox();

        robot.interact(() -> language.setValue("English"));

        assertThat(robot.lookup("#dashboardNav").queryAs(ToggleButton.class).getText()).isEqualTo("Dashboard");
        assertThat(robot.lookup("#awardsNav").queryAs(ToggleButton.class).getText()).isEqualTo("Awards");
        ScreenWaits.shown(robot, Screen.DASHBOARD);
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 2);
        assertThat(chart.getTitle()).isEqualTo("Funding shares 2025");

        waitUntil(() -> robot.lookup("#languageChoice").tryQuery().isPresent());
        ComboBox<String> again = robot.lookup("#languageChoice").queryComboBox();
        robot.interact(() -> again.setValue("Bahasa Indonesia"));
        assertThat(robot.lookup("#dashboardNav").queryAs(ToggleButton.class).getText()).isEqualTo("Dasbor");
    }

    /** A clerk who switches the language on another screen stays on it (it jumped back to the dashboard). */
    @Test
    void switchingTheLanguageKeepsTheScreen(FxRobot robot) {
        ScreenWaits.open(robot, Screen.AWARDS);
        robot.interact(() -> robot.lookup("#languageChoice").queryComboBox().getSelectionModel().select("English"));
        ScreenWaits.shown(robot, Screen.AWARDS);
        assertThat(robot.lookup("#awardsNav").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#awardsNav").queryAs(ToggleButton.class).getText()).isEqualTo("Awards");
        robot.interact(() -> robot.lookup("#languageChoice").queryComboBox().getSelectionModel().select("Bahasa Indonesia"));
        ScreenWaits.shown(robot, Screen.AWARDS);
    }

}
