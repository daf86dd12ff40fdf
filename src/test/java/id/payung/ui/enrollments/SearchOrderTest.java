package id.payung.ui.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import id.payung.ui.TypeToSelect;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The order of the desa and occupation lists as the clerk types, and typing in the funder list (trial 14 F3, F12). */
class SearchOrderTest {
    /** Kecamatan Wae Rii and some of its desa, in the list's order (kecamatan, then desa by code). */
    private record Place(String name, boolean kecamatan) {
        String label() {
            return kecamatan ? "Kec. " + name : name + " (Kec. Wae Rii)";
        }
    }

    private static final List<Place> WAE_RII = List.of(new Place("Wae Rii", true), new Place("Satar Ngkeling", false),
            new Place("Lalong", false), new Place("Poco", false), new Place("Golo Cador", false),
            new Place("Wae Rii", false), new Place("Benteng Poco", false));

    private static final Function<Place, String> NAME = p -> p.kecamatan() ? null : p.name();

    @Test
    void theDesaNamedAsTypedComesFirstThenNamesStartingWithItThenWordsThenTheKecamatan() {
        // What the skin keeps for "wae rii": every label holding both words.
        List<Place> matches = WAE_RII.stream().filter(p -> p.label().toLowerCase().contains("wae")
                && p.label().toLowerCase().contains("rii")).toList();

        List<Place> ranked = SearchOrder.ranked(matches, "wae rii", NAME);

        assertThat(ranked.get(0)).isEqualTo(new Place("Wae Rii", false));
        assertThat(ranked.get(1)).as("then the kecamatan and its desa, in the list's order")
                .isEqualTo(new Place("Wae Rii", true));
        assertThat(ranked.subList(2, ranked.size())).extracting(Place::name)
                .containsExactly("Satar Ngkeling", "Lalong", "Poco", "Golo Cador", "Benteng Poco");
    }

    @Test
    void ranksAreExactThenStartThenWordThenAllWordsThenLabel() {
        assertThat(SearchOrder.rank("Poco", " POCO ")).isZero();
        assertThat(SearchOrder.rank("Poco Likang", "poco")).isEqualTo(1);
        assertThat(SearchOrder.rank("Benteng Poco", "poco")).isEqualTo(2);
        assertThat(SearchOrder.rank("Wae   Mulu", "mulu wae")).isEqualTo(3);
        assertThat(SearchOrder.rank("Ndehes", "wae")).isEqualTo(4);
        assertThat(SearchOrder.rank(null, "wae")).isEqualTo(4);
        assertThat(SearchOrder.ranked(WAE_RII, "poco", NAME)).extracting(Place::name).startsWith("Poco", "Benteng Poco");
    }

    @Test
    void aDesaTypedWithItsPrefixIsSearchedWithoutIt() {
        for (String typed : List.of("Ds. Poco", "Desa Poco", "desa poco", "DS POCO", "Kel. Poco", "Kelurahan Poco")) {
            String searched = id.payung.domain.RegionNaming.withoutDesaPrefix(typed).strip();
            List<Place> found = SearchOrder.ranked(SearchOrder.holdingEveryWord(WAE_RII, searched, Place::label),
                    searched, NAME);
            assertThat(found).as(typed).extracting(Place::name).startsWith("Poco", "Benteng Poco");
            assertThat(SearchOrder.holdingEveryWord(WAE_RII, typed, Place::label)).as("the skin's own filter: " + typed)
                    .isEmpty();
        }
        assertThat(SearchOrder.holdingEveryWord(WAE_RII, "benteng  POCO", Place::label)).extracting(Place::name)
                .containsExactly("Benteng Poco");
    }

    private record Funder(String code, String name) {
    }

    @Test
    void typedLettersPickTheFirstFunderStartingWithThemElseHoldingThem() {
        List<Funder> funders = List.of(new Funder("APBD-PROV-NTT", "APBD Provinsi NTT"),
                new Funder("APBD-KAB-MGR", "APBD Kabupaten Manggarai"), new Funder("APBDES", "APBDes / ADD"),
                new Funder("CSR", "CSR perusahaan"), new Funder("MANDIRI", "Mandiri (iuran sendiri)"));

        assertThat(TypeToSelect.find(funders, "a", Funder::name, Funder::code)).map(Funder::code).contains("APBD-PROV-NTT");
        assertThat(TypeToSelect.find(funders, "apbdes", Funder::name, Funder::code)).map(Funder::code).contains("APBDES");
        assertThat(TypeToSelect.find(funders, "des", Funder::name, Funder::code)).map(Funder::code).contains("APBDES");
        assertThat(TypeToSelect.find(funders, "apbd-kab", Funder::name, Funder::code)).map(Funder::code)
                .contains("APBD-KAB-MGR");
        assertThat(TypeToSelect.find(funders, "sendiri", Funder::name, Funder::code)).map(Funder::code).contains("MANDIRI");
        assertThat(TypeToSelect.find(funders, "xyz", Funder::name, Funder::code)).isEmpty();
    }
}
