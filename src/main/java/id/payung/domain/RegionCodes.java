package id.payung.domain;

/**
 * The Kemendagri region codes that exist (provinces, regencies and kecamatan), as dotted codes: {@code 53},
 * {@code 53.10}, {@code 53.10.01}. The service gives the set from the shipped region list; the domain only asks.
 */
@FunctionalInterface
public interface RegionCodes {
    /** Knows every code: region parts of a NIK are not checked. */
    RegionCodes ANY = code -> true;

    /** True when the dotted code is in the list. */
    boolean contains(String dottedCode);

    /**
     * The level a Kemendagri code has by its shape: {@code 53} province, {@code 53.10} regency, {@code 53.10.01}
     * kecamatan, {@code 53.10.01.1001} kelurahan ({@code .1xxx}), {@code 53.10.01.2001} desa ({@code .2xxx});
     * {@code .3xxx} is a desa adat (14 of them in Kabupaten Jayapura, 91.03), a desa too.
     *
     * @return the level, or null when the text is not a region code
     */
    static RegionLevel levelOf(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.length()) {
            case 2 -> digits(code, 0, 2) ? RegionLevel.PROVINCE : null;
            case 5 -> digits(code, 0, 2) && code.charAt(2) == '.' && digits(code, 3, 5) ? RegionLevel.REGENCY : null;
            case 8 -> levelOf(code.substring(0, 5)) != null && code.charAt(5) == '.' && digits(code, 6, 8)
                    ? RegionLevel.KECAMATAN : null;
            case 13 -> {
                if (levelOf(code.substring(0, 8)) == null || code.charAt(8) != '.' || !digits(code, 9, 13)) {
                    yield null;
                }
                yield switch (code.charAt(9)) {
                    case '1' -> RegionLevel.KELURAHAN;
                    case '2', '3' -> RegionLevel.DESA;
                    default -> null;
                };
            }
            default -> null;
        };
    }

    /** Whether the code is a desa's or kelurahan's (not a kecamatan's, nor no code at all). */
    public static boolean village(String code) {
        RegionLevel level = levelOf(code);
        return level == RegionLevel.DESA || level == RegionLevel.KELURAHAN;
    }

    /** The code one level up ({@code 53.10.01} for {@code 53.10.01.2001}); null for a province. */
    static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
