package id.payung.service;

import id.payung.domain.FormProblem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks a logo file: small enough, PNG or JPEG by its first bytes, a size in pixels that fits in memory
 * (read from the header before anything is decoded: a 976-byte JPEG can declare 25.000 × 25.000 pixels,
 * 1,9 GB decoded), and decodable as such. A logo larger than a printed one needs is stored scaled down.
 */
final class OfficeLogos {
    /** Refused unread: more pixels than this (6.000 × 4.000, a large photo) is no logo. */
    static final long MAX_PIXELS = 24_000_000L;
    /** A logo is printed a few centimetres wide: this many pixels on its longer side is plenty. */
    static final int STORED_SIDE = 600;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    /** The logo {@link #read} decoded last (a pure function's answer, so sharing it is safe). */
    private static volatile OfficeLogo lastRead;

    private OfficeLogos() {
    }

    /** The logo in these bytes. @throws InvalidInputException when they are not an acceptable logo */
    static OfficeLogo check(byte[] bytes) {
        if (bytes.length > OfficeLogo.MAX_BYTES) {
            throw refused("LOGO_TOO_LARGE", OfficeLogo.MAX_BYTES / 1024);
        }
        OfficeLogo.Type type = startsWith(bytes, PNG) ? OfficeLogo.Type.PNG
                : startsWith(bytes, JPEG) ? OfficeLogo.Type.JPEG : null;
        if (type == null) {
            throw refused("LOGO_NOT_IMAGE");
        }
        BufferedImage image = decode(bytes);
        if (image.getWidth() < 1 || image.getHeight() < 1) {
            throw refused("LOGO_DAMAGED");
        }
        return new OfficeLogo(bytes, type, image.getWidth(), image.getHeight());
    }

    /**
     * The logo to store for these bytes: {@link #check}ed, and scaled down to {@link #STORED_SIDE} pixels on
     * its longer side (as a PNG) when it is larger, so every print after it costs little.
     */
    static OfficeLogo forStoring(byte[] bytes) {
        OfficeLogo logo = check(bytes);
        if (Math.max(logo.width(), logo.height()) <= STORED_SIDE) {
            return logo;
        }
        double scale = (double) STORED_SIDE / Math.max(logo.width(), logo.height());
        int w = Math.max(1, (int) Math.round(logo.width() * scale));
        int h = Math.max(1, (int) Math.round(logo.height() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(decode(bytes), 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new OfficeLogo(png.toByteArray(), OfficeLogo.Type.PNG, w, h);
    }

    /** Decodes the image after reading its declared size from the header; refuses one too large to decode. */
    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused("LOGO_DAMAGED");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw refused("LOGO_TOO_MANY_PIXELS", id.payung.domain.Formats.count(width),
                            id.payung.domain.Formats.count(height));
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw refused("LOGO_DAMAGED");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            // ImageIO throws a variety of runtime exceptions on damaged files.
            throw refused("LOGO_DAMAGED");
        }
    }

    /**
     * A logo read back from the database (checked when it was stored). Decoding a logo to learn its size
     * costs far more than comparing its bytes, and every print reads the same stored logo: the last one
     * read is kept and handed out again while the stored bytes are the same.
     */
    static OfficeLogo read(byte[] bytes) {
        OfficeLogo last = lastRead;
        if (last != null && Arrays.equals(last.bytes(), bytes)) {
            return last;
        }
        OfficeLogo logo = check(bytes);
        lastRead = logo;
        return logo;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException refused(String code, Object... args) {
        // The settings form has no logo field of its own in FormProblem; TITLE stands for "the logo" here.
        return new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.TITLE, code, args)), 0);
    }
}
