package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
@ExtendWith(PostgresServer.class)
class EarlierFixesAcrossRegenciesOnPostgresTest {
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
    void anotherRegencysClerkIsOfferedNoneOfTheCorrections(PostgresDatabase db) throws Exception {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        String siti = server.addUser("siti", "53.10", null);
        String yosef = server.addUser("yosef", "53.15", null);
        Path list = Files.writeString(dir.resolve("golo-cador.csv"), HEADER + "\n"
                + "5310012304870001;Aloysius Jehamn;L;23/04/1987;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n",
                StandardCharsets.UTF_8);
        Map<ImportOptions.CellFix, String> typed = Map.of(new ImportOptions.CellFix(2, "Nama Lengkap"), "Aloysius Jehaman");
        try (PayungServices s = server.services(siti)) {
            ImportService.Report r = s.imports().importFile(list, ImportOptions.defaults().withFixes(typed),
                    ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(1);
            s.imports().undo(r.batchId());
            assertThat(s.imports().earlierFixes(list, ImportOptions.defaults()).asFixes()).isEqualTo(typed);
        }
        try (PayungServices s = server.services(yosef)) {
            assertThat(s.imports().earlierFixes(list, ImportOptions.defaults()))
                    .isEqualTo(ImportService.EarlierFixes.NONE);
        }
    }
}
