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
}
