package id.payung.service;

/**
 * The office's settings (from the database's {@code meta} table, seeded from {@code seeds/settings.csv}):
 * its name, its regency code (NIKs registered elsewhere get a warning), its town and street address (on
 * printouts), the window's language at start ("id" or "en") and the year screens open on (null: the latest
 * year with data), and the head of office who signs the year report: name, title and NIP (18 digits, or null;
 * see {@link id.payung.domain.Nip}). The logo is kept apart: {@link ReferenceService#officeLogo()}.
 */
public record Settings(String officeName, String regencyCode, String place, String address, String language,
                       Integer defaultYear, String headName, String headTitle, String headNip) {

    /** Settings whose head of office has no NIP. */
    public Settings(String officeName, String regencyCode, String place, String address, String language,
                    Integer defaultYear, String headName, String headTitle) {
        this(officeName, regencyCode, place, address, language, defaultYear, headName, headTitle, null);
    }

    /** Settings without the head of office who signs the year report. */
    public Settings(String officeName, String regencyCode, String place, String address, String language,
                    Integer defaultYear) {
        this(officeName, regencyCode, place, address, language, defaultYear, null, null, null);
    }

    /** Settings with no address, the default language and no default year. */
    public Settings(String officeName, String regencyCode, String place) {
        this(officeName, regencyCode, place, null, null, null, null, null, null);
    }

    /** Whether the head of office has no NIP: printouts sign with "NIP. ……" for the head to fill in by hand. */
    public boolean headNipMissing() {
        return headNip == null || headNip.isBlank();
    }

    /** Whether the office has no street address: the letterhead of printouts names the office and town only. */
    public boolean addressMissing() {
        return address == null || address.isBlank();
    }

    /** The regency code as the first four NIK digits: "53.10" → "5310". */
    public String regionPrefix() {
        return regencyCode == null ? null : regencyCode.replace(".", "");
    }

    /** The language to start in: "en" or "id" (also when none is stored). */
    public String languageOrDefault() {
        return "en".equals(language) ? "en" : "id";
    }
}
