package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.ui.main.Screen;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The line under the NIK ("⚠ sudah terdaftar 12/2026–11/2027 dengan APBD Kabupaten Manggarai, … NIK ini sudah
 * terdaftar atas nama …") was one line, cut with "…" before the name it exists to tell: the clerk reads it whole,
 * wrapped in the room kept for it (no field moves: trial 11 M8), in the form as it opens on a 1.280 / 1.366 px
 * screen; and so the notices under the form.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class EnrollmentFormNoticesWindowTest {
    private static final String NIK = "5310015204850001";
    private static final String NAME = "Maria Goreti Florentina Jelita Ndoang Kurniawati";

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-form-notices").dashboardShown();

    @BeforeEach
    void registerMaria() {
        ui.services().enrollments().enrol(TestData.form(NIK, NAME, "APBD-KAB-MGR", YearMonth.of(2026, 12),
                YearMonth.of(2027, 11)));
    }

    @Test
    void theRegisteredNiksNoticeReadsWholeAndMovesNoField(FxRobot robot) throws Exception {
        Label known = typeNik(robot, "01/2028", false);

        assertThat(known.getText()).isEqualTo("NIK ini sudah terdaftar atas nama " + NAME
                + "; data terakhirnya sudah diisikan.");
        assertWhole(known);
        assertThat(onFx(() -> birthPlace(robot).localToScene(0, 0).getY())).as("the fields below stay where they were")
                .isEqualTo(fieldsAt);
        Shots.save(robot, known.getScene(), "form-registered-nik");
        robot.interact(() -> ((Stage) known.getScene().getWindow()).close());
    }

    @Test
    void withTheSameMonthsTheNoticeStillNamesWhoIsRegisteredAndHidesNothing(FxRobot robot) throws Exception {
        Label known = typeNik(robot, "01/2027", true);

        assertThat(known.getText()).startsWith("⚠ sudah terdaftar 12/2026–11/2027 dengan APBD Kabupaten Manggarai")
                .endsWith("NIK ini sudah terdaftar atas nama " + NAME + "; data terakhirnya sudah diisikan.");
        assertWhole(known);
        // A 48-letter name after the news takes a fourth line here: the one case the row grows (the form's save is
        // refused anyway); the buttons and the notices under the form keep their room in the form as it opened.
        Node save = robot.lookup("#saveEnrollment").query();
        assertThat(onFx(() -> save.localToScene(save.getBoundsInLocal()).getMaxY()))
                .isLessThanOrEqualTo(onFx(() -> save.getScene().getHeight()));
        VBox problems = robot.lookup("#problemsBox").queryAs(VBox.class);
        List<Label> notices = onFx(() -> problems.getChildren().stream().filter(Label.class::isInstance)
                .map(Label.class::cast).toList());
        assertThat(notices).extracting(Labeled::getText).anyMatch(t -> t.startsWith("⚠ NIK: sudah terdaftar"));
        for (Label l : notices) {
            assertWhole(l);
        }
        Shots.save(robot, known.getScene(), "form-registered-nik-same-months");
        robot.interact(() -> ((Stage) known.getScene().getWindow()).close());
    }

    private double fieldsAt;

    /** Ctrl+N's form, its Mulai {@code first}, then the registered NIK: the notice under the NIK once it says all. */
    private Label typeNik(FxRobot robot, String first, boolean news) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        settle(robot);
        fieldsAt = onFx(() -> birthPlace(robot).localToScene(0, 0).getY());
        robot.interact(() -> {
            robot.lookup("#firstMonthField").queryAs(TextField.class).setText(first);
            robot.lookup("#nikField").queryAs(TextField.class).setText(NIK);
        });
        Label known = robot.lookup("#knownPerson").queryAs(Label.class);
        waitUntil(() -> known.isVisible() && known.getText().contains(NAME) && known.getText().startsWith("⚠") == news);
        settle(robot);
        return known;
    }

    private static TextField birthPlace(FxRobot robot) {
        return robot.lookup("#birthPlaceField").queryAs(TextField.class);
    }

    private static void assertWhole(Label label) {
        assertThat(onFx(() -> shown(label))).as("the notice as drawn, %s × %s px", onFx(label::getWidth),
                onFx(label::getHeight)).isEqualTo(label.getText());
    }

    private static void settle(FxRobot robot) {
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a label draws: cut with "…" where it does not fit its width and height. */
    static String shown(Labeled label) {
        Text text = (Text) label.lookup(".text");
        return text == null ? label.getText() : text.getText();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return LaptopTextsWindowTest.onFx(work);
    }
}
