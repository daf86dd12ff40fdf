package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.Database;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import id.payung.store.ServerContents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server the owner reads every regency's audit entries but writes for the one regency its session names
 * ({@code ServerContents.writeFor}): the earlier corrections it is offered for a file are that regency's only, the
 * imports' and the refused imports' alike. A refused import's entry is its regency's; a provincial reader's import is
 * refused before anything is written.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlierFixesForTheOwnersRegencyOnPostgresTest {
    private static final String HEADER = "NIK;Nama Lengkap;Jenis Kelamin;Tanggal Lahir;Kecamatan;Pekerjaan;No HP;Sumber Dana;Mulai;Jumlah Bulan";
    private static final String ALOYSIUS = "5310012304870001;Aloysius Jehamn;L;23/04/1987;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n";
    private static final String WRONG = "123;Orang Salah;L;01/01/1990;Wae Rii;Petani;;APBD Kabupaten Manggarai;01/2026;12\n";

    @TempDir
    Path dir;
    private ServerFixture server;
    private String siti;
    private String yosef;
    private String ntt;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        assertThat(server.admin().init()).isEqualTo("53.10");
        siti = server.addUser("siti", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null); // Manggarai Timur set up
        ntt = server.addUser("ntt", null, "53");
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    private static final Map<ImportOptions.CellFix, String> TYPED =
            Map.of(new ImportOptions.CellFix(2, "Nama Lengkap"), "Aloysius Jehaman");

    private Path list(String name, String rows) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + "\n" + rows, StandardCharsets.UTF_8);
    }

    /** The owner's import service, as {@code server import-file} and an owner's Payung work: one write connection. */
    private static ImportService ownersImports(Database owner) {
        return new ImportService(owner, new ReferenceService(owner), TestData.CLOCK, "pemilik", () -> "53");
    }

    @Test
    void theOwnerIsOfferedOnlyTheCorrectionsOfTheRegencyItWritesFor() throws Exception {
        Path list = list("golo-cador.csv", ALOYSIUS);
        try (PayungServices s = server.services(siti)) {
            ImportService.Report r = s.imports().importFile(list, ImportOptions.defaults().withFixes(TYPED),
                    ImportService.Progress.NONE);
            assertThat(r.imported()).isEqualTo(1);
            s.imports().undo(r.batchId());
        }
        try (Database owner = Database.openServer(server.ownerAddress(), ServerFixture.OWNER_PASSWORD.toCharArray())) {
            ImportService imports = ownersImports(owner);
            ServerContents.writeFor(owner, "53.15");
            assertThat(imports.earlierFixes(list, ImportOptions.defaults())).isEqualTo(ImportService.EarlierFixes.NONE);

            ServerContents.writeFor(owner, "53.10");
            assertThat(imports.earlierFixes(list, ImportOptions.defaults()).asFixes()).isEqualTo(TYPED);
        }
    }

    @Test
    void aRefusedImportIsItsRegencysAndAReaderWritesNone() throws Exception {
        Path refused = list("golo-salah.csv", ALOYSIUS + WRONG);
        try (PayungServices s = server.services(siti)) {
            ImportService.Report no = s.imports().importFile(refused, ImportOptions.defaults().withFixes(TYPED),
                    ImportService.Progress.NONE);
            assertThat(no.rejected()).isEqualTo(1);
        }
        try (PayungServices s = server.services(ntt)) {
            assertThatThrownBy(() -> s.imports().importFile(refused, ImportOptions.defaults().withFixes(TYPED),
                    ImportService.Progress.NONE)).isInstanceOf(ImportService.ReaderImportException.class);
            assertThat(s.imports().earlierFixes(refused, ImportOptions.defaults()))
                    .as("a reader's import writes to no regency").isEqualTo(ImportService.EarlierFixes.NONE);
        }
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM audit_log WHERE action = 'IMPORT_REFUSED'"
                    + " AND regency_code = '53.10'")).as("Siti's refused import, not the reader's").isEqualTo(1);
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM audit_log WHERE action = 'IMPORT_REFUSED'"))
                    .isEqualTo(1);
        }
        try (PayungServices s = server.services(siti)) {
            assertThat(s.imports().earlierFixes(refused, ImportOptions.defaults()).asFixes()).isEqualTo(TYPED);
        }
        try (PayungServices s = server.services(yosef)) {
            assertThat(s.imports().earlierFixes(refused, ImportOptions.defaults()))
                    .isEqualTo(ImportService.EarlierFixes.NONE);
        }
        try (Database owner = Database.openServer(server.ownerAddress(), ServerFixture.OWNER_PASSWORD.toCharArray())) {
            ImportService imports = ownersImports(owner);
            ServerContents.writeFor(owner, "53.15");
            assertThat(imports.earlierFixes(refused, ImportOptions.defaults())).isEqualTo(ImportService.EarlierFixes.NONE);
            ServerContents.writeFor(owner, "53.10");
            assertThat(imports.earlierFixes(refused, ImportOptions.defaults()).asFixes()).isEqualTo(TYPED);
        }
    }
}
