package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a written occupation names, the one rule the import and the form's occupation search both ask. */
class OccupationWordsTest {
    /** The office's list as seeded ({@code seeds/occupations.csv}). */
    private static final List<Occupation> SEEDED = List.of(
            new Occupation("TUKANG-BANGUNAN", "Tukang bangunan", Sector.OTHER),
            new Occupation("PEDAGANG", "Pedagang", Sector.OTHER), new Occupation("BURUH-TANI", "Buruh tani", Sector.OTHER),
            new Occupation("PETANI", "Petani", Sector.OTHER), new Occupation("NELAYAN", "Nelayan", Sector.OTHER),
            new Occupation("OJEK", "Pengemudi ojek", Sector.TRANSPORT),
            new Occupation("SOPIR", "Sopir angkutan", Sector.TRANSPORT),
            new Occupation("ART", "Asisten rumah tangga", Sector.OTHER),
            new Occupation("PERANGKAT-DESA", "Perangkat desa", Sector.OTHER),
            new Occupation("LAINNYA", "Lainnya", Sector.OTHER));

    private static String code(OccupationWords words, String text) {
        return words.named(text).map(Occupation::code).orElse(null);
    }

    @Test
    void villageTitlesAndTheirShortFormsArePerangkatDesa() {
        OccupationWords words = new OccupationWords(SEEDED);
        for (String title : List.of("Kades", "kades", "KEPALA DESA", "Kepala Desa Ranggi", "Sekdes", "Sekretaris Desa",
                "Sekertaris Desa", "Kadus II", "Kepala Dusun Lenda", "Kaur", "Kaur Keuangan", "Kaur Keu.", "KAUR TU & UMUM",
                "Kepala Urusan Tata Usaha dan Umum", "Kasi", "Kasi Pelayanan", "Kasi Kesra Desa", "Kepala Seksi Pemerintahan",
                "Perangkat desa", "PERANGKAT-DESA")) {
            assertThat(code(words, title)).as(title).isEqualTo(Occupation.VILLAGE_OFFICIAL);
        }
    }

    @Test
    void eKtpWordsAndListWordsNameTheirOccupation() {
        OccupationWords words = new OccupationWords(SEEDED);
        assertThat(code(words, "Petani/Pekebun")).isEqualTo("PETANI");
        assertThat(code(words, "PEKEBUN")).isEqualTo("PETANI");
        assertThat(code(words, "Buruh Tani/Perkebunan")).isEqualTo("BURUH-TANI");
        assertThat(code(words, "Buruh Nelayan/Perikanan")).isEqualTo("NELAYAN");
        assertThat(code(words, "Perdagangan")).isEqualTo("PEDAGANG");
        assertThat(code(words, "Konstruksi")).isEqualTo("TUKANG-BANGUNAN");
        assertThat(code(words, "Tukang Batu")).isEqualTo("TUKANG-BANGUNAN");
        assertThat(code(words, "ojol")).isEqualTo("OJEK");
        assertThat(code(words, "Supir")).isEqualTo("SOPIR");
        assertThat(code(words, "PRT")).isEqualTo("ART");
        assertThat(code(words, "petani")).as("by its name").isEqualTo("PETANI");
        assertThat(code(words, "Pengemudi Ojek")).isEqualTo("OJEK");
    }

    @Test
    void aWordThatMayMeanAnotherOfficeOrNoOccupationNamesNothing() {
        OccupationWords words = new OccupationWords(SEEDED);
        for (String text : List.of("Staf", "Staf Desa", "Staf Kaur Keuangan", "Operator Desa", "Anggota BPD",
                "Ketua BPD", "Pj. Kepala Desa", "Mantan Kepala Desa", "Kasi Pemerintahan Kecamatan", "Kasir",
                "Kepala Sekolah", "Kepala Urusan", "Kepala Seksi", "Sekretaris", "Pendamping Desa", "IRT", "Wiraswasta",
                "Transportasi", "", "   ", "ka", "kad")) {
            assertThat(words.named(text)).as(text).isEmpty();
        }
        assertThat(words.named(null)).isEmpty();
    }

    @Test
    void aWordNamesAnOccupationOnlyWhereTheOfficesListHasIt() {
        OccupationWords withoutVillageOfficials = new OccupationWords(SEEDED.stream()
                .filter(o -> !Occupation.isVillageOfficial(o.code())).toList());
        assertThat(withoutVillageOfficials.named("Kades")).isEmpty();
        assertThat(withoutVillageOfficials.named("Kaur Keuangan")).isEmpty();
        assertThat(withoutVillageOfficials.named("Petani/Pekebun")).map(Occupation::code).contains("PETANI");
        assertThat(OccupationWords.villagePost("Kadus II")).isTrue();
        assertThat(OccupationWords.villagePost("Staf Desa")).isFalse();
    }

    private static List<String> startedBy(OccupationWords words, String typed) {
        return words.startedBy(typed).stream().map(Occupation::code).toList();
    }

    @Test
    void aHalfTypedTitleOrWordOffersWhatItIsTheStartOf() {
        OccupationWords words = new OccupationWords(SEEDED);
        for (String typed : List.of("kad", "Kau", "seke", "sekr", "sekd", "kepala d", "KEPALA DU", "kepala u", "kas",
                "kaur keu", "Kaur Tata U", "kasi kes", "kepala seksi pem", "kades", "Kadus II", "perangk")) {
            assertThat(startedBy(words, typed)).as(typed).containsExactly(Occupation.VILLAGE_OFFICIAL);
        }
        assertThat(startedBy(words, "peta")).as("a name's start").containsExactly("PETANI");
        assertThat(startedBy(words, "Petani/Pek")).as("the e-KTP word's start").containsExactly("PETANI");
        assertThat(startedBy(words, "ojo")).containsExactly("OJEK");
        assertThat(startedBy(words, "angkot")).as("a list word's later word").containsExactly("SOPIR");
        assertThat(startedBy(words, "batu")).containsExactly("TUKANG-BANGUNAN");
    }

    @Test
    void theNamedOneComesFirstThenNamesThenWordsThenLaterWords() {
        OccupationWords words = new OccupationWords(SEEDED);
        assertThat(startedBy(words, "buruh")).as("Buruh tani by its name, then Buruh Bangunan, Buruh Nelayan")
                .containsExactly("BURUH-TANI", "TUKANG-BANGUNAN", "NELAYAN");
        assertThat(startedBy(words, "per")).as("Perangkat desa by its name, Perdagangan, then (Buruh) Perkebunan, "
                + "(Nelayan) Perikanan").containsExactly("PERANGKAT-DESA", "PEDAGANG", "BURUH-TANI", "NELAYAN");
        assertThat(startedBy(words, "buruh nelayan")).as("named exactly").containsExactly("NELAYAN");
        assertThat(startedBy(words, "kaur")).containsExactly(Occupation.VILLAGE_OFFICIAL);
        assertThat(startedBy(words, "tan")).as("only later words: tani, tangga").containsExactly("BURUH-TANI", "ART");
    }

    @Test
    void oneOrTwoLettersOfferOnlyAWordTypedWholeAndAnOpenWordNothing() {
        OccupationWords words = new OccupationWords(SEEDED);
        for (String typed : List.of("k", "ka", "K A", "se", "pe", "p", "", "  ")) {
            assertThat(words.startedBy(typed)).as(typed).isEmpty();
        }
        assertThat(words.startedBy(null)).isEmpty();
        assertThat(startedBy(new OccupationWords(List.of(new Occupation("TU", "Tu", Sector.OTHER))), "tu"))
                .as("a name or code typed whole, however short").containsExactly("TU");
        for (String typed : List.of("Kasir", "Kepala Sekolah", "Kepala Urusan Gudang", "Kasi Pemerintahan Kecamatan",
                "Staf", "Staf Desa", "Operator Desa", "Pj. Kepala Desa", "Mantan Kepala Desa", "Anggota BPD", "IRT",
                "Wiraswasta", "xyz")) {
            assertThat(words.startedBy(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void theImportStillReadsOnlyAWholeWordAndAListWithoutTheOccupationOffersNothingForIt() {
        OccupationWords words = new OccupationWords(SEEDED);
        for (String half : List.of("kad", "kau", "seke", "kepala d", "peta", "angkot", "ojo")) {
            assertThat(words.named(half)).as(half).isEmpty();
        }
        OccupationWords withoutVillageOfficials = new OccupationWords(SEEDED.stream()
                .filter(o -> !Occupation.isVillageOfficial(o.code())).toList());
        assertThat(withoutVillageOfficials.startedBy("kad")).isEmpty();
        assertThat(withoutVillageOfficials.startedBy("perangk")).isEmpty();
    }
}
