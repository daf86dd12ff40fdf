package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When two written names are one person's name: the rule the import uses for one NIK on two rows. */
class PersonNameTest {
    @Test
    void caseSpacesPunctuationFormsOfAddressAndDegreesDoNotCount() {
        assertThat(PersonName.same("Maria Jelita", "MARIA JELITA")).isTrue();
        assertThat(PersonName.same("Maria  Jelita ", "maria jelita")).isTrue();
        assertThat(PersonName.same("Maria Jelita, S.Pd.", "Maria Jelita")).isTrue();
        assertThat(PersonName.same("Ibu Maria Jelita", "Maria Jelita, S.Pd., M.Si.")).isTrue();
        assertThat(PersonName.same("Bpk. Yohanes Jehadu", "Yohanes Jehadu")).isTrue();
        assertThat(PersonName.same("Drs. H. Paulus Mantur", "Paulus Mantur")).isTrue();
        assertThat(PersonName.same("Sdr. Yohanes Jehadu", "YOHANES JEHADU")).isTrue();
        assertThat(PersonName.same("Aloysius D'Gur", "Aloysius DGur")).isTrue();
        assertThat(PersonName.same("Agustínus Ndaung", "Agustinus Ndaung")).isTrue();
    }

    @Test
    void anyOtherDifferenceCounts() {
        assertThat(PersonName.same("Maria Jelita", "Maria Jelina")).isFalse();
        assertThat(PersonName.same("Maria Jelita", "Maria")).isFalse();
        assertThat(PersonName.same("Maria Jelita", "Theresia Nggarang")).isFalse();
        assertThat(PersonName.same("Yohanes Jehadu", "Yohanes Jehadu Jaya")).isFalse();
        assertThat(PersonName.same("", "")).as("no name is nobody's name").isFalse();
        // A form of address alone is the name, not a title to drop.
        assertThat(PersonName.key("Ibu")).isEqualTo("ibu");
    }

    @Test
    void aLeadingFormOfAddressIsProposedAwayAsTheKtpWritesTheName() {
        assertThat(PersonName.withoutFormOfAddress("Ibu Katarina Nimul")).hasValue("Katarina Nimul");
        assertThat(PersonName.withoutFormOfAddress("Bpk. Yohanes Jehadu")).hasValue("Yohanes Jehadu");
        assertThat(PersonName.withoutFormOfAddress("Bpk.Yohanes Jehadu")).hasValue("Yohanes Jehadu");
        assertThat(PersonName.withoutFormOfAddress("Bapak Fransiskus Jemadu")).hasValue("Fransiskus Jemadu");
        assertThat(PersonName.withoutFormOfAddress("  bu Theresia Nggarang ")).hasValue("Theresia Nggarang");
        assertThat(PersonName.withoutFormOfAddress("Pak Marselinus Ajo")).hasValue("Marselinus Ajo");
        assertThat(PersonName.withoutFormOfAddress("SDR. KORNELIS JEHAUT")).as("the rest as written")
                .hasValue("KORNELIS JEHAUT");
        assertThat(PersonName.withoutFormOfAddress("Sdri. Yuliana Nanur")).hasValue("Yuliana Nanur");
        assertThat(PersonName.withoutFormOfAddress("Saudari Yuliana Nanur")).hasValue("Yuliana Nanur");
        assertThat(PersonName.withoutFormOfAddress("Ny. Maria Ndoe")).hasValue("Maria Ndoe");
        assertThat(PersonName.withoutFormOfAddress("Nn Agnes Jelita")).hasValue("Agnes Jelita");
        assertThat(PersonName.withoutFormOfAddress("Tn. Yohanes da Costa")).hasValue("Yohanes da Costa");
        assertThat(PersonName.withoutFormOfAddress("Mama Regina Dimu")).as("NTT's everyday Mama / Bapa")
                .hasValue("Regina Dimu");
        assertThat(PersonName.withoutFormOfAddress("Ibu Hj. Siti Aminah")).as("a title the KTP may carry stays")
                .hasValue("Hj. Siti Aminah");
    }

    @Test
    void namesWithoutAFormOfAddressAreLeftAsWritten() {
        assertThat(PersonName.withoutFormOfAddress("Katarina Nimul")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("MARIA NDOE")).as("capitals as the KTP prints them").isEmpty();
        assertThat(PersonName.withoutFormOfAddress("Yohanes da Costa")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("Paulus de Rosari")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("Ni Luh Putu Sari")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("I Made Suarta")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("H. Abdul Rahman")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("Drs. Paulus Mantur")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("Ibu")).as("nothing but the word: the name").isEmpty();
        assertThat(PersonName.withoutFormOfAddress("Bapa.")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("Bunga Jelita")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress("Paku Jehadu")).isEmpty();
        assertThat(PersonName.withoutFormOfAddress(null)).isEmpty();
    }
}
