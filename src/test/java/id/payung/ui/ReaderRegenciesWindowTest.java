package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.Region;
import id.payung.domain.ServerAddress;
import id.payung.service.AuditRecord;
import id.payung.service.ServerAdministration;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.PostgresDatabase;
import id.payung.store.TestEngine;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A provincial reader's window (trial, session 18): Jejak audit has the regency beside the login, and the register's
 * kecamatan filter names each kecamatan's regency. (A file's and a clerk's have neither: AuditWindowTest,
 * ProvincialReaderTrailAndKecamatanTest.)
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReaderRegenciesWindowTest {
    private static final String PASSWORD = "sandi ntt";

    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-reader-regencies").on(file -> asReader()).dashboardShown();

    private PayungServices asReader() {
        engine.services().close(); // the server's schema and seeds, as server init leaves them (Manggarai's)
        PostgresDatabase db = engine.server();
        String login = db.name() + "_ntt";
        new ServerAdministration(db.ownerAddress()).addUser(login, null, "53", PASSWORD.toCharArray());
        return PayungServices.openServer(ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/"
                + db.name()), PASSWORD.toCharArray(), TestData.CLOCK);
    }

    @Test
    void theTrailNamesTheRegencyBesideTheLogin(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.AUDIT);
        @SuppressWarnings("unchecked")
        TableView<AuditRecord> table = (TableView<AuditRecord>) robot.lookup("#auditTable").query();
        waitUntil(() -> !table.getItems().isEmpty());
        TableColumn<AuditRecord, ?> regency = table.getColumns().stream()
                .filter(c -> "Kabupaten/kota".equals(c.getText())).findFirst().orElseThrow();
        waitUntil(regency::isVisible);
        assertThat(table.getColumns().indexOf(regency)).as("beside the login")
                .isEqualTo(table.getColumns().stream().map(TableColumn::getText).toList().indexOf("Oleh") + 1);
        assertThat(regency.getCellData(0)).isEqualTo("Kabupaten Manggarai");
    }

    @Test
    void theKecamatanFilterNamesTheRegency(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.ENROLLMENTS);
        @SuppressWarnings("unchecked")
        ComboBox<Region> filter = (ComboBox<Region>) robot.lookup("#regionFilter").query();
        waitUntil(() -> filter.getItems().stream().anyMatch(r -> r != null && r.code().equals("53.10.01")));
        Region waeRii = filter.getItems().stream().filter(r -> r != null && r.code().equals("53.10.01")).findFirst()
                .orElseThrow();
        robot.interact(() -> filter.setValue(waeRii));
        assertThat(filter.getButtonCell().getText()).isEqualTo("Kec. Wae Rii (Kabupaten Manggarai)");
        robot.interact(() -> filter.setValue(null));
    }
}
