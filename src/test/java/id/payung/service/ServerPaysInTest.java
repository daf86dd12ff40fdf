package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FormProblem;
import id.payung.domain.FundingSource;
import id.payung.domain.Segment;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Review 14 H3: a regency set up before meta carried {@code office_regency} (add-user before the seedregency
 * merge) still holds its clerks to FunderRules.paysIn: the office regency comes from the login.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerPaysInTest {
    private ServerFixture server;
    private String yosef;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        server.admin().init();
        yosef = server.addUser("yosef", "53.15", null);
        try (Connection c = server.ownerConnection(); Statement st = c.createStatement()) {
            // As a regency added before today has it: no office_regency row.
            st.executeUpdate("DELETE FROM meta WHERE regency_code = '53.15' AND key = 'office_regency'");
        }
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void aClerkOfARegencyWithoutOfficeRegencyIsRefusedAnotherRegencysBudget() {
        try (PayungServices s = server.services(yosef)) {
            assertThat(s.settings().regencyCode()).as("from the login").isEqualTo("53.15");
            assertThat(s.reference().offeredFunders()).extracting(FundingSource::code)
                    .contains("APBD-KAB-5315").doesNotContain("APBD-KAB-MGR", "APBDES-MGR");
            assertThatThrownBy(() -> s.enrollments().enrol(TestData.form("5315011208900006", "Agustina Nimu",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code).contains("FUNDER_OTHER_REGION"));
            assertThatThrownBy(() -> s.cohorts().add(new CohortService.Input("APBD-KAB-MGR", 2026, Segment.BPU, null,
                    null, 1_000L, null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                            e.problems()).extracting(FormProblem::code).containsExactly("FUNDER_OTHER_REGION"));
        }
    }
}
