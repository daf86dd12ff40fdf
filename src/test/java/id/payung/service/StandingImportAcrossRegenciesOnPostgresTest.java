package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ImportBatch;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server the import window names the standing import of a file opened again (same SHA-256) only to a clerk of the
 * regency that made it; once undone, to no one.
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
class StandingImportAcrossRegenciesOnPostgresTest {
    @TempDir
    Path dir;
    private final ServerFixture server;

    StandingImportAcrossRegenciesOnPostgresTest(ServerFixture server) {
        this.server = server;
    }

    @Test
    void theStandingImportIsNamedToItsRegencysClerkAndToNoOneOnceUndone() throws Exception {
        assertThat(server.initialised()).isEqualTo("53.10");
        Path list = ServerFixture.aloysiusList(dir, "golo-cador.csv", "Aloysius Jehaman");
        long batch;
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.imports().standingImportOf(list)).isEmpty();
            ImportService.Report r = s.imports().importFile(list, ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(1);
            batch = r.batchId();
            assertThat(s.imports().standingImportOf(list)).map(ImportBatch::id).contains(batch);
            assertThat(s.imports().standingImportOf(list)).map(ImportBatch::actor).contains(server.siti());
        }
        try (PayungServices s = server.services(server.yosef())) {
            assertThat(s.imports().standingImportOf(list)).as("another regency's batch is not read").isEmpty();
        }
        try (PayungServices s = server.services(server.siti())) {
            s.imports().undo(batch);
            assertThat(s.imports().standingImportOf(list)).as("undone: may be imported again unremarked").isEmpty();
        }
    }
}
