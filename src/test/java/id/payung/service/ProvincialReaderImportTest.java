package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.payung.service.facade.PayungServices;
import id.payung.service.importing.ImportOptions;
import id.payung.service.importing.ImportService;
import id.payung.store.PostgresServer;
import id.payung.ui.I18n;
import id.payung.ui.UserMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provincial reader's import (session 16): refused before the file is read, saying why and who imports — the
 * reader's login reads every regency's data, a list is imported with a regency's clerk login — in the window's words
 * (Indonesian and English; the menu's Impor says the same, MainWindow) and as a plain refusal, not "read-only" alone.
 * Its dry run, which writes nothing, still checks the list.
 */
@Tag("postgres")
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReaderImportTest {
    private final ServerFixture server;

    ProvincialReaderImportTest(ServerFixture server) {
        this.server = server;
    }

    @Test
    void theReaderIsToldWhyAndWhoImports(@TempDir Path dir) throws Exception {
        Path list = Files.writeString(dir.resolve("daftar.csv"), "NIK;Nama;Desa\n5310015204850001;Maria Jelita;Wae Rii\n");
        ImportOptions options = ImportOptions.defaults().withFunder("APBD-PROV-NTT")
                .withPeriod(java.time.YearMonth.of(2026, 1), null);
        try (PayungServices s = server.services(server.ntt())) {
            assertThat(s.imports().importFile(list, options.dry(), ImportService.Progress.NONE).read()).isEqualTo(1);
            assertThat(s.imports().readerRefusal()).isPresent();

            Throwable refused = catchThrowable(() -> s.imports().importFile(list, options, ImportService.Progress.NONE));
            assertThat(refused).isInstanceOf(ImportService.ReaderImportException.class);
            assertThat(UserMessages.isRefusal(refused)).as("a plain refusal, no crash dialog").isTrue();
            assertThat(UserMessages.describe(I18n.bundle(I18n.INDONESIAN), refused))
                    .contains(server.ntt() + " adalah login pembaca provinsi", "membaca data setiap kabupaten/kota",
                            "diimpor oleh petugas kabupaten/kota dengan login petugasnya sendiri")
                    .doesNotContain("hanya-baca", "{");
            assertThat(UserMessages.describe(I18n.bundle(I18n.ENGLISH), refused))
                    .contains(server.ntt() + " is a provincial reader's login",
                            "reads the data of every regency of its province",
                            "imported by its regency's clerk, with that clerk's own login")
                    .doesNotContain("read-only", "{");
        }
        try (Connection c = server.ownerConnection()) {
            assertThat(ServerFixture.count(c, "SELECT count(*) FROM enrollment")).as("nothing written").isZero();
        }
        try (PayungServices s = server.services(server.siti())) {
            assertThat(s.imports().readerRefusal()).as("a clerk imports").isEmpty();
        }
    }
}
