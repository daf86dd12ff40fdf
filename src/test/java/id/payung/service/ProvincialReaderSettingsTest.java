package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.service.facade.PayungServices;
import id.payung.store.PostgresServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
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
@ExtendWith({PostgresServer.class, ServerFixture.AcrossRegencies.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialReaderSettingsTest {
    private final ServerFixture server;

    ProvincialReaderSettingsTest(ServerFixture server) {
        this.server = server;
    }

    @BeforeAll
    void seed() throws Exception {
        try (PayungServices s = server.services(server.yosef())) {
            s.saveSettings(new Settings("Dinas Nakertrans Kabupaten Manggarai Barat", "53.15", "Labuan Bajo",
                    "Jl. Soekarno-Hatta, Labuan Bajo", "en", 2024, "Yohanes Sehandi", "Kepala Dinas", null));
            s.reference().saveOfficeLogo(png());
        }
        try (PayungServices s = server.services(server.siti())) {
            s.saveSettings(new Settings("Dinas Nakertrans Kabupaten Manggarai", "53.10", "Ruteng",
                    null, "id", 2025, "Frederikus Jehalu", "Kepala Dinas", null));
            s.reference().saveOfficeLogo(png());
        }
    }

    @Test
    void aReaderGetsTheProvincesOfficeNeverARegencys() {
        server.admin().provinceSettings("53", Map.of("office_name", "Dinas Tenaga Kerja dan Transmigrasi Provinsi NTT",
                "office_place", "Kupang", "office_address", "Jl. Polisi Militer No. 2, Kupang",
                "head_name", "Silvya R. Pekudjawang", "head_title", "Kepala Dinas"));
        try (PayungServices s = server.services(server.ntt())) {
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
        try (PayungServices s = server.services(server.ntt())) {
            assertThat(s.reference().settings()).isEqualTo(new Settings(null, null, null, null, null, null, null, null, null));
        }
    }

    @Test
    void eachClerkKeepsTheirOwnRegencysSettings() {
        try (PayungServices s = server.services(server.yosef())) {
            assertThat(s.reference().settings()).isEqualTo(new Settings("Dinas Nakertrans Kabupaten Manggarai Barat",
                    "53.15", "Labuan Bajo", "Jl. Soekarno-Hatta, Labuan Bajo", "en", 2024, "Yohanes Sehandi",
                    "Kepala Dinas", null));
            assertThat(s.reference().officeLogo()).isPresent();
        }
        try (PayungServices s = server.services(server.siti())) {
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
