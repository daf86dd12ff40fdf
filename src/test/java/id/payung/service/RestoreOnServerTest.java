package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import id.payung.store.StoreException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server the data is restored by its administrator (pg_restore): a restore from a file (the command line's
 * {@code payung restore --db postgresql://…}) is refused in a sentence before anything is copied or counted; it
 * was a NullPointerException (the check staged its copy beside a database file there is none of).
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestoreOnServerTest {
    private ServerFixture server;
    private String siti;

    @TempDir
    Path dir;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void aFileRestoreOnAServerIsRefusedInASentence() throws Exception {
        Path backup = dir.resolve("payung-2026-12-06-151605.db");
        try (PayungServices file = PayungServices.open(dir.resolve("payung.db"), true, TestData.CLOCK)) {
            file.backups().backupTo(backup);
        }
        try (PayungServices s = server.services(siti)) {
            s.enrollments().enrol(TestData.form("5310015204850001", "Theresia Jelita", "APBD-KAB-MGR",
                    YearMonth.of(2026, 1), null));
            assertThatThrownBy(() -> s.checkBackup(backup)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is on a server").hasMessageContaining("pg_restore").hasMessageContaining("nothing was done");
            assertThatThrownBy(() -> s.restore(backup)).isInstanceOf(StoreException.class);
            assertThat(s.isClosed()).isFalse();
            assertThat(s.register().counts(id.payung.domain.RegisterFilter.all()).total()).isEqualTo(1);
        }
    }
}
