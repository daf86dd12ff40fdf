package id.payung.domain;

/**
 * The 16-digit national identity number. Personal data under UU 27/2022, so it is shown masked
 * unless a user explicitly reveals it.
 */
public final class Nik {
    public static final int LENGTH = 16;

    private Nik() {
    }

    /**
     * Masks all but the district prefix (6 digits) and the last two digits:
     * {@code 5310015204850001} becomes {@code 531001********01}. Anything that is not 16 characters
     * long is masked whole, so a malformed value never leaks either.
     */
    public static String mask(String nik) {
        if (nik == null || nik.isEmpty()) {
            return "";
        }
        if (nik.length() != LENGTH) {
            return "*".repeat(nik.length());
        }
        return nik.substring(0, 6) + "*".repeat(8) + nik.substring(14);
    }
}
