package id.payung.domain;

/** Levels of the Kemendagri region hierarchy. */
public enum RegionLevel {
    PROVINCE,
    REGENCY,
    KECAMATAN,
    DESA,
    KELURAHAN
}
