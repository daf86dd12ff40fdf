package id.payung.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Trial 21c H2: "04-03-1960", "Ruteng 04-03-1960", "Maria 2" went in as participants' names. A KTP name never holds a
 * digit: an error on the name, the form's and the import's one rule.
 */
class NameDigitsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static EnrollmentForm named(String name) {
        return new EnrollmentForm("5310011204850001", name, Sex.L, "Ruteng", LocalDate.of(1985, 4, 12), null, "53.10.12",
                "PETANI", null, null, "APBD-KAB-MGR", Segment.BPU, Set.of(Programme.JKK, Programme.JKM), 1_000_000L,
                YearMonth.of(2026, 1), YearMonth.of(2026, 12), null);
    }

    @Test
    void aNameWithADigitIsAnError() {
        for (String name : new String[] {"04-03-1960", "Ruteng 04-03-1960", "Ruteng, 04-03-1960", "Maria 2",
                "Yohanes Jehadu ٣"}) {
            assertThat(PersonName.holdsDigits(name)).as(name).isTrue();
            assertThat(EnrollmentRules.check(named(name), "5310", TODAY)).as(name)
                    .containsExactly(FormProblem.error(FormProblem.Field.NAME, EnrollmentRules.NAME_DIGITS));
        }
    }

    @Test
    void aNameAsTheKtpWritesItHasNone() {
        for (String name : new String[] {"Yohanes Jehadu", "MARIA JELITA, S.Pd.", "Aloysius D'Gur", "Agustínus Ndaung"}) {
            assertThat(PersonName.holdsDigits(name)).as(name).isFalse();
            assertThat(EnrollmentRules.check(named(name), "5310", TODAY)).as(name).isEmpty();
        }
        assertThat(PersonName.holdsDigits(null)).isFalse();
    }
}
