package id.payung.service;

import id.payung.store.Dialect;
import id.payung.store.TestEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.service.facade.PayungServices;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A tiny file declaring a gigantic picture made every PDF cost 3 GB; a large photo is stored small. */
class HostileLogoTest {
    @RegisterExtension
    final TestEngine engine = TestEngine.of(dialect());

    /** The engine this class runs on; its PostgreSQL twin says otherwise. */
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @TempDir
    Path dir;

    @Test
    @Timeout(20)
    void aTinyJpegDeclaringTwentyFiveThousandPixelsSquareIsRefusedUndecoded() throws IOException {
        byte[] jpeg = declaring(image("jpg", 16, 16), 25_000, 25_000);
        assertThat(jpeg.length).isLessThan(1_000);
        try (PayungServices s = engine.services()) {
            assertThatThrownBy(() -> s.reference().saveOfficeLogo(jpeg))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems().get(0).code()).isEqualTo("LOGO_TOO_MANY_PIXELS");
                        assertThat(e.problems().get(0).args()).containsExactly("25.000", "25.000");
                    });
            assertThat(s.reference().officeLogo()).isEmpty();
        }
    }

    @Test
    void aLargePhotoIsStoredScaledDown() throws IOException {
        try (PayungServices s = engine.services()) {
            OfficeLogo stored = s.reference().saveOfficeLogo(image("jpg", 3000, 2000));
            assertThat(stored.width()).isEqualTo(OfficeLogos.STORED_SIDE);
            assertThat(stored.height()).isEqualTo(400);
            OfficeLogo back = s.reference().officeLogo().orElseThrow();
            assertThat(back.type()).isEqualTo(OfficeLogo.Type.PNG);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(back.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(600);
            assertThat(decoded.getHeight()).isEqualTo(400);
        }
    }

    /** The JPEG with the size in its frame header (SOF0) changed: the picture data stays 16 × 16. */
    private static byte[] declaring(byte[] jpeg, int width, int height) {
        for (int i = 0; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new AssertionError("no SOF0 marker");
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1f5f8b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
