package id.payung.domain;

/** Which part of the participants a count covers: one kecamatan and/or one segment; null means all. */
public record Scope(String kecamatanCode, Segment segment) {
    /** Everyone. */
    public static final Scope ALL = new Scope(null, null);

    /** The segment's name for SQL, or null. */
    public String segmentName() {
        return segment == null ? null : segment.name();
    }
}
