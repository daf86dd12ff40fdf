package id.payung.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.domain.FunderType;
import id.payung.domain.FundingSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The funder a village's list names in a title row or its file name, as the seeds name the office's funders. */
class NamedFunderTest {
    private static final List<FundingSource> SEEDS = List.of(
            new FundingSource(1, "APBD-PROV-NTT", "APBD Provinsi NTT", FunderType.APBD_PROVINSI, "53", true, null),
            new FundingSource(2, "APBD-KAB-MGR", "APBD Kabupaten Manggarai", FunderType.APBD_KABUPATEN, "53.10", true, null),
            new FundingSource(3, "APBDES-MGR", "APBDes / ADD desa se-Kabupaten Manggarai", FunderType.APBDES, "53.10", true,
                    null),
            new FundingSource(4, "APBN", "APBN", FunderType.APBN, null, true, null),
            new FundingSource(5, "CSR", "CSR / perusahaan donor", FunderType.CSR, null, true, null),
            new FundingSource(6, "MANDIRI", "Mandiri (bayar sendiri)", FunderType.MANDIRI, null, true, null));

    private static Optional<String> code(String fileName, String... titles) {
        return NamedFunder.of(SEEDS, fileName, List.of(titles)).map(f -> f.funder().code());
    }

    @Test
    void aTitleRowNamesTheOneFunderItsWordsName() {
        assertThat(code("DAFTAR PESERTA DESA NDEHES.csv", "DESA NDEHES KECAMATAN WAE RII TAHUN 2026",
                "SUMBER DANA: APBDes NDEHES")).contains("APBDES-MGR");
        assertThat(code("daftar.xlsx", "Sumber Dana : APBD Kabupaten")).contains("APBD-KAB-MGR");
        assertThat(code("daftar.xlsx", "SUMBER DANA APBD PROVINSI")).contains("APBD-PROV-NTT");
        assertThat(code("daftar.xlsx", "sumber dana: apbd prov. ntt")).as("the code's words too").contains("APBD-PROV-NTT");
        assertThat(code("daftar.xlsx", "SUMBER DANA: ADD 2026")).as("a budget's abbreviation in the name")
                .contains("APBDES-MGR");
        assertThat(code("daftar.xlsx", "PESERTA BPU MANDIRI")).contains("MANDIRI");
        assertThat(code("daftar.xlsx", "Iuran dibayar CSR Bank NTT")).contains("CSR");
    }

    @Test
    void theFileNameNamesItWhenTheTitlesDoNotAndSaysSo() {
        NamedFunder.Found found = NamedFunder.of(SEEDS, "Daftar Peserta APBDes Desa Lalong 2026.csv", List.of())
                .orElseThrow();
        assertThat(found.funder().code()).isEqualTo("APBDES-MGR");
        assertThat(found.fromFileName()).isTrue();
        assertThat(found.text()).isEqualTo("Daftar Peserta APBDes Desa Lalong 2026.csv");

        NamedFunder.Found titled = NamedFunder.of(SEEDS, "desa.csv", List.of("SUMBER DANA: APBDes NDEHES ")).orElseThrow();
        assertThat(titled.fromFileName()).isFalse();
        assertThat(titled.text()).isEqualTo("SUMBER DANA: APBDes NDEHES");
    }

    @Test
    void noGuessWhenNoneOrTwoAreNamed() {
        assertThat(code("DAFTAR PESERTA DESA NDEHES.csv", "DESA NDEHES KECAMATAN WAE RII TAHUN 2026")).isEmpty();
        assertThat(code("daftar.csv", "SUMBER DANA: APBD 2026")).as("APBD alone: the province's or the regency's").isEmpty();
        assertThat(code("Daftar APBDes Lalong.csv", "SUMBER DANA: APBD KABUPATEN")).as("title and name disagree").isEmpty();
        assertThat(code("daftar.csv", "PEMERINTAH KABUPATEN MANGGARAI")).as("a letterhead names no budget").isEmpty();
        assertThat(code("daftar.csv", "DAFTAR PEKERJA RENTAN DESA LALONG")).as("'desa' is no funder's first word").isEmpty();
        assertThat(code("Daftar APBDes.csv", "SUMBER DANA: APBDes")).as("the same funder twice is one").contains("APBDES-MGR");
    }

    @Test
    void anInactiveFunderIsNotProposed() {
        List<FundingSource> funders = SEEDS.stream().map(f -> f.code().equals("CSR")
                ? new FundingSource(f.id(), f.code(), f.name(), f.type(), f.regionCode(), false, f.notes()) : f).toList();
        assertThat(NamedFunder.of(funders, "daftar.csv", List.of("SUMBER DANA CSR"))).isEmpty();
    }
}
