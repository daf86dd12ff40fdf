package id.payung.domain;

import java.util.Objects;

/**
 * A Kemendagri region: province (53), regency (53.10), kecamatan (53.10.01) or desa/kelurahan
 * (53.10.01.2001). The parent code is the code without its last dotted part.
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
