package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ServerAddress;
import id.payung.service.ServerAdministration;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.PostgresDatabase;
import id.payung.store.TestEngine;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A provincial reader's Laporan and Cakupan (trial 20a M6): Catat manfaat dibayar… and Cetak lampiran (PDF)… were
 * offered and refused only after the form or the file name; they are disabled, saying why. The print warning names
 * what the server's owner runs (payung server province-settings 53 …), not Pengaturan, which the reader cannot open;
 * Cakupan does not tell the reader to press a disabled button.
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReaderReportsWindowTest {
    private static final String PASSWORD = "sandi ntt";

    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-reader-reports").on(file -> asReader()).dashboardShown();

    private PayungServices asReader() {
        engine.services().close();
        PostgresDatabase db = engine.server();
        String login = db.name() + "_ntt";
        new ServerAdministration(db.ownerAddress()).addUser(login, null, "53", PASSWORD.toCharArray());
        return PayungServices.openServer(ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/"
                + db.name()), PASSWORD.toCharArray(), TestData.CLOCK);
    }

    @Test
    void theReadersWriteActionsAreDisabledAndTheWarningsNameWhatToRun(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.REPORTS);
        Label gap = robot.lookup("#printGap").queryAs(Label.class);
        waitUntil(gap::isVisible);
        assertThat(gap.getText()).contains("payung server province-settings 53 --head-nip NIP --address")
                .doesNotContain("Pengaturan");
        assertThat(robot.lookup("#printAnnex").queryAs(Button.class).isDisabled()).isTrue();
        Node annexSaid = robot.lookup("#printAnnexReadOnly").query();
        assertThat(Tooltip.class.cast(annexSaid.getProperties().values().stream().filter(Tooltip.class::isInstance)
                .findFirst().orElse(null))).as("installed tooltip").isNotNull();
        robot.clickOn("Kesiapan penghargaan");
        waitUntil(() -> robot.lookup("#addBenefit").tryQuery().isPresent());
        assertThat(robot.lookup("#addBenefit").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#addBenefitReadOnly").tryQuery()).isPresent();

        ScreenWaits.open(robot, id.payung.ui.main.Screen.DASHBOARD);
        robot.clickOn("Cakupan (UCJ)");
        waitUntil(() -> robot.lookup("#editDenominators").tryQuery().isPresent());
        assertThat(robot.lookup("#editDenominators").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".page-help").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && t.contains("pekerja informal"))).isNotEmpty()
                .noneMatch(t -> t.contains("Tekan"));
    }
}
