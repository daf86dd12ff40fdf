package id.payung.service.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.service.ReplacingWrite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dashboard chart saved for a slide: a PNG any program reads, pixel for pixel, marked at 192 dpi (a picture drawn at
 * twice the screen's size shows at the screen's size); written whole or not at all.
 */
class PngFileTest {
    @TempDir
    Path dir;

    /** A 3×2 picture: red, green, blue / white, black, a grey. */
    private static final int[] PIXELS = {0xffff0000, 0xff00ff00, 0xff0000ff, 0xffffffff, 0xff000000, 0xff7f7f7f};

    @Test
    void theFileHoldsThePicturesPixelsAndItsResolution() throws Exception {
        Path file = dir.resolve("porsi-sumber-dana-2025-ruteng.png");
        PngFile.write(file, 3, 2, PIXELS, 192);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertThat(read.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(PIXELS[y * 3 + x]);
            }
        }
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            IIOMetadataNode tree = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) tree.getElementsByTagName("pHYs").item(0);
            // 192 dpi = 7.559 pixels per metre.
            assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("7559");
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        }
        assertThat(names()).containsExactly("porsi-sumber-dana-2025-ruteng.png");
    }

    @Test
    void seeThroughPixelsKeepTheirAlpha() throws Exception {
        int[] pixels = {0x80ff0000, 0x00000000};
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngFile.encode(2, 1, pixels, 96)));
        assertThat(read.getColorModel().hasAlpha()).isTrue();
        assertThat(read.getRGB(0, 0)).isEqualTo(0x80ff0000);
        assertThat(read.getRGB(1, 0) >>> 24).isZero();
    }

    @Test
    void anOlderPictureIsReplacedWhole() throws Exception {
        Path file = Files.writeString(dir.resolve("grafik.png"), "an older picture");
        PngFile.write(file, 3, 2, PIXELS, 192);
        assertThat(ImageIO.read(file.toFile()).getRGB(0, 0)).isEqualTo(0xffff0000);
        assertThat(names()).containsExactly("grafik.png");
    }

    @Test
    void aFailedWriteLeavesNoHalfFileAndTheOldOneAsItWas() throws Exception {
        // A folder of that name stands in for a file that cannot be replaced (open in another program).
        Path held = Files.createDirectories(dir.resolve("dipakai.png"));
        Files.writeString(held.resolve("isi"), "x");
        assertThatThrownBy(() -> PngFile.write(held, 3, 2, PIXELS, 192)).isInstanceOf(ReplacingWrite.NotReplacedException.class);
        assertThat(Files.readString(held.resolve("isi"))).isEqualTo("x");
        assertThatThrownBy(() -> PngFile.write(dir.resolve("tidak-ada").resolve("grafik.png"), 3, 2, PIXELS, 192))
                .isInstanceOf(java.io.IOException.class);
        assertThat(names()).containsExactly("dipakai.png");
    }

    @Test
    void sizesThatDoNotFitThePixelsAreRefused() {
        assertThatThrownBy(() -> PngFile.encode(4, 2, PIXELS, 192)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngFile.encode(0, 0, new int[0], 192)).isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<String> names() throws java.io.IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
