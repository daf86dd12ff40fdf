package id.payung.service;

import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@link ImportHistoryTimeTest} on a server, by a clerk: the history reads the import entry's time there too. */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
class ImportHistoryTimeOnPostgresTest {
    @TempDir
    Path dir;
    private final ServerFixture server;

    ImportHistoryTimeOnPostgresTest(ServerFixture server) {
        this.server = server;
    }

    @Test
    void theHistoryShowsTheTimeTheTrailShows() throws Exception {
        try (PayungServices s = server.services(server.siti())) {
            ImportHistoryTimeTest.sameTime(s, ServerFixture.aloysiusList(dir, "golo-cador.csv", "Aloysius Jehaman"));
        }
    }
}
