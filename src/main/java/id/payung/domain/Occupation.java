package id.payung.domain;

/** An occupation from the office's list (tukang bangunan, pedagang, buruh tani, pengemudi ojek, …). */
public record Occupation(String code, String name, Sector sector) {
}
