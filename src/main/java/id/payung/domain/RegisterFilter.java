package id.payung.domain;

/**
 * What the register shows: every field optional (null = no restriction). {@code search} matches a
 * name anywhere or a NIK from its start; {@code regionCode} is a kecamatan or a desa code.
 */
public record RegisterFilter(String search, String funderCode, Segment segment, String regionCode,
                             String occupationCode, CoverageStatus status, Integer year, boolean includeDeleted) {

    /** No restriction: all enrollments not marked deleted. */
    public static RegisterFilter all() {
        return new RegisterFilter(null, null, null, null, null, null, null, false);
    }

    public RegisterFilter withSearch(String s) {
        return new RegisterFilter(s, funderCode, segment, regionCode, occupationCode, status, year, includeDeleted);
    }

    public RegisterFilter withFunder(String code) {
        return new RegisterFilter(search, code, segment, regionCode, occupationCode, status, year, includeDeleted);
    }

    public RegisterFilter withStatus(CoverageStatus s) {
        return new RegisterFilter(search, funderCode, segment, regionCode, occupationCode, s, year, includeDeleted);
    }

    public RegisterFilter withYear(Integer y) {
        return new RegisterFilter(search, funderCode, segment, regionCode, occupationCode, status, y, includeDeleted);
    }
}
