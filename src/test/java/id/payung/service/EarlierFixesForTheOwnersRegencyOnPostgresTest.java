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
 * imports' and the refused imports' alike. A refused import writes nothing to the server; its corrections are kept in
 * the data folder, for that server and login, marked with the regency the import wrote to; a provincial reader's
 * import is refused before anything is written or kept.
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

    /** Where this test's Payung keeps refused imports' corrections: not the user's data folder. */
    private Path kept() {
        return dir.resolve("data").resolve("refused-imports");
    }

    private PayungServices services(String login) {
        PayungServices s = server.services(login);
        s.imports().keepRefusedCorrectionsIn(kept());
        return s;
    }

    private long keptFiles() throws Exception {
        if (!Files.isDirectory(kept())) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.list(kept())) {
            return files.count();
        }
    }

    private Path list(String name, String rows) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + "\n" + rows, StandardCharsets.UTF_8);
    }

    /** The owner's import service, as {@code server import-file} and an owner's Payung work: one write connection. */
    private ImportService ownersImports(Database owner) {
        ImportService imports = new ImportService(owner, new ReferenceService(owner), TestData.CLOCK, "pemilik", () -> "53");
        imports.keepRefusedCorrectionsIn(kept());
        return imports;
    }

    @Test
    void theOwnerIsOfferedOnlyTheCorrectionsOfTheRegencyItWritesFor() throws Exception {
        Path list = list("golo-cador.csv", ALOYSIUS);
        try (PayungServices s = services(siti)) {
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
    void aRefusedImportIsItsRegencysAndAReaderKeepsNone() throws Exception {
        Path refused = list("golo-salah.csv", ALOYSIUS + WRONG);
        long entries;
        try (Connection c = server.ownerConnection()) {
            entries = ServerFixture.count(c, "SELECT count(*) FROM audit_log");
        }
        try (PayungServices s = services(siti)) {
            ImportService.Report no = s.imports().importFile(refused, ImportOptions.defaults().withFixes(TYPED),
                    ImportService.Progress.NONE);
            assertThat(no.rejected()).isEqualTo(1);
        }
        assertThat(keptFiles()).as("Siti's corrections, kept for this server and her login").isEqualTo(1);
        try (PayungServices s = services(ntt)) {
            assertThatThrownBy(() -> s.imports().importFile(refused, ImportOptions.defaults().withFixes(TYPED),
                    ImportService.Progress.NONE)).isInstanceOf(ImportService.ReaderImportException.class);
            assertThat(s.imports().earlierFixes(refused, ImportOptions.defaults()))
                    .as("a reader's import writes to no regency").isEqualTo(ImportService.EarlierFixes.NONE);
        }
        assertThat(keptFiles()).as("the reader keeps nothing").isEqualTo(1);
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM audit_log")).as("a refused import writes nothing")
                    .isEqualTo(entries);
        }
        try (PayungServices s = services(siti)) {
            assertThat(s.imports().earlierFixes(refused, ImportOptions.defaults()).asFixes()).isEqualTo(TYPED);
        }
        try (PayungServices s = services(yosef)) {
            assertThat(s.imports().earlierFixes(refused, ImportOptions.defaults()))
                    .isEqualTo(ImportService.EarlierFixes.NONE);
        }
        try (Database owner = Database.openServer(server.ownerAddress(), ServerFixture.OWNER_PASSWORD.toCharArray())) {
            ImportService imports = ownersImports(owner);
            ServerContents.writeFor(owner, "53.10");
            assertThat(imports.earlierFixes(refused, ImportOptions.defaults()))
                    .as("Siti's corrections are her login's").isEqualTo(ImportService.EarlierFixes.NONE);
            // The owner's own refused import, writing for Manggarai: offered when it writes for Manggarai only.
            ImportService.Report no = imports.importFile(refused, ImportOptions.defaults().withFixes(TYPED),
                    ImportService.Progress.NONE);
            assertThat(no.rejected()).isEqualTo(1);
            ServerContents.writeFor(owner, "53.15");
            assertThat(imports.earlierFixes(refused, ImportOptions.defaults())).isEqualTo(ImportService.EarlierFixes.NONE);
            ServerContents.writeFor(owner, "53.10");
            assertThat(imports.earlierFixes(refused, ImportOptions.defaults()).asFixes()).isEqualTo(TYPED);
        }
        assertThat(keptFiles()).isEqualTo(2);
    }
}
