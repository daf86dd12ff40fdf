package id.payung.service;

import id.payung.domain.FormProblem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/** Checks a logo file: small enough, PNG or JPEG by its first bytes, and decodable as such. */
final class OfficeLogos {
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
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null; // ImageIO throws a variety of runtime exceptions on damaged files
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw refused("LOGO_DAMAGED");
        }
        return new OfficeLogo(bytes, type, image.getWidth(), image.getHeight());
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
