package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.main.Screen;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * New-user trial (LOW): the "under working age" warning waited behind a NIK that disagrees with the birth date. With
 * the birth date typed and valid, the clerk reads both lines under the form: the NIK's error and the child's age.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class EnrollmentFormChildAgeWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-childage").dashboardShown();

    @Test
    void theNiksErrorAndTheAgeWarningAreBothSaid(FxRobot robot) {
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        robot.interact(() -> {
            robot.lookup("#nikField").queryAs(TextField.class).setText("5310011312120001"); // says 13/12/2012
            robot.lookup("#birthDatePicker").queryAs(DatePicker.class).setValue(LocalDate.of(2012, 12, 12));
            robot.lookup("#firstMonthField").queryAs(TextField.class).setText("01/2027");
        });
        VBox box = robot.lookup("#problemsBox").queryAs(VBox.class);
        waitUntil(() -> lines(box).contains("umur peserta"));

        assertThat(lines(box)).contains("✖ Tanggal lahir: NIK menunjukkan tanggal lahir 13/12/2012")
                .contains("⚠ Tanggal lahir: umur peserta 14 tahun saat kepesertaan mulai (01/2027)");
        robot.interact(() -> ((javafx.stage.Stage) box.getScene().getWindow()).close());
    }

    private static String lines(VBox box) {
        return box.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
    }
}
