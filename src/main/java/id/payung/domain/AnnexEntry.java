package id.payung.domain;

/**
 * One line of a decree's name list: a participant with where they live and what they do. Desa,
 * kecamatan and occupation are null when not recorded; the NIK is in full (mask it when printing).
 */
public record AnnexEntry(String fullName, String nik, Sex sex, String desa, String kecamatan, String occupation) {
}
