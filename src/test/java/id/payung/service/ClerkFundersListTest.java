package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FundingSource;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import id.payung.ui.DirectTaskExecutor;
import id.payung.ui.funders.BudgetRow;
import id.payung.ui.funders.FundingSourcesViewModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sumber dana on a server (session 16): a clerk's list is the funders that concern their regency — those that may pay
 * there (FunderRules.paysIn, as Kuota dan pagu) and any their regency's records name — not every regency's budgets;
 * a funder with enrollments in the clerk's regency is never hidden, whatever its region; the provincial reader keeps
 * every funder. (A file's list is as ever: {@link BudgetPlansPayInTest}.)
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClerkFundersListTest {
    private ServerFixture server;
    private String siti;
    private String yosef;
    private String ntt;
    private String ngada;

    @BeforeAll
    void setUp(PostgresDatabase db, @TempDir Path dir) throws Exception {
        server = new ServerFixture(db);
        server.admin().init();
        siti = server.addUser("siti", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null);
        ntt = server.addUser("ntt", null, "53");
        // One of Ngada's workers is enrolled under Manggarai's budget in its office file, and server import-file
        // moves it as it is (and says so).
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
            // Recorded under Manggarai's budget before the rule (the form refuses it now): the only record naming it.
            st.execute("UPDATE enrollment SET funder_id = (SELECT id FROM funding_source WHERE code = 'APBD-KAB-MGR')");
        }
        server.admin().importFile(file, "53.09");
        ngada = server.addUser("ngada", "53.09", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    private static FundingSourcesViewModel screen(PayungServices s) {
        FundingSourcesViewModel model = new FundingSourcesViewModel(s.reference(), s.funding(), s.budget(),
                new DirectTaskExecutor(), TestData.CLOCK);
        model.load();
        return model;
    }

    private static List<String> listed(FundingSourcesViewModel model) {
        return model.sources().stream().map(FundingSource::code).toList();
    }

    @Test
    void aClerkSeesTheFundersOfTheirRegencyNotTheOtherRegencysBudgets() {
        try (PayungServices s = server.services(siti)) {
            FundingSourcesViewModel model = screen(s);
            assertThat(listed(model)).contains("APBD-KAB-MGR", "APBDES-MGR", "APBD-PROV-NTT", "APBN", "CSR", "MANDIRI")
                    .doesNotContain("APBD-KAB-5315", "APBDES-5315");
            // Kuota dan pagu lists the same funders by the same rule: every plan row has its source listed.
            assertThat(model.budgets()).extracting(b -> b.funder().code())
                    .containsExactlyInAnyOrderElementsOf(listed(model));
        }
        try (PayungServices s = server.services(yosef)) {
            assertThat(listed(screen(s))).contains("APBD-KAB-5315", "APBDES-5315", "APBD-PROV-NTT")
                    .doesNotContain("APBD-KAB-MGR", "APBDES-MGR");
        }
    }

    @Test
    void aFunderWithEnrollmentsInTheClerksRegencyIsNeverHidden() {
        try (PayungServices s = server.services(ngada)) {
            FundingSourcesViewModel model = screen(s);
            assertThat(listed(model)).as("Manggarai's budget pays Ngada's moved worker").contains("APBD-KAB-MGR")
                    .doesNotContain("APBDES-MGR", "APBD-KAB-5315", "APBDES-5315");
            assertThat(listed(model)).contains("APBD-PROV-NTT", "APBN", "MANDIRI");
            assertThat(model.budgets()).extracting(BudgetRow::funder).extracting(FundingSource::code)
                    .doesNotContain("APBD-KAB-MGR"); // no plan for it, and it may not pay here: Kuota dan pagu as before
        }
    }

    @Test
    void theProvincialReaderKeepsEveryFunder() {
        try (PayungServices s = server.services(ntt)) {
            assertThat(listed(screen(s))).containsExactlyElementsOf(s.reference().fundingSources().stream()
                    .map(FundingSource::code).toList()).contains("APBD-KAB-MGR", "APBD-KAB-5315", "APBDES-5315");
        }
    }
}
