package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.Region;
import id.payung.service.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import id.payung.ui.enrollments.RegisterLine;
import id.payung.ui.main.Screen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A clerk's day, headless: type enrollments into the form (a wrong NIK is refused), find one with the
 * search box, correct it, and see the dashboard count it.
 */
@ExtendWith(ApplicationExtension.class)
// A whole-window scenario over 8 s: the full tier runs it, the fast edit-compile-test tier leaves it out.
@Tag("slow")
class RegisterWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-register").dashboardShown();

    @Test
    @Tag("slow")
    void enterFindCorrectAndCount(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isPresent());

        // A NIK mangled by Excel is refused with a message that says so.
        robot.clickOn("#nikField").write("5.31001E+15");
        robot.clickOn("#nameField").write("Maria Jelita");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> problemText(robot).contains("Excel"));
        assertThat(ui.services().register().counts(id.payung.domain.RegisterFilter.all()).total()).isZero();

        // The right NIK fills sex and birth date; choose place, work and funder; Ctrl+Enter saves and clears.
        TextField nik = robot.lookup("#nikField").queryAs(TextField.class);
        robot.interact(() -> nik.setText(""));
        robot.clickOn("#nikField").write("5310015204850001");
        choose(robot, "#regionChoice", Region.class, r -> r.name().equals("Langke Rembong"));
        choose(robot, "#occupationChoice", Occupation.class, o -> o.code().equals("PEDAGANG"));
        choose(robot, "#funderChoice", FundingSource.class, f -> f.code().equals("APBD-KAB-MGR"));
        robot.interact(() -> robot.lookup("#firstMonthField").queryAs(TextField.class).setText("01/2026"));
        robot.clickOn("#nameField");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(nik.getText()).isEmpty();

        // The next person: funder, period and place are kept; Enter saves and closes.
        robot.clickOn("#nikField").write("5310011205850002");
        robot.clickOn("#nameField").write("Yohanes Jehadu");
        choose(robot, "#occupationChoice", Occupation.class, o -> o.code().equals("OJEK"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 2);
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isEmpty());
        // The status line says who was saved, for which funder and months.
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        waitUntil(() -> notice.getText().startsWith("Tersimpan: Yohanes Jehadu — APBD Kabupaten Manggarai, 01/2026–"));

        // Find Maria by name; the NIK is masked.
        robot.clickOn("#registerSearch").write("maria");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("#registerCounts").queryAs(Label.class).getText()).startsWith("1 dari 2 pendaftaran");
        assertThat(robot.lookup("531001********01").tryQuery()).isPresent();

        // Correct her name.
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editEnrollment");
        waitUntil(() -> robot.lookup("#nameField").tryQuery().map(n -> ((TextField) n).getText().equals("Maria Jelita"))
                .orElse(false));
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.interact(() -> name.setText("Maria Goreti Jelita"));
        robot.clickOn("#nameField").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("Maria Goreti Jelita").tryQuery().isPresent());

        // The dashboard counts both for the regency in 2026.
        ScreenWaits.open(robot, Screen.DASHBOARD);
        ComboBox<Integer> year = robot.lookup("#yearChoice").queryComboBox();
        waitUntil(() -> year.getItems().contains(2026));
        robot.interact(() -> year.setValue(2026));
        PieChart chart = robot.lookup("#sharesChart").queryAs(PieChart.class);
        waitUntil(() -> chart.getData().size() == 1 && chart.getData().get(0).getPieValue() == 2.0);
        assertThat(chart.getData().get(0).getName()).startsWith("APBD Kabupaten Manggarai\n2 (100,0%)");
    }

    @Test
    void anotherPageClearsTheSelectionWhileARevealedNikKeepsIt(FxRobot robot) throws IOException {
        Path csv = ui.dir().resolve("demo.csv");
        try (var w = Files.newBufferedWriter(csv)) {
            id.payung.service.DemoData.writeCsv(w, 130, 7);
        }
        ui.services().imports().importFile(csv, id.payung.service.importing.ImportOptions.defaults(),
                id.payung.service.importing.ImportService.Progress.NONE);
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 100);

        // The same enrollment with its NIK shown: the line stays selected.
        robot.interact(() -> table.getSelectionModel().select(3));
        long chosen = ((RegisterLine) table.getSelectionModel().getSelectedItem()).row().id();
        robot.clickOn("#revealNik");
        waitUntil(() -> ((RegisterLine) table.getItems().get(3)).row().revealed());
        assertThat(((RegisterLine) table.getSelectionModel().getSelectedItem()).row().id()).isEqualTo(chosen);

        // The next page puts other enrollments on the same lines: nothing may stay selected, or Edit and
        // Delete would act on whoever now sits on line 4.
        robot.clickOn("#nextPage");
        waitUntil(() -> table.getItems().size() == 30);
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
        assertThat(robot.lookup("#editEnrollment").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#deleteEnrollment").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aDuplicatePeriodIsRefusedWithTheExistingEnrollmentNamed(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria",
                "APBD-KAB-MGR", java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isPresent());

        robot.clickOn("#nikField").write("5310015204850001");
        waitUntil(() -> robot.lookup("#knownPerson").queryAs(Label.class).isVisible());
        choose(robot, "#occupationChoice", Occupation.class, o -> o.code().equals("PEDAGANG"));
        choose(robot, "#funderChoice", FundingSource.class, f -> f.code().equals("MANDIRI"));
        robot.interact(() -> robot.lookup("#firstMonthField").queryAs(TextField.class).setText("06/2026"));
        robot.clickOn("#nameField").type(KeyCode.ENTER);

        waitUntil(() -> problemText(robot).contains("APBD Kabupaten Manggarai, 01/2026–12/2026"));
        assertThat(robot.lookup("#openConflict").queryAs(javafx.scene.control.Hyperlink.class).isVisible()).isTrue();
    }

    @Test
    void aKnownNikFillsInTheirCurrentDataAndShowsWhatWillChangeBeforeSaving(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Maria Jelita",
                "APBD-KAB-MGR", java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isPresent());
        // What a previous entry might have left: another village, a name typed before the NIK.
        choose(robot, "#regionChoice", Region.class, r -> r.name().equals("Wae Rii"));
        robot.clickOn("#nameField").write("Mar");

        robot.clickOn("#nikField").write("5310015204850001");

        waitUntil(() -> robot.lookup("#knownPerson").queryAs(Label.class).isVisible());
        waitUntil(() -> "Maria Jelita".equals(robot.lookup("#nameField").queryAs(TextField.class).getText()));
        assertThat(regionShown(robot)).isEqualTo("Langke Rembong");
        assertThat(robot.lookup("#occupationChoice").queryAs(ComboBox.class).getValue()).extracting("code").isEqualTo("OJEK");
        assertThat(robot.lookup("#phoneField").queryAs(TextField.class).getText()).isEqualTo("081234567890");
        assertThat(robot.lookup("#personChanges").queryAs(Label.class).isVisible()).isFalse();

        // She moved: the form says so plainly before saving.
        choose(robot, "#regionChoice", Region.class, r -> r.name().equals("Wae Rii"));
        waitUntil(() -> robot.lookup("#personChanges").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#personChanges").queryAs(Label.class).getText())
                .contains("Desa/Kelurahan: Langke Rembong → Wae Rii").contains("tempat lamanya");
        choose(robot, "#funderChoice", FundingSource.class, f -> f.code().equals("APBD-KAB-MGR"));
        robot.interact(() -> robot.lookup("#firstMonthField").queryAs(TextField.class).setText("01/2027"));
        robot.clickOn("#nameField").type(KeyCode.ENTER);

        waitUntil(() -> ui.services().register().counts(id.payung.domain.RegisterFilter.all()).total() == 2);
        assertThat(ui.services().enrollments().personByNik("5310015204850001").orElseThrow().regionCode()).isEqualTo("53.10.01");
        var rows = ui.services().register().page(id.payung.domain.RegisterFilter.all(),
                new id.payung.domain.RegisterSort(id.payung.domain.RegisterSort.Column.FIRST_MONTH, true), null, 10).rows();
        assertThat(rows).extracting(id.payung.domain.EnrollmentSummary::kecamatanName)
                .as("2026 stays where its enrollment was made").containsExactly("Langke Rembong", "Wae Rii");
    }

    private static String regionShown(FxRobot robot) {
        Object value = robot.lookup("#regionChoice").queryAs(ComboBox.class).getValue();
        return value == null ? null : ((Region) value).name();
    }

    @Test
    void anEmptyTableSaysWhyItIsEmpty(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        Label counts = robot.lookup("#registerCounts").queryAs(Label.class);
        waitUntil(() -> !counts.getText().isEmpty());
        assertThat(counts.getText()).isEqualTo("Belum ada pendaftaran").doesNotContain("0 dari 0");
        assertThat(robot.lookup("#registerEmpty").queryAs(Label.class).getText()).startsWith("Belum ada peserta bernama");

        ui.services().enrollments().enrol(TestData.form("5310015204850001", "Theresia Nabu", "MANDIRI",
                java.time.YearMonth.of(2026, 1), null));
        ScreenWaits.open(robot, Screen.DASHBOARD);
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        waitUntil(() -> counts.getText().equals("Semua 1 pendaftaran"));
        robot.clickOn("#registerSearch").write("Yohanes");
        waitUntil(() -> counts.getText().startsWith("0 dari 1 pendaftaran"));
        assertThat(robot.lookup("#registerEmpty").queryAs(Label.class).getText())
                .startsWith("Tidak ada pendaftaran yang cocok dengan pencarian atau filter");
    }

    @Test
    void aSexThatDisagreesWithTheNikPointsToTheFillFromNikButton(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isPresent());
        // 52 in the day's place: a woman. The form fills P; the clerk then picks L.
        robot.clickOn("#nikField").write("5310015204850001");
        robot.clickOn("#nameField").write("Maria Jelita");
        choose(robot, "#sexChoice", id.payung.domain.Sex.class, s -> s == id.payung.domain.Sex.L);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> problemText(robot).contains("NIK menunjukkan jenis kelamin"));
        // The problem's words are the import's and the command line's too; only the form names its button.
        assertThat(problemText(robot)).contains("periksa mana yang benar").contains("Tekan \"Isi dari NIK\" (Alt+I) bila NIK benar.");
    }

    private static String problemText(FxRobot robot) {
        VBox box = robot.lookup("#problemsBox").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, Class<T> type, java.util.function.Predicate<T> which) {
        ComboBox<T> combo = robot.lookup(id).queryAs(ComboBox.class);
        // Null is a choice of some lists (the occupation "(tidak diketahui)"): not the one looked for.
        robot.interact(() -> combo.setValue(combo.getItems().stream().filter(java.util.Objects::nonNull).filter(which)
                .findFirst().orElseThrow()));
    }

}
