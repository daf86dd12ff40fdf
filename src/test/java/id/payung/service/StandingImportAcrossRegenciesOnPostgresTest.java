package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ImportBatch;
import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server the import window names the standing import of a file opened again (same SHA-256) only to a clerk of the
 * regency that made it; once undone, to no one.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
class StandingImportAcrossRegenciesOnPostgresTest {
    private static final String HEADER = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;No HP;Sumber Dana;Mulai;Jumlah Bulan";

    @TempDir
    Path dir;
    private ServerFixture server;

    @AfterEach
    void dropLogins() throws SQLException {
        if (server != null) {
            server.dropLogins();
        }
    }

    @Test
    void theStandingImportIsNamedToItsRegencysClerkAndToNoOneOnceUndone(PostgresDatabase db) throws Exception {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        String siti = server.addUser("siti", "53.10", null);
        String yosef = server.addUser("yosef", "53.15", null);
        Path list = Files.writeString(dir.resolve("golo-cador.csv"), HEADER + "\n"
                + "5310012304870001;Aloysius Jehaman;L;23/04/1987;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n",
                StandardCharsets.UTF_8);
        long batch;
        try (PayungServices s = server.services(siti)) {
            assertThat(s.imports().standingImportOf(list)).isEmpty();
            ImportService.Report r = s.imports().importFile(list, ImportOptions.defaults(), ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(1);
            batch = r.batchId();
            assertThat(s.imports().standingImportOf(list)).map(ImportBatch::id).contains(batch);
            assertThat(s.imports().standingImportOf(list)).map(ImportBatch::actor).contains(siti);
        }
        try (PayungServices s = server.services(yosef)) {
            assertThat(s.imports().standingImportOf(list)).as("another regency's batch is not read").isEmpty();
        }
        try (PayungServices s = server.services(siti)) {
            s.imports().undo(batch);
            assertThat(s.imports().standingImportOf(list)).as("undone: may be imported again unremarked").isEmpty();
        }
    }
}
