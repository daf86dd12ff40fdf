package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import id.payung.ui.DirectTaskExecutor;
import id.payung.ui.dashboard.DashboardViewModel;
import id.payung.ui.enrollments.RegisterViewModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial (session 17, MEDIUM): on a server the register's funder filter, the dashboard's funder choice and the import
 * template's Sumber Dana list offered a clerk every funder of the province (the other regencies' APBD and APBDes).
 * The filters now list what the Sumber dana screen does ({@link ReferenceService#listedFunders()}: the funders that
 * concern the clerk's regency and any their records name, so no enrollment is hidden); the template the active ones of
 * that list. A provincial reader keeps every funder.
 * (A file: {@link FileFunderChoicesTest}.)
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClerkFunderChoicesTest {
    private ServerFixture server;
    private String siti;
    private String ntt;
    private String ngada;
    private Path dir;

    @BeforeAll
    void setUp(PostgresDatabase db, @TempDir Path dir) throws Exception {
        this.dir = dir;
        server = new ServerFixture(db);
        server.admin().init();
        siti = server.addUser("siti", "53.10", null);
        server.addUser("yosef", "53.15", null); // brings Manggarai Barat's budgets to the shared funder list
        ntt = server.addUser("ntt", null, "53");
        // One of Ngada's workers is enrolled under Manggarai's budget in its office file (as ClerkFundersListTest).
        Path file = dir.resolve("ngada.db");
        PayungServices.create(file, "53.09", TestData.CLOCK);
        try (PayungServices s = PayungServices.open(file, false, TestData.CLOCK)) {
            s.funding().add(new FundingSource(0, "APBD-KAB-MGR", "APBD Kabupaten Manggarai",
                    id.payung.domain.FunderType.APBD_KABUPATEN, "53.10", true, null));
            s.enrollments().enrol(new id.payung.domain.EnrollmentForm("5309015204850001", "Maria Jelita",
                    id.payung.domain.Sex.P, "Bajawa", java.time.LocalDate.of(1985, 4, 12), null, "53.09.01.1003", "OJEK", null,
                    null, "APBN", id.payung.domain.Segment.BPU, java.util.Set.of(id.payung.domain.Programme.JKK,
                    id.payung.domain.Programme.JKM), 1_000_000L, YearMonth.of(2026, 1), YearMonth.of(2026, 12), null));
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE enrollment SET funder_id = (SELECT id FROM funding_source WHERE code = 'APBD-KAB-MGR')");
        }
        server.admin().importFile(file, "53.09");
        ngada = server.addUser("ngada", "53.09", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    static List<String> registerFilter(PayungServices s) {
        RegisterViewModel register = new RegisterViewModel(s.register(), s.enrollments(), s.reference(), s.exports(),
                new DirectTaskExecutor(), TestData.CLOCK);
        register.load();
        return register.funderChoices().stream().map(FundingSource::code).toList();
    }

    static List<String> dashboardFilter(PayungServices s) {
        DashboardViewModel dashboard = new DashboardViewModel(s.dashboard(), s.budget(), s.coverage(),
                new DirectTaskExecutor(), s.exports());
        dashboard.load();
        return dashboard.breakdowns().funderChoices().stream().map(FundingSource::code).toList();
    }

    /** The names in the template's Sumber Dana drop-down: the hidden sheet Pilihan, column E. */
    static List<String> templateFunders(PayungServices s, Path file) throws Exception {
        Files.deleteIfExists(file);
        s.imports().writeTemplate(file, "DAFTAR PEKERJA RENTAN");
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in);
             java.util.stream.Stream<Row> rows = wb.findSheet("Pilihan").orElseThrow().openStream()) {
            return rows.map(r -> r.getCellAsString(4).orElse("")).filter(v -> !v.isEmpty()).toList();
        }
    }

    private static List<String> names(PayungServices s, String... codes) {
        return s.reference().fundingSources().stream().filter(f -> List.of(codes).contains(f.code()))
                .map(FundingSource::name).toList();
    }

    @Test
    void aClerksFiltersAndTemplateLeaveOutTheOtherRegencysBudgets() throws Exception {
        try (PayungServices s = server.services(siti)) {
            List<String> listed = s.reference().listedFunders().stream().map(FundingSource::code).toList();
            assertThat(registerFilter(s)).containsExactlyElementsOf(listed)
                    .contains("APBD-KAB-MGR", "APBDES-MGR", "APBD-PROV-NTT", "APBN", "MANDIRI")
                    .doesNotContain("APBD-KAB-5315", "APBDES-5315");
            assertThat(dashboardFilter(s)).containsExactlyElementsOf(listed);
            assertThat(templateFunders(s, dir.resolve("siti.xlsx")))
                    .containsAll(names(s, "APBD-KAB-MGR", "APBDES-MGR", "APBD-PROV-NTT", "APBN", "MANDIRI"))
                    .doesNotContainAnyElementsOf(names(s, "APBD-KAB-5315", "APBDES-5315"));
        }
    }

    @Test
    void aFunderTheClerksRecordsNameIsStillFound() throws Exception {
        try (PayungServices s = server.services(ngada)) {
            assertThat(registerFilter(s)).as("Manggarai's budget pays Ngada's moved worker").contains("APBD-KAB-MGR")
                    .doesNotContain("APBDES-MGR", "APBD-KAB-5315", "APBDES-5315");
            assertThat(dashboardFilter(s)).contains("APBD-KAB-MGR").doesNotContain("APBDES-MGR", "APBD-KAB-5315");
            assertThat(templateFunders(s, dir.resolve("ngada.xlsx"))).contains("APBN", "APBD Kabupaten Ngada")
                    .doesNotContainAnyElementsOf(names(s, "APBDES-MGR", "APBD-KAB-5315", "APBDES-5315"));
        }
    }

    @Test
    void theProvincialReaderKeepsEveryFunder() throws Exception {
        try (PayungServices s = server.services(ntt)) {
            List<String> every = s.reference().fundingSources().stream().map(FundingSource::code).toList();
            assertThat(registerFilter(s)).containsExactlyElementsOf(every).contains("APBD-KAB-MGR", "APBDES-5315");
            assertThat(dashboardFilter(s)).containsExactlyElementsOf(every);
            assertThat(templateFunders(s, dir.resolve("ntt.xlsx"))).containsExactlyElementsOf(
                    s.reference().fundingSources().stream().filter(FundingSource::active).map(FundingSource::name).toList());
        }
    }
}
