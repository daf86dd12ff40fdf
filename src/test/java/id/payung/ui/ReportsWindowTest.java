package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.TestData;
import id.payung.ui.reports.ReportsView;
import id.payung.ui.reports.ReportsViewModel;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The reports screen, headless, saving where a stub "save as" answers (in a temporary folder). */
@ExtendWith(ApplicationExtension.class)
// A whole-window scenario over 8 s: the full tier runs it, the fast edit-compile-test tier leaves it out.
@Tag("slow")
class ReportsWindowTest {
    private final List<String> asked = new ArrayList<>();
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-reports").on(file -> {
        PayungServices s = PayungServices.open(file, true, TestData.CLOCK);
        s.enrollments().enrol(TestData.form("5310015204850001", "Maria Goreti", "APBD-KAB-MGR",
                YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
        s.enrollments().enrol(TestData.form("5310015204850001", "Maria Goreti", "MANDIRI", YearMonth.of(2026, 3), null));
        return s;
    }).size(1100, 760).showing(ui -> {
        ReportsView.SaveTarget stub = (owner, name, filters) -> {
            asked.add(name);
            return Optional.of(ui.dir().resolve(name));
        };
        FXMLLoader loader = new FXMLLoader(ReportsView.class.getResource("/id/payung/ui/reports/ReportsView.fxml"),
                I18n.bundle(I18n.INDONESIAN));
        loader.setControllerFactory(type -> new ReportsView(new ReportsViewModel(ui.services(), ui.tasks(), TestData.CLOCK),
                ui.tasks(), stub));
        return loader.load();
    });

    @Test
    void transitionTableAndReadinessPdfOfAChosenYear(FxRobot robot) throws Exception {
        TableView<?> transitions = robot.lookup("#transitionTable").queryTableView();
        waitUntil(() -> transitions.getItems().size() == 1); // 2026: Maria's regency funding ended in 2025
        Label tariffs = robot.lookup("#tariffs").queryAs(Label.class);
        assertThat(tariffs.getText()).contains("Rp 8.400").contains("Rp 126.000");
        // Trial 18 L12: said before printing, where the print buttons are, what Pengaturan leaves empty.
        Label gap = robot.lookup("#printGap").queryAs(Label.class);
        assertThat(gap.isVisible()).isTrue();
        assertThat(gap.getText()).startsWith("NIP kepala dinas").contains("Pengaturan", "titik-titik");

        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#reportsYear").queryAs(ComboBox.class);
        robot.interact(() -> year.setValue(2025));
        robot.clickOn("#readinessTab");
        TableView<?> readiness = robot.lookup("#readinessTable").queryTableView();
        waitUntil(() -> readiness.getItems().size() > 3);

        robot.clickOn("#printReadiness");
        Path pdf = ui.dir().resolve("kesiapan-penghargaan-2025.pdf");
        Label saved = robot.lookup("#reportSaved").queryAs(Label.class);
        waitUntil(() -> saved.getText() != null && saved.getText().contains(pdf.toString()));
        assertThat(asked).containsExactly("kesiapan-penghargaan-2025.pdf");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("RINGKASAN KESIAPAN PENGHARGAAN")
                    .contains("keadaan tahun 2025").contains("2025 5.280 +4.280");
        }
    }

    @Test
    void annexWithFullNikOnlyAfterConfirming(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<id.payung.domain.FundingSource> funder = robot.lookup("#annexFunder").queryAs(ComboBox.class);
        waitUntil(() -> !funder.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#reportsYear").queryAs(ComboBox.class);
        robot.interact(() -> {
            year.setValue(2025);
            funder.setValue(funder.getItems().stream().filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst().orElseThrow());
        });
        robot.clickOn("#annexFullNik");
        robot.clickOn("#printAnnex");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));

        Path pdf = ui.dir().resolve("lampiran-apbd-kab-mgr-2025.pdf");
        Label saved = robot.lookup("#reportSaved").queryAs(Label.class);
        waitUntil(() -> saved.getText() != null && saved.getText().startsWith("1 peserta dicetak"));
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("LAMPIRAN KEPUTUSAN BUPATI MANGGARAI")
                    .contains("Maria Goreti").contains("5310015204850001");
        }
    }

    @Test
    void benefitsPaidAreRecordedFromTheScreen(FxRobot robot) {
        robot.clickOn("#readinessTab");
        TableView<?> readiness = robot.lookup("#readinessTable").queryTableView();
        waitUntil(() -> readiness.getItems().size() > 3);
        robot.clickOn("#addBenefit");
        waitUntil(() -> robot.lookup("#benefitAmount").tryQuery().isPresent());
        robot.clickOn("#benefitCount").eraseText(1).write("3");
        robot.clickOn("#benefitAmount").write("126.000.000");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntil(() -> readiness.getItems().stream().map(Object::toString)
                .anyMatch(r -> r.contains("JKM") && r.contains("Rp 420.000.000"))); // the seeded 7 × Rp 42.000.000 + this
        assertThat(ui.services().benefits().ofYear(2026)).hasSize(8)
                .anySatisfy(c -> assertThat(c.beneficiaries()).isEqualTo(3));
    }

    /**
     * Trial 19: the Lampiran funder was emptied each time the clerk came back to Laporan (the main window reloads the
     * screen), and the hint "Pilih sumber dana untuk lampiran." stayed after a funder was picked.
     */
    @Test
    void theAnnexFunderIsKeptWhenComingBackAndTheHintGoesOncePicked(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<id.payung.domain.FundingSource> funder = robot.lookup("#annexFunder").queryAs(ComboBox.class);
        waitUntil(() -> funder.getValue() != null); // the first funder at first
        robot.interact(() -> funder.setValue(funder.getItems().stream().filter(f -> f.code().equals("MANDIRI"))
                .findFirst().orElseThrow()));
        Runnable reload = (Runnable) robot.lookup(".page").query().getProperties().get(id.payung.ui.main.MainView.RELOAD);
        Object before = funder.getItems().get(0);
        robot.interact(reload); // what the main window does when the clerk comes back to Laporan
        waitUntil(() -> funder.getItems().get(0) != before); // read again: new objects
        robot.interact(() -> { });
        assertThat(funder.getValue()).isNotNull().extracting(f -> f.code()).isEqualTo("MANDIRI");
        assertThat(funder.getItems()).contains(funder.getValue());

        robot.interact(() -> funder.setValue(null));
        robot.clickOn("#printAnnex");
        Label saved = robot.lookup("#reportSaved").queryAs(Label.class);
        assertThat(saved.getText()).isEqualTo("Pilih sumber dana untuk lampiran.");
        robot.interact(() -> funder.setValue(funder.getItems().get(0)));
        assertThat(saved.getText()).isEmpty();
    }

    /**
     * Trial 19: at a laptop's width the readiness line of the funders without participants this year was cut
     * ("…yang berpeserta pada tah…") with no tooltip; it wraps now, its row as tall as its lines.
     */
    @Test
    void theLongReadinessValueWrapsInsteadOfBeingCut(FxRobot robot) {
        robot.clickOn("#readinessTab");
        TableView<?> readiness = robot.lookup("#readinessTable").queryTableView();
        waitUntil(() -> readiness.getItems().size() > 3);
        waitUntil(() -> robot.lookup(".table-cell").queryAll().stream().anyMatch(c -> c instanceof javafx.scene.control.TableCell<?, ?> t
                && t.getText() != null && t.getText().startsWith("Perhatian: belum ada peserta 2026")));
        robot.interact(() -> { });
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".table-cell").queryAll().stream()
                .map(c -> (javafx.scene.control.TableCell<?, ?>) c)
                .filter(t -> t.getText() != null && t.getText().startsWith("Perhatian: belum ada peserta 2026"))
                .findFirst().orElseThrow();
        assertThat(cell.getGraphic()).as("shown as wrapping text").isInstanceOf(javafx.scene.text.Text.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.getGraphic();
        assertThat(shown.getText()).isEqualTo(cell.getText()).contains("APBD Provinsi NTT");
        double line = new javafx.scene.text.Text("Perhatian").getLayoutBounds().getHeight();
        assertThat(shown.getLayoutBounds().getHeight()).as("more than one line").isGreaterThan(1.5 * line);
        assertThat(cell.getHeight()).as("the row holds all its lines").isGreaterThanOrEqualTo(shown.getLayoutBounds().getHeight());
    }
}
