package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.domain.Occupation;
import id.payung.domain.Region;
import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Pendaftaran form typed as the clerk of trial 14 typed it: a desa typed over a kept one (F3), Enter then
 * Ctrl+N (F5), the funder by letters (F12), Esc on a half-filled form and the field widths (F14), the register's
 * search to its first result and the Ubah form without "save and new" (F11, F14).
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class EnrollmentFormTypingWindowTest {
    private static final String POCO = "53.10.01.2003";
    private static final String DESA_WAE_RII = "53.10.01.2015";

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-formtyping").dashboardShown();

    private static void openForm(FxRobot robot) {
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static String code(Object value) {
        return value instanceof Region r ? r.code() : value instanceof Occupation o ? o.code()
                : value instanceof FundingSource f ? f.code() : null;
    }

    @Test
    void enterThenCtrlNKeepsTheListAndWaeRiiTypedOverPocoIsDesaWaeRii(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        openForm(robot);
        ComboBox<Region> desa = combo(robot, "#regionChoice");
        ComboBox<Occupation> occupation = combo(robot, "#occupationChoice");
        ComboBox<FundingSource> funder = combo(robot, "#funderChoice");
        robot.interact(() -> {
            robot.lookup("#nikField").queryAs(TextField.class).setText("5310011203850001");
            robot.lookup("#nameField").queryAs(TextField.class).setText("Yohanes Jehalu");
            desa.setValue(desa.getItems().stream().filter(r -> r.code().equals(POCO)).findFirst().orElseThrow());
            occupation.setValue(occupation.getItems().stream().filter(o -> o != null && o.code().equals("PETANI")).findFirst()
                    .orElseThrow());
            robot.lookup("#firstMonthField").queryAs(TextField.class).setText("01/2027");
        });
        // Sumber dana by letters: "des" is the village budget (F12).
        robot.interact(funder::requestFocus);
        robot.type(KeyCode.D, KeyCode.E, KeyCode.S);
        waitUntil(() -> "APBDES-MGR".equals(code(funder.getValue())));

        // Enter saves and closes; Ctrl+N opens the next with what the list had (F5).
        robot.clickOn("#nameField").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isEmpty());
        waitUntil(() -> ui.services().enrollments().personByNik("5310011203850001").isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        ComboBox<Region> nextDesa = combo(robot, "#regionChoice");
        assertThat(code(nextDesa.getValue())).isEqualTo(POCO);
        assertThat(code(combo(robot, "#funderChoice").getValue())).isEqualTo("APBDES-MGR");
        assertThat(robot.lookup("#firstMonthField").queryAs(TextField.class).getText()).isEqualTo("01/2027");
        assertThat(robot.lookup("#lastMonthField").queryAs(TextField.class).getText()).isEqualTo("12/2027");
        Label kept = robot.lookup("#keptNotice").queryAs(Label.class);
        assertThat(kept.isVisible()).isTrue();
        assertThat(kept.getText()).startsWith("Diambil dari isian terakhir").contains("Poco").contains("01/2027");

        // F3: Tab from No. HP into Desa/Kelurahan, "wae rii", Tab: desa Wae Rii, not the kept Poco.
        robot.clickOn("#phoneField").type(KeyCode.TAB);
        waitUntil(() -> nextDesa.isFocused() || nextDesa.isShowing());
        robot.type(KeyCode.W, KeyCode.A, KeyCode.E, KeyCode.SPACE, KeyCode.R, KeyCode.I, KeyCode.I);
        waitUntil(() -> DESA_WAE_RII.equals(code(nextDesa.getValue()))); // the highlight is on it as typed
        robot.type(KeyCode.TAB);
        ComboBox<Occupation> nextOccupation = combo(robot, "#occupationChoice");
        waitUntil(() -> !nextDesa.isShowing());
        assertThat(code(nextDesa.getValue())).isEqualTo(DESA_WAE_RII);

        // The occupation list answers the same way: "petani" is Petani, not a name holding it further down.
        waitUntil(() -> nextOccupation.isFocused() || nextOccupation.isShowing());
        robot.type(KeyCode.P, KeyCode.E, KeyCode.T, KeyCode.A, KeyCode.N, KeyCode.I, KeyCode.TAB);
        waitUntil(() -> !nextOccupation.isShowing());
        assertThat(code(nextOccupation.getValue())).isEqualTo("PETANI");

        // Esc now asks (F14); the default answer goes back to the form with what was typed.
        robot.clickOn("#nameField").write("Maria");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> discardQuestion(robot) != null);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> discardQuestion(robot) == null);
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("Maria");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> discardQuestion(robot) != null);
        robot.clickOn(discardQuestion(robot).lookupButton(discardQuestion(robot).getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst()
                .orElseThrow()));
        waitUntil(() -> robot.lookup("#nikField").tryQuery().isEmpty());
        assertThat(ui.services().enrollments().personByNik("5310015507900002")).isEmpty();
    }

    @Test
    void dsDotPocoThenTabIsDesaPocoAsTheImportReadsIt(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        openForm(robot);
        ComboBox<Region> desa = combo(robot, "#regionChoice");
        assertThat(desa.getValue()).isNull();

        // "Ds. Poco" as a village writes it: the prefix is no part of the name (RegionNaming, as in the import).
        robot.clickOn("#phoneField").type(KeyCode.TAB);
        waitUntil(() -> desa.isFocused() || desa.isShowing());
        robot.press(KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT);
        robot.type(KeyCode.S, KeyCode.PERIOD, KeyCode.SPACE);
        robot.press(KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT);
        robot.type(KeyCode.O, KeyCode.C, KeyCode.O);
        waitUntil(() -> POCO.equals(code(desa.getValue()))); // highlighted as typed
        robot.type(KeyCode.TAB);
        waitUntil(() -> !desa.isShowing());
        assertThat(code(desa.getValue())).isEqualTo(POCO);
    }

    private static DialogPane discardQuestion(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null && d.getScene().getWindow().isShowing())
                .filter(d -> "Buang isian yang belum disimpan?".equals(d.getHeaderText())).findFirst().orElse(null);
    }

    @Test
    void aGroupedNikAndThreeDigitMonthsShowWholeAndTheSearchGoesToItsFirstResult(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form("5310011203850001", "Yohanes Jehalu", "APBD-KAB-MGR",
                YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);

        // F11: Ctrl+F, a part of the name, Down: the first result is selected, and Enter opens it.
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("jehal");
        robot.type(KeyCode.DOWN);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#enrollmentsTable").queryAs(TableView.class);
        waitUntil(() -> table.isFocused() && table.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(n -> !((TextField) n).getText().isEmpty())
                .orElse(false));

        // F14: correcting offers no "save and new", and the keys line does not promise Ctrl+Enter.
        assertThat(robot.lookup("#saveAndNew").queryAs(Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#formKeys").queryAs(Label.class).getText()).doesNotContain("Ctrl+Enter");

        // F14, F6: a grouped NIK and "120" months are seen whole.
        TextField nik = robot.lookup("#nikField").queryAs(TextField.class);
        TextField months = robot.lookup("#monthsField").queryAs(TextField.class);
        robot.interact(() -> nik.getScene().getRoot().layout());
        assertThat(roomFor(nik, "5310 0112 0385 0013")).as("NIK field").isGreaterThanOrEqualTo(0);
        assertThat(roomFor(months, "120")).as("months field").isGreaterThanOrEqualTo(0);
        // "Isi dari NIK" beside the NIK stays in its column: it covered "Nama lengkap" at 1366 × 768 (trial 15).
        Button fill = robot.lookup("#fillFromNik").queryAs(Button.class);
        Label nameLabel = robot.from(fill.getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> "Nama lengkap".equals(l.getText())).findFirst().orElseThrow();
        double fillRight = fill.localToScene(fill.getBoundsInLocal()).getMaxX();
        assertThat(fillRight).as("the button's right edge before the name's label")
                .isLessThanOrEqualTo(nameLabel.localToScene(nameLabel.getBoundsInLocal()).getMinX());
        assertThat(fill.getWidth()).as("the button's words whole").isGreaterThanOrEqualTo(fill.prefWidth(-1) - 0.5);
        robot.interact(() -> ((javafx.stage.Stage) nik.getScene().getWindow()).close());
    }

    /** Width left over when {@code text} is shown in {@code field} (negative: cut off). */
    private static double roomFor(TextField field, String text) {
        Text shown = new Text(text);
        shown.setFont(field.getFont());
        return field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight()
                - shown.getLayoutBounds().getWidth();
    }
}
