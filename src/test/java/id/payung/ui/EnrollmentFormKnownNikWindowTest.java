package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 16 H1 typed as the clerk typed it: Peserta, Ctrl+N, a registered NIK, Tab, the name from the paper list.
 * The form had filled the name in and the caret stood after it, so "Kornelis JehautKornelis Jehaut" was saved for
 * all of his years with Ctrl+Enter. Now the filled name is selected and typed over, and a name that does differ
 * is asked about first, Cancel the default.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class EnrollmentFormKnownNikWindowTest {
    private static final String NIK = "5310011203850001";

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-knownnik").dashboardShown();

    @BeforeEach
    void registerKornelis() {
        ui.services().enrollments().enrol(TestData.form(NIK, "Kornelis Jehaut", "APBD-KAB-MGR", YearMonth.of(2026, 12),
                YearMonth.of(2027, 11)));
    }

    /** Peserta → Ctrl+N → the NIK → Tab → the name, key by key, typed after the form filled him in. */
    private TextField typeNikTabName(FxRobot robot, String name) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        // The trial's look-up answered after the Tab (a busy PC): the name field had the focus when it was filled.
        // Reads run in turn, so one held here holds the NIK's look-up until the name field has the focus.
        CountDownLatch lookUpHeld = new CountDownLatch(1);
        ui.tasks().read(() -> lookUpHeld.await(30, TimeUnit.SECONDS), x -> { });
        // TestFX writes into the window it last aimed at: the form's, where the keyboard is (no click: not the trial's).
        robot.targetWindow(robot.lookup("#nikField").query().getScene().getWindow());
        robot.write(NIK);
        robot.type(KeyCode.TAB);
        TextField nameField = robot.lookup("#nameField").queryAs(TextField.class);
        waitUntil(nameField::isFocused);
        assertThat(nameField.getText()).as("not yet filled in").isEmpty();
        lookUpHeld.countDown();
        // The clerk's next key comes after the look-up answered: the form has filled him in.
        Label known = robot.lookup("#knownPerson").queryAs(Label.class);
        waitUntil(() -> known.isVisible() && known.getText().contains("Kornelis Jehaut"));
        robot.write(name);
        return nameField;
    }

    /** The funder (not what this is about), then Mulai 12/2027 typed over, then Ctrl+Enter, as in the trial. */
    private static void nextYearCtrlEnter(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<FundingSource> funder = robot.lookup("#funderChoice").queryAs(ComboBox.class);
        robot.interact(() -> funder.setValue(funder.getItems().stream().filter(f -> f.code().equals("APBD-KAB-MGR"))
                .findFirst().orElseThrow()));
        robot.doubleClickOn("#firstMonthField");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("12/2027");
        waitUntil(() -> "11/2028".equals(robot.lookup("#lastMonthField").queryAs(TextField.class).getText()));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    private String registeredName() {
        return ui.services().enrollments().personByNik(NIK).orElseThrow().fullName();
    }

    private int enrollments() {
        long id = ui.services().enrollments().personByNik(NIK).orElseThrow().id();
        return ui.services().enrollments().history(id).enrollments().size();
    }

    @Test
    void theNameRetypedAfterTheNikReplacesTheFilledNameAndCtrlEnterSavesHimUnchanged(FxRobot robot) {
        TextField name = typeNikTabName(robot, "Kornelis Jehaut");

        assertThat(name.getText()).isEqualTo("Kornelis Jehaut");
        nextYearCtrlEnter(robot);
        waitUntil(() -> enrollments() == 2);
        assertThat(registeredName()).isEqualTo("Kornelis Jehaut");
        assertThat(question(robot)).as("the same name is no change to ask about").isNull();
        // Save and new: the form is empty for the next person.
        waitUntil(() -> robot.lookup("#nikField").queryAs(TextField.class).getText().isEmpty());
    }

    @Test
    void aClickIntoAFilledFieldSelectsItSoTypingReplacesIt(FxRobot robot) {
        typeNikTabName(robot, "Kornelis Jehaut");

        robot.clickOn("#birthPlaceField");
        robot.write("Ruteng");
        assertThat(robot.lookup("#birthPlaceField").queryAs(TextField.class).getText()).isEqualTo("Ruteng");
    }

    @Test
    void anotherNameAsksFirstAndTheDefaultCancelKeepsTheRegisteredName(FxRobot robot) {
        typeNikTabName(robot, "Yohanes Jehalu");
        nextYearCtrlEnter(robot);

        waitUntil(() -> question(robot) != null);
        assertThat(question(robot).getContentText())
                .contains("Nama terdaftar 'Kornelis Jehaut' akan diganti menjadi 'Yohanes Jehalu' untuk semua tahun.")
                .contains("Lanjutkan?");
        robot.type(KeyCode.ENTER); // the default: Cancel
        waitUntil(() -> question(robot) == null);
        assertThat(registeredName()).isEqualTo("Kornelis Jehaut");
        assertThat(enrollments()).as("nothing saved").isEqualTo(1);
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).as("back in the form")
                .isEqualTo("Yohanes Jehalu");

        // Said yes to, the clerk renames him for all years.
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> question(robot) != null);
        DialogPane asked = question(robot);
        robot.clickOn(asked.lookupButton(asked.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
        waitUntil(() -> enrollments() == 2);
        assertThat(registeredName()).isEqualTo("Yohanes Jehalu");
    }

    private static DialogPane question(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing())
                .filter(d -> "Mengubah data orang yang sudah terdaftar?".equals(d.getHeaderText())).findFirst().orElse(null);
    }
}
