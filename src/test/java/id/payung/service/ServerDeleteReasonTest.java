package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.DeleteReason;
import id.payung.domain.Deletion;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deletion's reason on a shared server, with real logins: the entry is written under the clerk's own login (the
 * server's who, V1), read with its reason by a clerk of the same regency and by no clerk of another (V2's row-level
 * security), as the undo that follows it is.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerDeleteReasonTest {
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
    void theReasonIsWrittenUnderTheClerksLoginAndReadInTheirRegencyOnly() {
        try (PayungServices s = server.services(siti)) {
            EnrollmentService.Saved saved = s.enrollments().enrol(TestData.form("5310015204850001", "Theresia Jelita",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
            s.enrollments().delete(saved.enrollmentId(), new Deletion(DeleteReason.VILLAGE_REQUEST, "surat kepala desa"));
        }
        try (PayungServices s = server.services(maria)) {
            List<AuditRecord> trail = AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "theresia"));
            AuditRecord deleted = trail.stream().filter(r -> r.change().action().equals("DELETE")).findFirst().orElseThrow();
            assertThat(deleted.change().actor()).isEqualTo(siti);
            AuditWords words = new AuditWords(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("id"),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)), List.of(),
                    AuditWords.Names.of(s.reference()));
            assertThat(words.what(deleted.change())).isEqualTo("Kepesertaan dihapus: APBD Kabupaten Manggarai, 01/2026–12/2026");
            assertThat(words.details(deleted.change())).isEqualTo("Dihapus — alasan: Permintaan desa: surat kepala desa");

            // Maria undoes it: her login, her regency's trail.
            s.enrollments().restore(Long.parseLong(deleted.change().entityId()));
            AuditRecord restored = AuditSearchTest.all(s.audit(), new AuditFilter(null, null, null, null, "theresia")).stream()
                    .filter(r -> r.change().action().equals("RESTORE")).findFirst().orElseThrow();
            assertThat(restored.change().actor()).isEqualTo(maria);
            assertThat(words.details(restored.change())).isEqualTo("Penghapusan dibatalkan (dipulihkan)");
        }
        try (PayungServices s = server.services(yosef)) {
            s.events().add(new id.payung.domain.Event(0, id.payung.domain.EventKind.OTHER, java.time.LocalDate.of(2026, 11, 3),
                    "Sosialisasi di Labuan Bajo", null, null, null, List.of(), null, null, null));
            assertThat(AuditSearchTest.all(s.audit(), AuditFilter.ALL)).isNotEmpty().extracting(r -> r.change().action())
                    .doesNotContain("DELETE", "RESTORE");
            assertThat(AuditSearchTest.all(s.audit(), AuditFilter.ALL)).extracting(r -> r.change().after())
                    .noneSatisfy(a -> assertThat(String.valueOf(a)).contains("surat kepala desa"));
        }
    }
}
