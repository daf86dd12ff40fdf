package id.payung.service;

import java.util.Arrays;

/**
 * The office's logo for reports: the image file's bytes as the user chose it (PNG or JPEG, at most
 * {@link #MAX_BYTES}), kept in the database so that it travels with backups.
 *
 * @param bytes the file's bytes (a copy is kept; {@link #bytes()} returns a copy)
 * @param type  the image type
 * @param width  width in pixels
 * @param height height in pixels
 */
public record OfficeLogo(byte[] bytes, Type type, int width, int height) {
    /** The largest logo accepted: 512 KiB (a printed logo needs no more). */
    public static final int MAX_BYTES = 512 * 1024;

    /** The image formats accepted, by their magic numbers. */
    public enum Type {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg");

        private final String mediaType;
        private final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    public OfficeLogo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeLogo l && l.type == type && Arrays.equals(l.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "OfficeLogo[" + type + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
