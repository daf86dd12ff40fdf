package id.payung.domain;

/**
 * An aggregate headcount paid by one funder in one year, for when the office has numbers but no
 * names (the 2025 province figure of 4,280 is one). Kecamatan and occupation are optional.
 */
public record Cohort(long id, String funderCode, String funderName, int year, Segment segment,
                     String kecamatanCode, String kecamatanName, String occupationCode, String occupationName,
                     long participants, String source) {
}
