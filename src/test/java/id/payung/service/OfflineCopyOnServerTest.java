package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.OfflineCopyMark;
import id.payung.domain.ReadOnlyRefusal;
import id.payung.domain.RegisterFilter;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clerk's offline copy of the server ({@code payung backup} on a server, Cadangan's "Simpan salinan luring…") is
 * marked as it is written: the server and database, the login, the moment. Opened as a file it reads and refuses
 * every write (what was typed into it never reached the server). The server lost, {@code server import-file} moves
 * the copy onto a new one as any office's file, and the mark stays behind: the server's settings never hold it.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineCopyOnServerTest {
    private ServerFixture server;
    private String siti;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        server.admin().init();
        siti = server.addUser("siti", "53.10", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void theCopyIsMarkedReadOnlyAndMovesOntoANewServerWithoutItsMark(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("salinan.db");
        try (PayungServices clerk = server.services(siti)) {
            clerk.enrollments().enrol(TestData.form("5310011205850001", "Kornelis Jelahu", "APBD-PROV-NTT",
                    YearMonth.of(2026, 1), null));
            clerk.offlineCopy(copy);
        }
        try (PayungServices offline = PayungServices.open(copy, false, TestData.CLOCK)) {
            assertThat(offline.readOnly()).isTrue();
            assertThat(offline.offlineCopyMark()).isEqualTo(new OfflineCopyMark(OfflineCopyMark.serverOf(
                    server.address(siti)), siti, LocalDateTime.now(TestData.CLOCK).withNano(0)));
            assertThat(offline.register().counts(RegisterFilter.all()).total()).isEqualTo(1);
            assertThatThrownBy(() -> offline.enrollments().enrol(TestData.form("5310015204850002", "Theresia Nimat",
                    "APBD-KAB-MGR", YearMonth.of(2026, 1), null))).isInstanceOf(ReadOnlyRefusal.class)
                    .hasMessageContaining("is an offline copy of the server " + OfflineCopyMark.serverOf(server.address(siti))
                            + " (login " + siti + ", ");
        }

        // The server lost: a new one holds none of Manggarai's participants yet (here: they are taken off this one).
        try (Connection c = server.ownerConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT set_config('payung.regency', '53.10', false)").close(); // the owner as V2's policies ask
            s.executeUpdate("DELETE FROM enrollment WHERE regency_code = '53.10'");
            s.executeUpdate("DELETE FROM person WHERE regency_code = '53.10'");
            s.executeUpdate("DELETE FROM import_batch WHERE regency_code = '53.10'");
        }
        assertThat(server.admin().importFile(copy, "53.10")).containsEntry("person", 1).containsEntry("enrollment", 1);
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM meta WHERE key LIKE 'offline_copy%'"))
                    .as("the mark stays with the file").isZero();
        }
        try (PayungServices clerk = server.services(siti)) {
            assertThat(clerk.readOnly()).isFalse();
            assertThat(clerk.register().counts(RegisterFilter.all()).total()).isEqualTo(1);
        }
    }
}
