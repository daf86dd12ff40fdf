package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresDatabase;
import id.payung.store.PostgresServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A provincial reader reads every regency's meta rows (their offices' Pengaturan) but is none of them: their
 * settings are the province's own office ({@code payung server province-settings}), with no regency, and no
 * regency's logo, language or default year; each clerk keeps their own regency's.
 */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReaderSettingsTest {
    private ServerFixture server;
    private String ntt;
    private String siti;
    private String yosef;

    @BeforeAll
    void setUp(PostgresDatabase db) throws Exception {
        server = new ServerFixture(db);
        server.admin().init();
        ntt = server.addUser("ntt", null, "53");
        siti = server.addUser("siti", "53.10", null);
        yosef = server.addUser("yosef", "53.15", null);
        try (PayungServices s = server.services(yosef)) {
            s.saveSettings(new Settings("Dinas Nakertrans Kabupaten Manggarai Barat", "53.15", "Labuan Bajo",
                    "Jl. Soekarno-Hatta, Labuan Bajo", "en", 2024, "Yohanes Sehandi", "Kepala Dinas", null));
            s.reference().saveOfficeLogo(png());
        }
        try (PayungServices s = server.services(siti)) {
            s.saveSettings(new Settings("Dinas Nakertrans Kabupaten Manggarai", "53.10", "Ruteng",
                    null, "id", 2025, "Frederikus Jehalu", "Kepala Dinas", null));
            s.reference().saveOfficeLogo(png());
        }
    }

    @AfterAll
    void dropLogins() throws SQLException {
        server.dropLogins();
    }

    @Test
    void aReaderGetsTheProvincesOfficeNeverARegencys() {
        server.admin().provinceSettings("53", Map.of("office_name", "Dinas Tenaga Kerja dan Transmigrasi Provinsi NTT",
                "office_place", "Kupang", "office_address", "Jl. Polisi Militer No. 2, Kupang",
                "head_name", "Silvya R. Pekudjawang", "head_title", "Kepala Dinas"));
        try (PayungServices s = server.services(ntt)) {
            assertThat(s.reference().settings()).isEqualTo(new Settings(
                    "Dinas Tenaga Kerja dan Transmigrasi Provinsi NTT", null, "Kupang", "Jl. Polisi Militer No. 2, Kupang",
                    null, null, "Silvya R. Pekudjawang", "Kepala Dinas", null));
            assertThat(s.settings()).isEqualTo(s.reference().settings());
            assertThat(s.reference().officeLogo()).isEmpty(); // no regency's logo on the province's papers
        } finally {
            server.admin().provinceSettings("53", Map.of("office_name", "", "office_place", "", "office_address", "",
                    "head_name", "", "head_title", ""));
        }
    }

    @Test
    void aReaderOfAProvinceWithoutSettingsGetsNoneNotARegencys() {
        try (PayungServices s = server.services(ntt)) {
            assertThat(s.reference().settings()).isEqualTo(new Settings(null, null, null, null, null, null, null, null, null));
        }
    }

    @Test
    void eachClerkKeepsTheirOwnRegencysSettings() {
        try (PayungServices s = server.services(yosef)) {
            assertThat(s.reference().settings()).isEqualTo(new Settings("Dinas Nakertrans Kabupaten Manggarai Barat",
                    "53.15", "Labuan Bajo", "Jl. Soekarno-Hatta, Labuan Bajo", "en", 2024, "Yohanes Sehandi",
                    "Kepala Dinas", null));
            assertThat(s.reference().officeLogo()).isPresent();
        }
        try (PayungServices s = server.services(siti)) {
            assertThat(s.reference().settings().officeName()).isEqualTo("Dinas Nakertrans Kabupaten Manggarai");
            assertThat(s.reference().settings().regencyCode()).isEqualTo("53.10");
        }
    }

    private static byte[] png() throws java.io.IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
