package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.FormProblem;
import id.payung.service.facade.PayungServices;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SettingsTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Test
    void anotherRegencyCanSetItselfUpAndTheRulesFollow() {
        try (PayungServices s = engine.services()) {
            assertThat(s.settings().regionPrefix()).isEqualTo("5310");
            assertThatThrownBy(() -> s.saveSettings(new Settings("", "5315", null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FormProblem::code).containsExactly("REQUIRED", "REGENCY_CODE"));

            s.saveSettings(new Settings("Dinas Nakertrans Kabupaten Manggarai Barat", "53.15", "Labuan Bajo"));

            assertThat(s.settings().regionPrefix()).isEqualTo("5315");
            assertThat(s.settings().place()).isEqualTo("Labuan Bajo");
        }
        try (PayungServices s = engine.services()) {
            assertThat(s.settings().officeName()).isEqualTo("Dinas Nakertrans Kabupaten Manggarai Barat");
        }
    }

    @Test
    void addressLanguageAndDefaultYearAreKeptAndCleared() {
        try (PayungServices s = engine.services()) {
            assertThat(s.settings().address()).isNull();
            assertThat(s.settings().languageOrDefault()).isEqualTo("id");
            assertThat(s.settings().defaultYear()).isNull();

            s.saveSettings(new Settings("Dinas Nakertrans Kabupaten Sikka", "53.07", "Maumere",
                    "Jl. El Tari No. 5, Maumere", "en", 2024));
        }
        try (PayungServices s = engine.services()) {
            assertThat(s.settings()).isEqualTo(new Settings("Dinas Nakertrans Kabupaten Sikka", "53.07", "Maumere",
                    "Jl. El Tari No. 5, Maumere", "en", 2024));
            assertThat(s.settings().languageOrDefault()).isEqualTo("en");

            s.saveSettings(new Settings("Dinas Nakertrans Kabupaten Sikka", "53.07", "Maumere", " ", null, null));

            assertThat(s.settings().address()).isNull();
            assertThat(s.settings().language()).isNull();
            assertThat(s.settings().defaultYear()).isNull();
        }
    }

    private static Settings withNip(Settings s, String nip) {
        return new Settings(s.officeName(), s.regencyCode(), s.place(), s.address(), s.language(), s.defaultYear(),
                s.headName(), s.headTitle(), nip);
    }

    @Test
    void theHeadsNipIsOptionalCheckedAndStoredAsItsDigits() {
        try (PayungServices s = engine.services()) {
            Settings before = s.settings();
            assertThat(before.headNip()).isNull();

            assertThatThrownBy(() -> s.saveSettings(withNip(before, "19700101 199513 1 002")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(FormProblem.error(FormProblem.Field.HEAD_NIP, "NIP_TMT", "199513")));
            assertThat(s.settings()).isEqualTo(before);

            s.saveSettings(withNip(before, " 19700101 199503 1 002 "));
        }
        try (PayungServices s = engine.services()) {
            assertThat(s.settings().headNip()).isEqualTo("197001011995031002");
            assertThat(s.settings().headName()).isEqualTo("Frederikus I. Dicky Jenarut");

            s.saveSettings(withNip(s.settings(), ""));

            assertThat(s.settings().headNip()).isNull();
        }
    }

    @Test
    void aDefaultYearOutsideTheRangeIsRefusedAndNothingChanges() {
        try (PayungServices s = engine.services()) {
            Settings before = s.settings();

            assertThatThrownBy(() -> s.saveSettings(new Settings("Dinas", "53.10", "Ruteng", null, null, 1999)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsExactly(FormProblem.error(FormProblem.Field.YEAR, "DEFAULT_YEAR", 2000, 2100)));

            assertThat(s.settings()).isEqualTo(before);
        }
    }

    @Test
    void aPngOrJpegLogoIsStoredForReportsAndSurvivesReopening() throws IOException {
        byte[] png = image("png", 120, 80);
        byte[] jpeg = image("jpg", 40, 30);
        try (PayungServices s = engine.services()) {
            assertThat(s.reference().officeLogo()).isEmpty();

            OfficeLogo stored = s.reference().saveOfficeLogo(png);

            assertThat(stored.type()).isEqualTo(OfficeLogo.Type.PNG);
            assertThat(stored.width()).isEqualTo(120);
            assertThat(stored.height()).isEqualTo(80);
        }
        try (PayungServices s = engine.services()) {
            OfficeLogo logo = s.reference().officeLogo().orElseThrow();
            assertThat(logo.bytes()).isEqualTo(png);
            assertThat(logo.type().mediaType()).isEqualTo("image/png");

            s.reference().saveOfficeLogo(jpeg);
            assertThat(s.reference().officeLogo().orElseThrow().type()).isEqualTo(OfficeLogo.Type.JPEG);

            s.reference().removeOfficeLogo();
            assertThat(s.reference().officeLogo()).isEmpty();
        }
    }

    @Test
    void aSecondPrintReusesTheDecodedLogoUntilAnotherIsStored() throws IOException {
        try (PayungServices s = engine.services()) {
            s.reference().saveOfficeLogo(image("png", 120, 80));
            OfficeLogo first = s.reference().officeLogo().orElseThrow();

            assertThat(s.reference().officeLogo().orElseThrow()).isSameAs(first);

            s.reference().saveOfficeLogo(image("jpg", 40, 30));
            OfficeLogo other = s.reference().officeLogo().orElseThrow();
            assertThat(other).isNotSameAs(first);
            assertThat(other.width()).isEqualTo(40);
        }
    }

    @Test
    void aLogoThatIsTooLargeNotAPictureOrDamagedIsRefusedAndTheOldOneStays() throws IOException {
        try (PayungServices s = engine.services()) {
            byte[] good = image("png", 10, 10);
            s.reference().saveOfficeLogo(good);
            byte[] tooLarge = Arrays.copyOf(good, OfficeLogo.MAX_BYTES + 1);
            byte[] text = "kop surat dinas".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] damaged = Arrays.copyOf(good, 40); // a PNG's signature and header, cut off

            assertThat(refusal(s, tooLarge)).isEqualTo("LOGO_TOO_LARGE");
            assertThat(refusal(s, text)).isEqualTo("LOGO_NOT_IMAGE");
            assertThat(refusal(s, damaged)).isEqualTo("LOGO_DAMAGED");
            assertThat(refusal(s, new byte[0])).isEqualTo("LOGO_NOT_IMAGE");

            assertThat(s.reference().officeLogo().orElseThrow().bytes()).isEqualTo(good);
        }
    }

    private static String refusal(PayungServices s, byte[] bytes) {
        try {
            s.reference().saveOfficeLogo(bytes);
            throw new AssertionError("accepted " + bytes.length + " bytes");
        } catch (InvalidInputException e) {
            return e.problems().get(0).code();
        }
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1f5f8b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
