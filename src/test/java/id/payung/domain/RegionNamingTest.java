package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The prefixes before a desa's or kecamatan's name, one rule for the import and the form. */
class RegionNamingTest {
    @Test
    void desaAndKelurahanPrefixesAreTakenOffNotPartsOfNames() {
        assertThat(RegionNaming.withoutDesaPrefix("Ds. Poco")).isEqualTo("Poco");
        assertThat(RegionNaming.withoutDesaPrefix("Desa Poco")).isEqualTo("Poco");
        assertThat(RegionNaming.withoutDesaPrefix("desa poco")).isEqualTo("poco");
        assertThat(RegionNaming.withoutDesaPrefix(" DS:Poco")).isEqualTo("Poco");
        assertThat(RegionNaming.withoutDesaPrefix("Kel. Wae Rii")).isEqualTo("Wae Rii");
        assertThat(RegionNaming.withoutDesaPrefix("Kelurahan Wae Rii")).isEqualTo("Wae Rii");
        assertThat(RegionNaming.withoutDesaPrefix("Kelurhan Wae Rii")).isEqualTo("Wae Rii");
        assertThat(RegionNaming.withoutDesaPrefix("Ds.")).isEmpty();
        // A name that only starts with the letters keeps them.
        assertThat(RegionNaming.withoutDesaPrefix("Kelok")).isEqualTo("Kelok");
        assertThat(RegionNaming.withoutDesaPrefix("Desak")).isEqualTo("Desak");
        assertThat(RegionNaming.withoutDesaPrefix("Poco")).isEqualTo("Poco");
        assertThat(RegionNaming.withoutDesaPrefix(null)).isEmpty();
    }

    @Test
    void kecamatanPrefixesAreTakenOff() {
        assertThat(RegionNaming.withoutKecamatanPrefix("Kec. Wae Rii")).isEqualTo("Wae Rii");
        assertThat(RegionNaming.withoutKecamatanPrefix("KECAMATAN Satar Mese")).isEqualTo("Satar Mese");
        assertThat(RegionNaming.withoutKecamatanPrefix("Kecil")).isEqualTo("Kecil");
        assertThat(RegionNaming.withoutKecamatanPrefix(null)).isEmpty();
    }
}
