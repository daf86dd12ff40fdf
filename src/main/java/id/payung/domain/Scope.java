package id.payung.domain;

/**
 * Which part of the participants a count covers: one kecamatan and/or one segment, and for a login reading several
 * regencies (a province) one regency ({@code regencyCode}, "53.15": the office that recorded the rows, as the per-regency
 * breakdown tells them apart); null means all.
 */
public record Scope(String kecamatanCode, Segment segment, String regencyCode) {
    /** Everyone. */
    public static final Scope ALL = new Scope(null, null, null);

    /** One kecamatan and/or segment of every regency. */
    public Scope(String kecamatanCode, Segment segment) {
        this(kecamatanCode, segment, null);
    }

    /** The segment's name for SQL, or null. */
    public String segmentName() {
        return segment == null ? null : segment.name();
    }

    /** This scope in one regency (null: every regency). */
    public Scope inRegency(String regency) {
        return new Scope(kecamatanCode, segment, regency);
    }
}
