package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.RegisterFilter;
import id.payung.service.exporting.ExportService;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server, the read-only database of {@code exporting.ReadOnlyFullNikTest} is a provincial reader's: the
 * login may not add to the audit log, so Payung opens it read-only (the window says so) and a full-NIK list is
 * refused before any file is written. It used to be written whole and then fail on its audit
 * row, the file left behind unaudited. A clerk of the regency exports it, audited; the reader's masked list
 * leaves, and a save is refused in the store's words before anything reaches the server.
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReaderReadsOnlyTest {
    private final ServerFixture server;

    ProvincialReaderReadsOnlyTest(ServerFixture server) {
        this.server = server;
    }

    private PayungServices as(String login) {
        return server.services(login);
    }

    @Test
    void aProvincialReaderGetsNoFullNikFileAndMaskedListsStillLeave(@TempDir Path dir) throws SQLException {
        Path full = dir.resolve("lengkap.csv");
        Path annex = dir.resolve("lampiran.pdf");
        try (PayungServices s = as(server.siti())) {
            assertThat(s.readOnly()).isFalse();
            s.enrollments().enrol(TestData.form("5310011205850001", "Andi", "APBD-KAB-MGR", YearMonth.of(2026, 1), null));
            assertThat(s.exports().enrollments(RegisterFilter.all(), dir.resolve("siti.csv"), true)).isEqualTo(1);
        }
        try (PayungServices s = as(server.ntt())) {
            assertThat(s.readOnly()).isTrue();
            assertThatThrownBy(() -> s.exports().enrollments(RegisterFilter.all(), full, true))
                    .isInstanceOf(ExportService.NotAuditableException.class);
            // A regent's annex is no province's paper at all (trial 14 F2), with full NIKs or without.
            assertThatThrownBy(() -> s.exports().annex("APBD-KAB-MGR", 2026, true, annex))
                    .isInstanceOf(ExportService.ProvinceAnnexException.class);
            assertThat(full).doesNotExist();
            assertThat(annex).doesNotExist();

            Path masked = dir.resolve("tersamar.csv");
            assertThat(s.exports().enrollments(RegisterFilter.all(), masked, false)).isEqualTo(1);
            assertThat(masked).content().contains("531001********01").doesNotContain("5310011205850001");
            assertThatThrownBy(() -> s.enrollments().enrol(TestData.form("5310011205850002", "Budi", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), null))).hasMessageContaining("read-only");
        }
        try (java.sql.Connection c = server.connect(server.siti())) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM audit_log WHERE action = 'EXPORT_FULL_NIK'")).isEqualTo(1);
        }
    }
}
