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

    /** Manggarai's clerk, who registered one person in Langke Rembong and counted a cohort there. */
    private String siti;

    private PayungServices asReader() {
        engine.services().close(); // the server's schema and seeds, as server init leaves them (Manggarai's)
        PostgresDatabase db = engine.server();
        String login = db.name() + "_ntt";
        new ServerAdministration(db.ownerAddress()).addUser(login, null, "53", PASSWORD.toCharArray());
        siti = db.name() + "_siti";
        new ServerAdministration(db.ownerAddress()).addUser(siti, "53.10", null, PASSWORD.toCharArray());
        try (PayungServices clerk = PayungServices.openServer(ServerAddress.parse("postgresql://" + siti + "@localhost:"
                + db.port() + "/" + db.name()), PASSWORD.toCharArray(), TestData.CLOCK)) {
            clerk.enrollments().enrol(TestData.form("5310125204850001", "Maria Jelita", "APBD-KAB-MGR",
                    java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12)));
            clerk.cohorts().add(new id.payung.service.CohortService.Input("APBD-KAB-MGR", 2026,
                    id.payung.domain.Segment.BPU, "53.10.12", null, 25L, "Musrenbang Langke Rembong"));
        }
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

    /** Trial 19: the reader's "Oleh" names each login with its regency, as the Kabupaten/kota column does. */
    @Test
    void theActorChoiceNamesEachLoginsRegency(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.AUDIT);
        @SuppressWarnings("unchecked")
        ComboBox<String> actors = (ComboBox<String>) robot.lookup("#auditActor").query();
        waitUntil(() -> actors.getItems().contains(siti));
        robot.interact(() -> actors.setValue(siti));
        assertThat(actors.getButtonCell().getText()).isEqualTo(siti + " (Kabupaten Manggarai)");
        robot.interact(() -> actors.setValue(null));
    }

    /**
     * Trial 19: the reader's register names a kecamatan with its regency in the column Kecamatan and among the cohorts,
     * as the filter does.
     */
    @Test
    void theKecamatanColumnAndTheCohortsNameTheRegency(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        TableColumn<?, ?> kecamatan = table.getColumns().stream()
                .filter(c -> c.getGraphic() != null && "kecamatanHeader".equals(c.getGraphic().getId())).findFirst()
                .orElseThrow();
        waitUntil(() -> "Langke Rembong (Kabupaten Manggarai)".equals(kecamatan.getCellData(0)));
        robot.clickOn("#cohortsTab");
        waitUntil(() -> robot.lookup("#cohortsTable").tryQuery().isPresent());
        TableView<?> cohorts = robot.lookup("#cohortsTable").queryTableView();
        TableColumn<?, ?> cohortKecamatan = cohorts.getColumns().stream()
                .filter(c -> "Kecamatan".equals(c.getText())).findFirst().orElseThrow();
        waitUntil(() -> java.util.stream.IntStream.range(0, cohorts.getItems().size())
                .mapToObj(cohortKecamatan::getCellData).anyMatch("Langke Rembong (Kabupaten Manggarai)"::equals));
    }
}
