package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.AuditTopic;
import id.payung.domain.Event;
import id.payung.domain.EventKind;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail screen on a shared server, with real logins: a clerk reads the trail of their own regency — who
 * of them did what — and nothing of another regency's, not even its clerks' names.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerAuditTest {
    private ServerFixture server;
    private String siti;
    private String maria;
    private String yosef;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
        maria = server.addUser("maria", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void aClerkReadsTheTrailOfTheirRegencyOnlyWithEachClerkNamedByTheirLogin() {
        try (PayungServices s = server.services(siti)) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Theresia Jelita", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        }
        try (PayungServices s = server.services(maria)) {
            s.events().add(new Event(0, EventKind.OTHER, LocalDate.of(2026, 11, 2), "Sosialisasi di Ruteng",
                    null, null, null, List.of(), null, null, null));
            s.events().delete(s.events().add(new Event(0, EventKind.OTHER, LocalDate.of(2026, 11, 4), "Rapat ganda",
                    null, null, null, List.of(), null, null, null)));
        }
        try (PayungServices s = server.services(yosef)) {
            s.events().delete(s.events().add(new Event(0, EventKind.OTHER, LocalDate.of(2026, 11, 3), "Sosialisasi di Labuan Bajo",
                    null, null, null, List.of(), null, null, null)));
        }
        try (PayungServices s = server.services(maria)) {
            List<AuditRecord> trail = AuditSearchTest.all(s.audit(), AuditFilter.ALL);
            assertThat(trail).extracting(r -> r.change().actor()).contains(siti, maria).doesNotContain(yosef);
            assertThat(trail).extracting(r -> r.change().after()).noneSatisfy(a -> assertThat(a).contains("Labuan Bajo"));
            assertThat(s.audit().actors()).contains(siti, maria).doesNotContain(yosef);
            // Siti's person, by name, with the person named (a clerk of the same regency reads her).
            List<AuditRecord> theresia = AuditSearchTest.all(s.audit(), new AuditFilter(null, null, siti, AuditTopic.PEOPLE, "theresia"));
            assertThat(theresia).hasSize(2).allSatisfy(r -> assertThat(r.personName()).isEqualTo("Theresia Jelita"));
            assertThat(AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, AuditTopic.EVENTS, null)))
                    .extracting(r -> r.change().actor()).containsExactly(maria, maria);
            // What was deleted in the regency, and by whom: Maria's event, not Yosef's of another regency.
            assertThat(AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, AuditTopic.DELETIONS, null)))
                    .extracting(r -> r.change().actor() + " " + r.change().entity() + "." + r.change().action())
                    .containsExactly(maria + " event.DELETE");
        }
        try (PayungServices s = server.services(yosef)) {
            assertThat(AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "theresia"))).isEmpty();
            // Yosef's own entries, and the owner's setting up of regency 53.15 when its first clerk was added (its
            // funders and settings, seed per regency): nobody else's, and nothing of 53.10.
            assertThat(AuditSearchTest.all(s.audit(), AuditFilter.ALL)).extracting(r -> r.change().actor())
                    .contains(yosef).containsOnly(yosef, server.owner);
        }
    }
}
