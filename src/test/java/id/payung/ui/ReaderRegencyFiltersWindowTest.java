package id.payung.ui;

import static id.payung.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ServerAddress;
import id.payung.service.AuditRecord;
import id.payung.service.ServerAdministration;
import id.payung.service.TestData;
import id.payung.service.facade.PayungServices;
import id.payung.store.Dialect;
import id.payung.store.OnPostgres;
import id.payung.store.PostgresDatabase;
import id.payung.store.TestEngine;
import java.time.YearMonth;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A provincial reader's Jejak audit on the office laptop (trial 20a): the Kabupaten/kota column reads each regency
 * whole ("Manggarai Barat", the header saying "Kabupaten/kota"; it was "Kabupaten Mang…" in every row), and a
 * Kabupaten/kota filter shows one regency's entries; the register's Wilayah offers a whole regency.
 */
@OnPostgres
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class ReaderRegencyFiltersWindowTest {
    private static final String PASSWORD = "sandi ntt";
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);

    @RegisterExtension
    @Order(1)
    final TestEngine engine = TestEngine.of(Dialect.POSTGRES);

    @RegisterExtension
    @Order(2)
    final WindowFixture ui = WindowFixture.seeded("payung-reader-audit").on(file -> asReader())
            .beforeOpen(stage -> WindowMemory.place(stage, WindowMemory.firstPlace(LAPTOP), LAPTOP)).dashboardShown();

    private PayungServices asReader() {
        engine.services().close();
        PostgresDatabase db = engine.server();
        // Each clerk writes as its own login's regency (the test engine makes every session Manggarai's).
        try (java.sql.Connection c = db.owner(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + PostgresDatabase.identifier(db.name()) + " RESET payung.regency");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String ntt = db.name() + "_ntt";
        new ServerAdministration(db.ownerAddress()).addUser(ntt, null, "53", PASSWORD.toCharArray());
        String siti = db.name() + "_siti";
        new ServerAdministration(db.ownerAddress()).addUser(siti, "53.10", null, PASSWORD.toCharArray());
        String yosef = db.name() + "_yosef";
        new ServerAdministration(db.ownerAddress()).addUser(yosef, "53.15", null, PASSWORD.toCharArray());
        try (PayungServices clerk = open(siti)) {
            clerk.enrollments().enrol(TestData.form("5310125204850001", "Maria Jelita", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        }
        try (PayungServices clerk = open(yosef)) {
            id.payung.domain.EnrollmentForm f = TestData.form("5315011204850003", "Kornelis", "APBD-PROV-NTT",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12));
            clerk.enrollments().enrol(new id.payung.domain.EnrollmentForm(f.nik(), f.fullName(), f.sex(), "Rego",
                    f.birthDate(), "Rego", "53.15.01", f.occupationCode(), f.phone(), f.kpj(), f.funderCode(),
                    f.segment(), f.programmes(), f.declaredIncomeRp(), f.firstMonth(), f.lastMonth(), f.notes()));
        }
        return open(ntt);
    }

    private PayungServices open(String login) {
        PostgresDatabase db = engine.server();
        return PayungServices.openServer(ServerAddress.parse("postgresql://" + login + "@localhost:" + db.port() + "/"
                + db.name()), PASSWORD.toCharArray(), TestData.CLOCK);
    }

    @Test
    void theRegencyReadsWholeAndFiltersTheEntries(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.AUDIT);
        @SuppressWarnings("unchecked")
        TableView<AuditRecord> table = (TableView<AuditRecord>) robot.lookup("#auditTable").query();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> "Kabupaten Manggarai Barat".equals(r.regency())));
        TableColumn<AuditRecord, ?> regency = table.getColumns().stream()
                .filter(c -> "Kabupaten/kota".equals(c.getText())).findFirst().orElseThrow();
        waitUntil(regency::isVisible);
        robot.interact(() -> { });
        List<TableCell<?, ?>> cells = robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == regency && c.getText() != null && !c.getText().isEmpty())
                .<TableCell<?, ?>>map(c -> c).toList();
        assertThat(cells).extracting(TableCell::getText).contains("Manggarai", "Manggarai Barat")
                .noneMatch(t -> t.startsWith("Kabupaten"));
        assertThat(cells.stream().filter(c -> !shownWhole(c)).map(TableCell::getText).toList()).as("cut").isEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<String> filter = (ComboBox<String>) robot.lookup("#auditRegency").query();
        assertThat(filter.isVisible()).isTrue();
        waitUntil(() -> filter.getItems().contains("53.15"));
        robot.interact(() -> filter.setValue("53.15"));
        assertThat(filter.getButtonCell().getText()).isEqualTo("Kabupaten Manggarai Barat");
        robot.clickOn("#auditShow");
        waitUntil(() -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(r -> "Kabupaten Manggarai Barat".equals(r.regency())));
        robot.clickOn("#auditClear");
        waitUntil(() -> table.getItems().stream().anyMatch(r -> "Kabupaten Manggarai".equals(r.regency())));
        assertThat(filter.getValue()).isNull();
    }

    /** Trial 20a: Peserta's Wilayah offered kecamatan and desa, but not "Manggarai Barat" as a whole. */
    @Test
    void theRegisterChoosesAWholeRegency(FxRobot robot) {
        ScreenWaits.open(robot, id.payung.ui.main.Screen.ENROLLMENTS);
        TableView<?> table = robot.lookup("#enrollmentsTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 2);
        @SuppressWarnings("unchecked")
        ComboBox<id.payung.domain.Region> wilayah = (ComboBox<id.payung.domain.Region>) robot.lookup("#regionFilter").query();
        waitUntil(() -> wilayah.getItems().stream().anyMatch(r -> r != null && r.code().equals("53.15")));
        List<String> codes = wilayah.getItems().stream().filter(java.util.Objects::nonNull)
                .map(id.payung.domain.Region::code).toList();
        assertThat(codes.indexOf("53.15")).as("before its kecamatan").isLessThan(codes.indexOf("53.15.01"));
        assertThat(codes.indexOf("53.10")).isLessThan(codes.indexOf("53.10.01"));
        id.payung.domain.Region barat = wilayah.getItems().stream().filter(r -> r != null && r.code().equals("53.15"))
                .findFirst().orElseThrow();
        robot.interact(() -> wilayah.setValue(barat));
        assertThat(wilayah.getButtonCell().getText()).isEqualTo("Kabupaten Manggarai Barat");
        TableColumn<?, ?> kecamatan = table.getColumns().stream()
                .filter(c -> c.getGraphic() != null && "kecamatanHeader".equals(c.getGraphic().getId())).findFirst()
                .orElseThrow();
        waitUntil(() -> table.getItems().size() == 1
                && String.valueOf(kecamatan.getCellData(0)).endsWith("(Kabupaten Manggarai Barat)"));
        robot.interact(() -> wilayah.setValue(null));
    }

    private static boolean shownWhole(javafx.scene.control.Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .anyMatch(cell.getText()::equals);
    }
}
