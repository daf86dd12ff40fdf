package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.ReadinessSummary;
import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.nio.file.Path;
import java.sql.SQLException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trial 20a M7: a provincial reader's Kesiapan penghargaan said "Daftar desa belum dimuat (Pengaturan)" with the desa
 * loaded (its settings name no regency); it counts the province's desa. Its readiness PDF is headed by the province's
 * government, as its year report is ("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR").
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReadinessTest {
    private ServerFixture server;
    private String ntt;
    private String siti;

    @BeforeAll
    void setUp(PostgresDatabase db) throws SQLException {
        server = new ServerFixture(db);
        server.admin().init();
        ntt = server.addUser("ntt", null, "53");
        siti = server.addUser("siti", "53.10", null);
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void theProvincesDesaAreCountedAndThePdfHasItsGovernment(@TempDir Path dir) throws Exception {
        long manggarai;
        try (PayungServices s = server.services(siti)) {
            manggarai = s.readiness().summary(2025).villages().desaTotal();
        }
        assertThat(manggarai).isPositive();
        try (PayungServices s = server.services(ntt)) {
            ReadinessSummary summary = s.readiness().summary(2025);
            assertThat(summary.villages().desaTotal()).as("the province's desa, loaded").isGreaterThanOrEqualTo(manggarai);
            Path pdf = dir.resolve("kesiapan-provinsi.pdf");
            s.exports().readiness(summary, pdf);
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(doc);
            }
            assertThat(text).contains("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR").doesNotContain("belum dimuat");
        }
    }
}
