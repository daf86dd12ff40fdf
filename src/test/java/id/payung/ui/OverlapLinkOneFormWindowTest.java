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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Trial 07/12/2026 #14: after the overlap refusal the focus stays on "Buka pendaftaran yang beririsan"; Enter and
 * clicks on it opened four identical Ubah windows of one record. It opens at most one form per record now: asked
 * again, the open one comes to the front.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class OverlapLinkOneFormWindowTest {
    private static final String NIK = "5310011203850001";

    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-overlaplink").dashboardShown();

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static long editForms() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "Payung — Ubah pendaftaran".equals(s.getTitle())).count();
    }

    @Test
    void theOverlapLinkOpensOneFormOfTheRecordHoweverOftenItIsActivated(FxRobot robot) {
        ui.services().enrollments().enrol(TestData.form(NIK, "Yohanes Dahur", "APBD-KAB-MGR", YearMonth.of(2026, 1),
                YearMonth.of(2026, 12)));
        ScreenWaits.open(robot, Screen.ENROLLMENTS);
        robot.clickOn("#addEnrollment");
        waitUntil(() -> robot.lookup("#nikField").tryQuery().map(Node::isFocused).orElse(false));
        ComboBox<Region> desa = combo(robot, "#regionChoice");
        ComboBox<Occupation> occupation = combo(robot, "#occupationChoice");
        ComboBox<FundingSource> funder = combo(robot, "#funderChoice");
        robot.interact(() -> {
            robot.lookup("#nikField").queryAs(TextField.class).setText(NIK);
            robot.lookup("#nameField").queryAs(TextField.class).setText("Yohanes Dahur");
            desa.setValue(desa.getItems().stream().filter(r -> r.code().equals("53.10.01.2003")).findFirst().orElseThrow());
            occupation.setValue(occupation.getItems().stream().filter(o -> o != null && o.code().equals("PETANI"))
                    .findFirst().orElseThrow());
            funder.setValue(funder.getItems().stream().filter(f -> f.code().equals("APBD-KAB-MGR")).findFirst()
                    .orElseThrow());
            robot.lookup("#firstMonthField").queryAs(TextField.class).setText("06/2026");
        });
        robot.clickOn("#saveEnrollment");
        Hyperlink link = robot.lookup("#openConflict").queryAs(Hyperlink.class);
        waitUntil(link::isVisible);

        // Activated three times before the first form shows, and twice more after: one Ubah window.
        robot.interact(() -> {
            link.fire();
            link.fire();
            link.fire();
        });
        waitUntil(() -> editForms() == 1);
        robot.interact(link::fire);
        robot.interact(link::fire);
        robot.sleep(500);
        robot.interact(() -> { }); // whatever was asked has had its turn on the FX thread
        assertThat(editForms()).isEqualTo(1);
    }
}
