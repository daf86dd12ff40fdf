package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.ui.main.Screen;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Pengaturan's hints for an office of Manggarai Barat (53.15, made as {@code payung init --regency 53.15}): no
 * Manggarai town or office as the example (trial 15: "Ruteng" under Tempat); Manggarai's own when 53.10 is typed.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class SettingsHintsWindowTest {
    @RegisterExtension
    final WindowFixture ui = WindowFixture.seeded("payung-settings-hints").on(file -> {
        PayungServices.create(file, "53.15", TestData.CLOCK);
        return PayungServices.open(file, false, TestData.CLOCK);
    }).dashboardShown();

    @Test
    void anotherRegencysOfficeIsShownNoManggaraiExample(FxRobot robot) {
        ScreenWaits.open(robot, Screen.SETTINGS);
        TextField regency = robot.lookup("#regencyCode").queryAs(TextField.class);
        TextField place = robot.lookup("#officePlace").queryAs(TextField.class);
        TextField title = robot.lookup("#headTitle").queryAs(TextField.class);
        waitUntil(() -> "53.15".equals(regency.getText()));
        assertThat(place.getText()).as("no place seeded for 53.15").isEmpty();
        for (TextField f : java.util.List.of(place, title)) {
            assertThat(f.getPromptText()).as(f.getId()).isNotBlank().doesNotContain("Ruteng")
                    .doesNotContain("Manggarai").doesNotContain("Koperasi");
        }
        assertThat(place.getPromptText()).isEqualTo("kota tempat kantor, misalnya ibu kota kabupaten/kota");

        // Manggarai's code typed: its town and office are known from the seeds, and named.
        robot.interact(() -> regency.setText("53.10"));
        assertThat(place.getPromptText()).isEqualTo("Ruteng");
        assertThat(title.getPromptText()).contains("Kabupaten Manggarai");
    }
}
