package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server the corrections of an earlier import of a file are offered only to a clerk of the regency that made the
 * import: another regency's clerk opening the same file is offered none (they read neither its audit entry nor its
 * batch).
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
class EarlierFixesAcrossRegenciesOnPostgresTest {
    @TempDir
    Path dir;
    private final ServerFixture server;

    EarlierFixesAcrossRegenciesOnPostgresTest(ServerFixture server) {
        this.server = server;
    }

    @Test
    void anotherRegencysClerkIsOfferedNoneOfTheCorrections() throws Exception {
        assertThat(server.initialised()).isEqualTo("53.10");
        Path list = ServerFixture.aloysiusList(dir, "golo-cador.csv", "Aloysius Jehamn");
        Map<ImportOptions.CellFix, String> typed = Map.of(new ImportOptions.CellFix(2, "Nama Lengkap"), "Aloysius Jehaman");
        try (PayungServices s = server.services(server.siti())) {
            ImportService.Report r = s.imports().importFile(list, ImportOptions.defaults().withFixes(typed),
                    ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(1);
            s.imports().undo(r.batchId());
            assertThat(s.imports().earlierFixes(list, ImportOptions.defaults()).asFixes()).isEqualTo(typed);
        }
        try (PayungServices s = server.services(server.yosef())) {
            assertThat(s.imports().earlierFixes(list, ImportOptions.defaults()))
                    .isEqualTo(ImportService.EarlierFixes.NONE);
        }
    }
}
