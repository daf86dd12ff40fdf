package id.payung.service;

/**
 * The office's settings (from the database's {@code meta} table, seeded from {@code seeds/settings.csv}):
 * its name, its regency code (NIKs registered elsewhere get a warning) and its town.
 */
public record Settings(String officeName, String regencyCode, String place) {

    /** The regency code as the first four NIK digits: "53.10" → "5310". */
    public String regionPrefix() {
        return regencyCode == null ? null : regencyCode.replace(".", "");
    }
}
