package id.payung.service.exporting;

import id.payung.service.ReplacingWrite;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A picture (a dashboard chart for a slide) written as a PNG file. Encoded here with the JDK's own deflater, so
 * neither JavaFX's Swing bridge nor the desktop module is needed to save a chart; the file is written as every export
 * is ({@link ReplacingWrite#replace}): whole or not at all, an older file of that name kept until the new one is
 * complete.
 */
public final class PngFile {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MAX_SIDE = 20_000;

    private PngFile() {
    }

    /**
     * Writes {@code width}×{@code height} pixels ({@code argb}, row by row, 0xAARRGGBB as JavaFX's
     * {@code PixelFormat.getIntArgbInstance()} gives them) to {@code file} as a PNG, marked {@code dpi} dots per inch
     * so that a slide program places a picture rendered at twice the screen's size at its on-screen size.
     * Opaque pictures are written as RGB, others as RGBA.
     *
     * @throws IOException when the file cannot be written; no file of that name is then left behind half-written,
     *                     and one that was there is unchanged ({@link ReplacingWrite.NotReplacedException} when it
     *                     could not be replaced, e.g. open in another program)
     * @throws IllegalArgumentException when the sizes and the pixels do not agree
     */
    public static void write(Path file, int width, int height, int[] argb, int dpi) throws IOException {
        byte[] png = encode(width, height, argb, dpi);
        ReplacingWrite.replace(file, out -> {
            out.write(png);
            return null;
        });
    }

    /** The PNG file's bytes (see {@link #write}). */
    static byte[] encode(int width, int height, int[] argb, int dpi) {
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || argb.length != width * height) {
            throw new IllegalArgumentException("a picture of " + width + "×" + height + " with " + argb.length + " pixels");
        }
        boolean opaque = true;
        for (int p : argb) {
            if (p >>> 24 != 0xff) {
                opaque = false;
                break;
            }
        }
        int channels = opaque ? 3 : 4;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(width * height);
        try {
            bytes.write(SIGNATURE);
            chunk(bytes, "IHDR", ihdr(width, height, opaque ? 2 : 6));
            int pixelsPerMetre = (int) Math.round(dpi / 0.0254);
            ByteArrayOutputStream phys = new ByteArrayOutputStream();
            DataOutputStream p = new DataOutputStream(phys);
            p.writeInt(pixelsPerMetre);
            p.writeInt(pixelsPerMetre);
            p.writeByte(1); // the unit: metre
            chunk(bytes, "pHYs", phys.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
                byte[] row = new byte[1 + width * channels];
                for (int y = 0; y < height; y++) {
                    // Filter "Sub" on every row: a chart's flat areas become runs of zeros, which compress well.
                    row[0] = 1;
                    int prevR = 0;
                    int prevG = 0;
                    int prevB = 0;
                    int prevA = 0;
                    for (int x = 0, i = 1; x < width; x++) {
                        int c = argb[y * width + x];
                        int r = (c >> 16) & 0xff;
                        int g = (c >> 8) & 0xff;
                        int b = c & 0xff;
                        int a = c >>> 24;
                        row[i++] = (byte) (r - prevR);
                        row[i++] = (byte) (g - prevG);
                        row[i++] = (byte) (b - prevB);
                        if (!opaque) {
                            row[i++] = (byte) (a - prevA);
                        }
                        prevR = r;
                        prevG = g;
                        prevB = b;
                        prevA = a;
                    }
                    z.write(row);
                }
            } finally {
                deflater.end();
            }
            chunk(bytes, "IDAT", idat.toByteArray());
            chunk(bytes, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: does not happen
        }
        return bytes.toByteArray();
    }

    private static byte[] ihdr(int width, int height, int colourType) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(width);
        d.writeInt(height);
        d.writeByte(8); // bits per channel
        d.writeByte(colourType);
        d.writeByte(0); // deflate
        d.writeByte(0); // adaptive filtering
        d.writeByte(0); // not interlaced
        return b.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
        d.flush();
    }
}
